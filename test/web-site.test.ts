import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, createStaticSite } from "../src/server/index.js";
import { buildSite } from "../src/site/index.js";
import { createWebFixture, FIXTURE_NOW, HOSTILE, type WebFixture } from "./helpers/web-fixture.js";

let fixture: WebFixture;
beforeAll(async () => {
  fixture = await createWebFixture();
});
afterAll(async () => {
  await fixture.cleanup();
});

describe("buildSite", () => {
  it("writes every page, twin, API file, feed and asset under a sub-path", async () => {
    const out = path.join(fixture.dir, "dist");
    const result = await buildSite({
      index: fixture.index,
      out,
      base: "/sub/",
      now: FIXTURE_NOW,
      siteUrl: "https://example.org/sub/",
    });
    expect(result.files).toBeGreaterThan(50);
    for (const file of [
      "index.html",
      "404.html",
      "en/index.html",
      "ja/index.html",
      "ja/models/medswallow/index.html",
      "en/benchmarks/medqa/index.html",
      "en/charts/index.html",
      "models/medswallow.json",
      "api/v1/models.json",
      "api/v1/models/medswallow.json",
      "api/v1/benchmarks.json",
      "api/v1/news.json",
      "api/v1/stats.json",
      "api/openapi.json",
      "search-index.json",
      "feed.atom",
      "llms.txt",
    ]) {
      expect(existsSync(path.join(out, file)), file).toBe(true);
    }
    const home = await readFile(path.join(out, "en/index.html"), "utf8");
    expect(home).toContain('href="/sub/en/models/medswallow/"');
    expect(home).toMatch(/<script type="module" src="\/sub\/assets\/app-[0-9a-f]+\.js">/);
    expect(home).toContain('"dataUrl":"/sub/search-index.json"');
    expect(home).not.toMatch(/(href|src)="\/(?!sub\/)/);
    expect(home).not.toContain(HOSTILE.name);
    const feed = await readFile(path.join(out, "feed.atom"), "utf8");
    expect(feed).toContain('href="https://example.org/sub/en/models/qwen3"');
    const models = JSON.parse(await readFile(path.join(out, "api/v1/models.json"), "utf8"));
    expect(models.total).toBe(7);
    // The browser searches the same text as the index: the entry's fields and its sections' titles.
    const data = JSON.parse(await readFile(path.join(out, "search-index.json"), "utf8"));
    const row = data.rows.find((r: unknown[]) => r[0] === "medswallow");
    expect(row[15]).toContain("日本語中心");
    expect(row[15]).toContain("japanese-centric");
  });

  it.each([
    { name: "with a site URL", siteUrl: "https://example.org/sub/", defaultLang: "ja" as const },
    { name: "without one" },
  ])("writes for every route exactly what the app answers ($name)", async ({ name, ...given }) => {
    const out = path.join(fixture.dir, `same-${name.replaceAll(" ", "-")}`);
    const options = { base: "/sub/", now: FIXTURE_NOW, ...given };
    await buildSite({ index: fixture.index, out, ...options });
    const app = createApp({ index: fixture.index, staticSite: true, ...options });
    // Every file is rendered without a request; the app must answer the same bytes for its path.
    const { routes } = createStaticSite({ index: fixture.index, ...options });
    expect(routes.length).toBeGreaterThan(50);
    for (const route of [...routes, { path: "/__missing__", file: "404.html" }]) {
      const res = await app.request(route.path);
      // The body first: Node 20's fetch cancels a body whose first Response object was collected (Hono
      // re-wraps bodies to add headers), and the file read below gives the collector its chance.
      const answer = await res.text();
      expect(res.status, route.path).toBe(route.file === "404.html" ? 404 : 200);
      expect(await readFile(path.join(out, route.file), "utf8"), route.path).toBe(answer);
    }
  });

  it("links only to files it wrote: every href and src of every page resolves on a static host", async () => {
    const out = path.join(fixture.dir, "links");
    await buildSite({ index: fixture.index, out, base: "/sub/", now: FIXTURE_NOW });
    const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(30);
    const broken = new Set<string>();
    for (const page of pages) {
      const text = await readFile(path.join(out, page), "utf8");
      for (const [, url] of text.matchAll(/(?:href|src)="(\/sub\/[^"#?]*)/g)) {
        const file = decodeURIComponent(url!.slice("/sub/".length));
        const target = file === "" || file.endsWith("/") ? `${file}index.html` : file;
        if (!statSync(path.join(out, target), { throwIfNoEntry: false })?.isFile())
          broken.add(`${page} → ${url}`);
      }
    }
    expect([...broken]).toEqual([]);
    // The catalogue's CSV, as `ls --csv` writes it.
    const csv = await readFile(path.join(out, "api/v1/models.csv"), "utf8");
    expect(csv.split("\r\n")[0]).toBe(
      "kind,id,name,org,released,sections,status,availability,sizes_label,params,params_max,params_active,license,commercial,languages,tags,hf,base_models,file",
    );
  });

  it("tells readers without JavaScript that a static copy's search and filters need it", async () => {
    const site = createStaticSite({ index: fixture.index, now: FIXTURE_NOW });
    const app = createApp({ index: fixture.index, now: FIXTURE_NOW });
    for (const page of ["en/", "ja/", "en/benchmarks/", "en/datasets/", "en/leaderboards/", "en/medical/"]) {
      const html = site.routes.find((r) => r.file === `${page}index.html`)!.render();
      expect(html, page).toMatch(/<noscript><p class="muted">[^<]*JavaScript[^<]*<\/p><\/noscript>/);
      // The server answers the forms itself: no notice there.
      expect(await (await app.request(`/${page}`)).text(), page).not.toContain("<noscript>");
    }
  });

  it("links the feed, llms.txt and the OpenAPI servers from the site root when no site URL is given", async () => {
    const out = path.join(fixture.dir, "relative");
    await buildSite({ index: fixture.index, out, base: "/sub/", now: FIXTURE_NOW, defaultLang: "ja" });
    const feed = await readFile(path.join(out, "feed.atom"), "utf8");
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="/sub/feed.atom"/>');
    expect(feed).toContain('href="/sub/en/models/qwen3"');
    expect(feed).not.toContain("localhost");
    const llms = await readFile(path.join(out, "llms.txt"), "utf8");
    expect(llms).toContain("](/sub/api/openapi.json)");
    expect(llms).not.toContain("localhost");
    const openapi = JSON.parse(await readFile(path.join(out, "api/openapi.json"), "utf8"));
    expect(openapi.servers).toEqual([{ url: "/sub" }]);
    // The 404 page speaks the site's default language, as the root page does.
    expect(await readFile(path.join(out, "404.html"), "utf8")).toContain('<html lang="ja">');
  });

  it("refuses a non-empty folder it did not write, and clears its own on rebuild", async () => {
    const foreign = path.join(fixture.dir, "foreign");
    await mkdir(foreign, { recursive: true });
    await writeFile(path.join(foreign, "keep.txt"), "mine");
    await expect(buildSite({ index: fixture.index, out: foreign })).rejects.toThrow(/not empty/);
    expect(await readFile(path.join(foreign, "keep.txt"), "utf8")).toBe("mine");

    const out = path.join(fixture.dir, "again");
    await buildSite({ index: fixture.index, out });
    await writeFile(path.join(out, "stale.html"), "old");
    await buildSite({ index: fixture.index, out });
    expect(existsSync(path.join(out, "stale.html"))).toBe(false);
    expect(existsSync(path.join(out, "en/index.html"))).toBe(true);
  });

  it("builds twice at once from one index, the two sharing its read snapshot", async () => {
    const [a, b] = [path.join(fixture.dir, "twin-a"), path.join(fixture.dir, "twin-b")];
    const results = await Promise.all([
      buildSite({ index: fixture.index, out: a, now: FIXTURE_NOW }),
      buildSite({ index: fixture.index, out: b, now: FIXTURE_NOW }),
    ]);
    expect(results[0].files).toBe(results[1].files);
    for (const file of ["en/index.html", "api/v1/models.json", "search-index.json"]) {
      expect(await readFile(path.join(a, file), "utf8")).toBe(await readFile(path.join(b, file), "utf8"));
    }
    // Both released it: the index refreshes again.
    await expect(fixture.index.refresh()).resolves.toMatchObject({ added: 0, changed: 0, removed: 0 });
  });
});

// The built CLI (`npm run build` first), as a user runs it.
const BIN = path.resolve("bin/llm-radar.js");

describe.skipIf(!existsSync(path.resolve("lib/cli/commands/serve.js")))("llm-radar serve / build", () => {
  it("build writes the site and reports what it wrote", () => {
    const out = path.join(fixture.dir, "cli-dist");
    const r = spawnSync(
      process.execPath,
      [BIN, "--catalog", fixture.catalogDir, "build", "--out", out, "--base", "/x/"],
      {
        encoding: "utf8",
        env: { ...process.env, LLM_RADAR_INDEX: path.join(fixture.dir, "cli-index.sqlite") },
      },
    );
    expect(r.stderr).toMatch(/wrote \d+ files/);
    expect(r.status).toBe(0);
    expect(readFileSync(path.join(out, "en/index.html"), "utf8")).toContain('href="/x/en/models/qwen3/"');
  });

  it("build stops cleanly when the folder or the catalogue is refused (the writer thread starts first)", () => {
    const foreign = path.join(fixture.dir, "someone-elses");
    mkdirSync(foreign, { recursive: true });
    writeFileSync(path.join(foreign, "notes.txt"), "mine");
    const env = { ...process.env, LLM_RADAR_INDEX: path.join(fixture.dir, "cli-index-2.sqlite") };
    const taken = spawnSync(
      process.execPath,
      [BIN, "--catalog", fixture.catalogDir, "build", "--out", foreign],
      {
        encoding: "utf8",
        env,
        timeout: 20_000,
      },
    );
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain("not written by llm-radar build");
    expect(readFileSync(path.join(foreign, "notes.txt"), "utf8")).toBe("mine");
    const missing = spawnSync(
      process.execPath,
      [
        BIN,
        "--catalog",
        path.join(fixture.dir, "no-such-catalog"),
        "build",
        "--out",
        path.join(fixture.dir, "x"),
      ],
      { encoding: "utf8", env, timeout: 20_000 },
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("catalogue folder not found");
  });

  it("build rejects bad flags with exit 2", () => {
    const r = spawnSync(process.execPath, [BIN, "--catalog", fixture.catalogDir, "build", "--lang", "fr"], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--lang");
  });

  it("serve prints its URL and answers on it until stopped", async () => {
    const child = spawn(process.execPath, [BIN, "--catalog", fixture.catalogDir, "serve", "--port", "0"], {
      env: { ...process.env, LLM_RADAR_INDEX: path.join(fixture.dir, "cli-index.sqlite") },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk) => {
          out += chunk;
          const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
          if (m) resolve(m[0]);
        });
        child.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const res = await fetch(`${url}api/v1/models?section=medical`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { total: number }).total).toBe(1);
    } finally {
      child.kill("SIGTERM");
    }
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
  });
});
