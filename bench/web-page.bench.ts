// `npm run bench web-page`: the catalogue page against the VitePress page of the same README — total
// transfer (every response of the page load, gzip -6 each) and first contentful paint in headless
// Chromium over loopback — then search latency in our page at 1k and 10k synthetic entries:
// keystroke → results painted, and facet click → results painted.
// Our site is built fresh on every run, so the page measured is the current code, never a stale build.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { openIndex } from "../src/query/index.js";
import { PAGE_SIZE } from "../src/server/catalogue-page.js";
import { createApp, startServer } from "../src/server/index.js";
import { launchChromium } from "../test/helpers/chromium.js";
import { machineInfo, percentile, writeBenchmarkSection } from "./benchmarks-md.js";
import { generateSyntheticCatalog } from "./synthetic-catalog.js";
import {
  BIN,
  ensureTool,
  launchQuietChromium,
  median,
  ROOT,
  serveStatic,
  WORK,
  writeVitePressSite,
} from "./web-setup.js";

// 25, not fewer: our first paint has two modes (the header first, or the whole page at once; see the
// table), and the median of a bimodal sample needs more loads to settle.
const LOADS = Number(process.env.BENCH_LOADS ?? 25);
const out = path.join(WORK, "web");

// --- the two static sites ---
const ours = path.join(out, "dist-page");
rmSync(ours, { recursive: true, force: true });
const build = spawnSync(
  process.execPath,
  [BIN, "--catalog", path.join(ROOT, "catalog"), "build", "--out", ours],
  {
    stdio: "inherit",
  },
);
if (build.status !== 0) throw new Error("llm-radar build failed");
const vitepress = ensureTool("vitepress", ["vitepress@1.6.4"]);
const vpDist = path.join(vitepress, "site", ".vitepress", "dist");
if (!existsSync(path.join(vpDist, "index.html"))) {
  await writeVitePressSite(path.join(ROOT, "catalog"), path.join(vitepress, "site"));
  const r = spawnSync(process.execPath, ["node_modules/vitepress/bin/vitepress.js", "build", "site"], {
    cwd: vitepress,
    stdio: "inherit",
  });
  if (r.status !== 0) throw new Error("vitepress build failed");
}

const a = await serveStatic(ours);
const b = await serveStatic(vpDist);
// Interleaved, so a change in the machine's load during the run touches both sides alike. Twice: in
// Chromium as the tests launch it, and without its omnibox popup's renderer, whose CPU use during most
// loads is the largest source of noise in first paint on two cores.
const quiet = await launchQuietChromium();
const [oursQuiet, vpQuiet] = (await loadStats(quiet, [`${a.url}en/`, b.url])) as [LoadStats, LoadStats];
await quiet.close();
const browser = await launchChromium();
const [oursLoad, vpLoad] = (await loadStats(browser, [`${a.url}en/`, b.url])) as [LoadStats, LoadStats];
await a.close();
await b.close();

// --- search latency ---
const latency: string[] = [];
for (const n of [1000, 10000]) {
  const dir = path.join(out, `catalog-${n}`);
  if (!existsSync(path.join(dir, "sections.yaml"))) generateSyntheticCatalog(dir, n);
  const indexPath = path.join(out, `latency-${n}.sqlite`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(indexPath + suffix, { force: true });
  const index = await openIndex({ catalogDir: dir, indexPath });
  const server = await startServer(createApp({ index }), { port: 0 });
  const page = await browser.newPage();
  await page.goto(`${server.url}en/`);
  await page.waitForSelector("html[data-ready='1']");
  // Passed as source text: tsx would otherwise inject helpers (`__name`) the page does not have.
  // Every keystroke changes the query (the sequence is repeated, not each step), so no measured step is a
  // no-op. "Full" waits until the whole page of rows (the first number in the count line) is painted:
  // the script paints the rows that fill the window first and the rest of the page once it is idle.
  const { typed, full } = (await page.evaluate(`(async () => {
    const input = document.getElementById("q");
    const tbody = document.querySelector("#models tbody");
    const count = document.getElementById("count");
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const typed = [], full = [];
    for (let round = 0; round < 3; round++) {
      for (const text of ["s", "sw", "swa", "swal", "", "医", "医療", "", "l", "ll", "lla", "llama", "llama 3", "", "ＱＷＥＮ", ""]) {
        const t0 = performance.now();
        input.value = text;
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await painted();
        typed.push(performance.now() - t0);
        const want = Number((count.textContent.match(/[0-9][0-9,]*/) || ["0"])[0].replace(/,/g, ""));
        while (tbody.rows.length < want) await painted();
        full.push(performance.now() - t0);
      }
    }
    return { typed, full };
  })()`)) as { typed: number[]; full: number[] };
  const facets = (await page.evaluate(`(async () => {
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const times = [];
    for (let round = 0; round < 6; round++) {
      for (const sel of ['fieldset[data-facet="section"] input', 'fieldset[data-facet="lang"] input', 'fieldset[data-facet="size"] input']) {
        const box = document.querySelector(sel);
        const t0 = performance.now();
        box.click();
        await painted();
        times.push(performance.now() - t0);
      }
    }
    return times;
  })()`)) as number[];
  latency.push(
    `| ${n.toLocaleString("en")} | ${median(typed).toFixed(1)} ms | ${percentile(typed, 95).toFixed(1)} ms | ${median(full).toFixed(1)} ms | ${median(facets).toFixed(1)} ms | ${percentile(facets, 95).toFixed(1)} ms |`,
  );
  process.stderr.write(
    `${n}: keystroke median ${median(typed).toFixed(1)} ms (full page ${median(full).toFixed(1)} ms), facet median ${median(facets).toFixed(1)} ms\n`,
  );
  await page.close();
  await server.close();
  index.close();
}
await browser.close();

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
writeBenchmarkSection(
  "web-page",
  `## Web: catalogue page vs VitePress page, and search latency

${machineInfo()}.

Reproduce: \`npm run bench web-page\` (builds our site fresh each run; reuses the VitePress build of
\`npm run bench web-build\`, or makes it).
Both sites are served as static files from the same loopback server and loaded in headless Chromium
(${LOADS} loads each, alternating between the two sites, a fresh context every time). Transfer = every response of the page load (HTML, CSS,
JS, fonts, and for us the search data the script fetches), each gzip -6, summed. Targets: at most a
third of VitePress's transfer; first contentful paint at most half.

| page | requests | transfer (gzip) | first contentful paint (median), Chromium as the tests launch it | same, without Chromium's omnibox popup renderer | largest contentful paint (median), as the tests launch it | same, without the popup renderer |
|---|---|---|---|---|---|---|
| llm-radar \`/en/\` | ${oursLoad.requests} | ${kb(oursLoad.gzip)} | ${fcpCell(oursLoad)} | ${fcpCell(oursQuiet)} | ${oursLoad.lcp.toFixed(0)} ms | ${oursQuiet.lcp.toFixed(0)} ms |
| VitePress \`/\` | ${vpLoad.requests} | ${kb(vpLoad.gzip)} | ${fcpCell(vpLoad)} | ${fcpCell(vpQuiet)} | ${vpLoad.lcp.toFixed(0)} ms | ${vpQuiet.lcp.toFixed(0)} ms |
| ratio | | ${(oursLoad.gzip / vpLoad.gzip).toFixed(2)} | ${(oursLoad.fcp / vpLoad.fcp).toFixed(2)} | ${(oursQuiet.fcp / vpQuiet.fcp).toFixed(2)} | ${(oursLoad.lcp / vpLoad.lcp).toFixed(2)} | ${(oursQuiet.lcp / vpQuiet.lcp).toFixed(2)} |

Our page painted its header before its table (first paint earlier than the largest) in
${oursLoad.firstPaintBefore} of ${LOADS} loads as the tests launch Chromium and ${oursQuiet.firstPaintBefore} of ${LOADS} without the popup renderer; VitePress's
first paint came before its largest in ${vpLoad.firstPaintBefore} and ${vpQuiet.firstPaintBefore}. The header's styles are in the page's head and the rest
of the stylesheet is linked right after the header: Chromium holds what follows the link until the
file is there and paints the header meanwhile, when a frame falls in that wait (on loopback the file
takes 20–50 ms).

The first paint is measured twice, in two browsers: as the browser tests launch Chromium, and with
\`--disable-features\` extended by \`WebUIOmniboxPopup,WebUIOmniboxAimPopup\`. Chromium 156 renders its
omnibox popup in a WebUI renderer for every new window, headless too; in most loads that renderer
took 0.2–0.5 s of CPU while the page loaded, on two cores, and first paint came in two clusters about
150 ms apart. Without it both pages paint sooner and far more evenly, and VitePress's page, which does
more work on the main thread, gains the most.

Search in our catalogue page (synthetic catalogues; time from the input event to the first frame
after the results are rendered: \`requestAnimationFrame\` then a task). 48 keystrokes (a 16-step
sequence typed three times, so every step changes the query) and 18 facet clicks. The page paints the
rows that fill the window in that frame and the rest of its ${PAGE_SIZE} rows (and the URL) once the page is
idle; "full page" is the time until all of them are painted. Targets: keystroke under 50 ms at 1k and under 100 ms at 10k;
facet change under 30 ms.

| models | keystroke median | keystroke p95 | keystroke, full page (median) | facet click median | facet click p95 |
|---|---|---|---|---|---|
${latency.join("\n")}`,
);

interface LoadStats {
  requests: number;
  gzip: number;
  fcp: number;
  /** Loads that reported no first contentful paint (left out of the median). */
  noFcp: number;
  /** Largest contentful paint (median): when the page's main content was painted. */
  lcp: number;
  /** Loads whose first paint came before the largest one (the header before the rest). */
  firstPaintBefore: number;
}

function fcpCell(s: LoadStats): string {
  return `${s.fcp.toFixed(0)} ms${s.noFcp ? ` (${s.noFcp} of ${LOADS} loads reported none)` : ""}`;
}

async function loadStats(browser: Browser, urls: string[]): Promise<LoadStats[]> {
  const stats = urls.map(() => ({ requests: 0, gzip: 0, fcps: [] as number[], lcps: [] as number[] }));
  for (let i = 0; i < LOADS; i++) {
    for (const [at, url] of urls.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies: Promise<number>[] = [];
      page.on("response", (res) => {
        bodies.push(
          res
            .body()
            .then((body) => gzipSync(body, { level: 6 }).length)
            .catch(() => 0),
        );
      });
      await page.goto(url, { waitUntil: "networkidle" });
      // By type: for the VitePress page, getEntriesByName("first-contentful-paint") came back empty here.
      const fcp = (await page.evaluate(
        `performance.getEntriesByType("paint").find((e) => e.name === "first-contentful-paint")?.startTime ?? Number.NaN`,
      )) as number;
      // The last largest-contentful-paint candidate: for our page the table, for VitePress its content.
      const lcp = (await page.evaluate(`new Promise((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1).startTime)).observe({ type: "largest-contentful-paint", buffered: true });
        setTimeout(() => resolve(Number.NaN), 1000);
      })`)) as number;
      const sizes = await Promise.all(bodies);
      const s = stats[at] as (typeof stats)[number];
      s.fcps.push(fcp);
      s.lcps.push(lcp);
      if (i === 0) {
        s.requests = sizes.length;
        s.gzip = sizes.reduce((x, y) => x + y, 0);
      }
      await context.close();
    }
  }
  return stats.map((s) => {
    const painted = s.fcps.filter(Number.isFinite);
    return {
      requests: s.requests,
      gzip: s.gzip,
      fcp: median(painted),
      noFcp: s.fcps.length - painted.length,
      lcp: median(s.lcps.filter(Number.isFinite)),
      firstPaintBefore: s.fcps.filter((fcp, i) => fcp < (s.lcps[i] ?? Number.NaN)).length,
    };
  });
}
