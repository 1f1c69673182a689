import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../src/site/index.js";
import { HAS_CHROMIUM, warnIfNoChromium } from "./helpers/chromium.js";
import { phoneWidths, serveFolder, useServedPage } from "./helpers/served-page.js";
import { FIXTURE_NOW } from "./helpers/web-fixture.js";

warnIfNoChromium("browser tests");

describe.skipIf(!HAS_CHROMIUM)("web catalogue in Chromium", () => {
  const served = useServedPage();

  const rowNames = () =>
    served.page.$$eval("#models tbody tr td:nth-child(2) a", (as) => as.map((a) => a.textContent));
  const ready = () => served.page.waitForSelector("html[data-ready='1']");
  // The fixture's static build under /sub/, built and served once for the tests that use it.
  let staticHost: ReturnType<typeof serveFolder> | undefined;
  const servedStatic = () =>
    (staticHost ??= (async () => {
      const out = path.join(served.fixture.dir, "static");
      await buildSite({ index: served.fixture.index, out, base: "/sub/", now: FIXTURE_NOW });
      return serveFolder(out, "/sub/");
    })());
  afterAll(async () => {
    await (await staticHost)?.close();
  });

  async function search(text: string) {
    await served.page.fill("#q", "");
    await served.page.type("#q", text);
  }

  it("loads the catalogue, searches in Japanese and English, combines facets and sorts", async () => {
    await served.page.goto(`${served.server.url}en/`);
    await ready();
    await mkdir("test-results", { recursive: true });
    await served.page.screenshot({ path: path.join("test-results", "catalogue.png"), fullPage: true });
    expect(await rowNames()).toHaveLength(7);

    await search("医療");
    await expect.poll(rowNames).toEqual(["MedSwallow"]);
    // The URL follows the results a frame later (the script writes history after painting).
    await expect.poll(() => new URL(served.page.url()).searchParams.get("q")).toBe("医療");
    await search("swallow");
    await expect.poll(async () => (await rowNames()).sort()).toEqual(["Llama 3 Swallow", "MedSwallow"]);
    await search("ＱＷＥＮ");
    await expect.poll(rowNames).toEqual(["Qwen3"]);
    await search("");
    await expect.poll(rowNames).toHaveLength(7);

    await served.page.check('fieldset[data-facet="section"] input[value="general"]');
    await expect.poll(rowNames).toHaveLength(5);
    await served.page.check('fieldset[data-facet="lang"] input[value="ja"]');
    await expect.poll(rowNames).toEqual(["Qwen3"]);
    expect(await served.page.textContent("#count")).toContain("1 of 1 matching (7 in total)");
    await served.page.uncheck('fieldset[data-facet="lang"] input[value="ja"]');
    await served.page.check('fieldset[data-facet="commercial"] input[value="yes"]');
    await expect.poll(rowNames).toEqual(["Qwen3", "Mixtral 8x7B"]);
    await expect.poll(() => new URL(served.page.url()).searchParams.getAll("commercial")).toEqual(["yes"]);
    const url = new URL(served.page.url());
    expect(url.searchParams.getAll("section")).toEqual(["general"]);

    // The browser's answer equals the server's for the same URL (one query semantics).
    const api = (await (await fetch(`${served.server.url}api/v1/models${url.search}`)).json()) as {
      items: { name: string }[];
    };
    expect(await rowNames()).toEqual(api.items.map((m) => m.name));

    await served.page.click('#models th[data-sort="name"] a');
    await expect.poll(rowNames).toEqual(["Mixtral 8x7B", "Qwen3"]);
    await expect.poll(() => new URL(served.page.url()).searchParams.get("sort")).toBe("name");
    expect(await served.page.getAttribute('#models th[data-sort="name"]', "aria-sort")).toBe("ascending");
  });

  it("follows a detail link, goes back to the same filters, and back again", async () => {
    await served.page.click("#models tbody a >> text=Qwen3");
    await served.page.waitForURL(/\/en\/models\/qwen3$/);
    expect(await served.page.textContent("h1")).toContain("Qwen3");
    await served.page.goBack();
    await ready();
    await expect.poll(rowNames).toEqual(["Mixtral 8x7B", "Qwen3"]);
    expect(await served.page.isChecked('fieldset[data-facet="commercial"] input[value="yes"]')).toBe(true);
    await served.page.goBack();
    await expect.poll(rowNames).toEqual(["Qwen3", "Mixtral 8x7B"]);
    await served.page.goBack();
    await expect
      .poll(() => served.page.isChecked('fieldset[data-facet="commercial"] input[value="yes"]'))
      .toBe(false);
  });

  it("switches language with the visible switch and shows the Japanese variant", async () => {
    await served.page.goto(`${served.server.url}en/models/medswallow`);
    await served.page.click("a.lang");
    await served.page.waitForURL(/\/ja\/models\/medswallow$/);
    expect(await served.page.getAttribute("html", "lang")).toBe("ja");
    expect(await served.page.textContent("main")).toContain("医療向けに追加学習したモデル");
    await served.page.click("nav a >> text=モデル");
    await ready();
    expect(await served.page.textContent("#count")).toContain("7件");
  });

  it("is keyboard usable: skip link first, facets and search reachable", async () => {
    await served.page.goto(`${served.server.url}en/`);
    await ready();
    await served.page.keyboard.press("Tab");
    expect(await served.page.evaluate(() => document.activeElement?.className)).toBe("skip");
    await served.page.focus('fieldset[data-facet="section"] input[value="medical"]');
    await served.page.keyboard.press("Space");
    await expect.poll(rowNames).toEqual(["MedSwallow"]);
    expect(await served.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
      "medical",
    );
  });

  it("paints the styled header while the stylesheet loads, and nothing below it unstyled", async () => {
    const context = await served.browser.newContext();
    try {
      const page = await context.newPage();
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route("**/assets/style-*.css", async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${served.server.url}en/`, { waitUntil: "commit" });
      const painted = () => page.evaluate(() => performance.getEntriesByType("paint").map((e) => e.name));
      await expect.poll(painted).toContain("first-contentful-paint");
      expect(
        await page.evaluate(() => getComputedStyle(document.querySelector(".top") as Element).display),
      ).toBe("flex");
      // The browser holds everything after the link until the stylesheet is there.
      expect(await page.evaluate(() => document.querySelector("main") === null)).toBe(true);
      release();
      await page.waitForSelector("html[data-ready='1']");
      expect(
        await page.evaluate(
          () => getComputedStyle(document.querySelector("#models") as Element).borderCollapse,
        ),
      ).toBe("collapse");
    } finally {
      await context.close();
    }
  });

  it("loads a valid Atom feed and the charts", async () => {
    const feed = await served.page.goto(`${served.server.url}feed.atom`);
    const xml = (await feed?.text()) ?? "";
    const parsed = await served.page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return {
        error: doc.getElementsByTagName("parsererror").length,
        entries: doc.getElementsByTagName("entry").length,
        root: doc.documentElement.namespaceURI,
      };
    }, xml);
    expect(parsed).toEqual({ error: 0, entries: 10, root: "http://www.w3.org/2005/Atom" });

    await served.page.goto(`${served.server.url}en/charts`);
    const charts = await served.page.$$eval("svg.chart[role=img]", (svgs) =>
      svgs.map((s) => ({
        title: s.querySelector("title")?.textContent,
        dots: s.querySelectorAll("circle").length,
        bars: s.querySelectorAll("rect").length,
      })),
    );
    expect(charts).toEqual([
      { title: "Parameters by release date", dots: 7, bars: 0 },
      { title: "Releases per quarter by section", dots: 0, bars: 7 },
    ]);
    await served.page.goto(`${served.server.url}en/lineage`);
    expect(await served.page.$$eval("ul.tree a", (as) => as.map((a) => a.textContent))).toEqual([
      "Llama 3",
      "Llama 3 Swallow",
      "MedSwallow",
    ]);
  });

  it("works with JavaScript off: the facet form is answered by the server", async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${served.server.url}en/`);
    await plain.check('fieldset[data-facet="section"] input[value="medical"]');
    await plain.click("button[type=submit]");
    await plain.waitForURL(/section=medical/);
    expect(
      await plain.$$eval("#models tbody tr td:nth-child(2) a", (as) => as.map((a) => a.textContent)),
    ).toEqual(["MedSwallow"]);
    await context.close();
  });

  it("keeps the server's order of a loaded search when the script takes over", async () => {
    // The server ranks ties within a tier by BM25 (MedSwallow first); the script alone would go by name.
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${served.server.url}en/?q=swallow`);
    const byServer = await plain.$$eval("#models tbody tr td:nth-child(2) a", (as) =>
      as.map((a) => a.textContent),
    );
    await context.close();
    expect(byServer).toEqual(["MedSwallow", "Llama 3 Swallow"]);
    await served.page.goto(`${served.server.url}en/?q=swallow`);
    await ready();
    await served.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))),
    );
    expect(await rowNames()).toEqual(byServer);
  });

  it("the static build works under a sub-path: search, facets and detail links", async () => {
    const host = await servedStatic();
    // A static host renders no search: the script ranks it (ties by name), nothing kept from the page.
    await served.page.goto(`${host.url}sub/en/?q=swallow`);
    await ready();
    await expect.poll(rowNames).toEqual(["Llama 3 Swallow", "MedSwallow"]);
    await served.page.goto(`${host.url}sub/ja/?section=medical`);
    await ready();
    await expect.poll(rowNames).toEqual(["MedSwallow"]);
    await served.page.uncheck('fieldset[data-facet="section"] input[value="medical"]');
    await search("東工大");
    await expect.poll(rowNames).toEqual(["Llama 3 Swallow"]);
    await served.page.click("#models tbody a");
    await served.page.waitForURL(/\/sub\/ja\/models\/llama-3-swallow\/$/);
    expect(await served.page.textContent("h1")).toContain("Llama 3 Swallow");
  });

  it("keeps the footer's JSON and CSV links on the filter on screen; a static copy links its whole files", async () => {
    const href = (id: string) => served.page.getAttribute(`#${id}`, "href");
    await served.page.goto(`${served.server.url}en/`);
    await ready();
    expect(await href("csv-link")).toBe("/api/v1/models.csv");
    await served.page.check('fieldset[data-facet="section"] input[value="japanese"]');
    await search("swallow");
    await expect.poll(() => href("csv-link")).toBe("/api/v1/models.csv?q=swallow&section=japanese");
    expect(await href("json-link")).toBe("/api/v1/models?q=swallow&section=japanese");
    // The CSV holds the rows on screen (ranked by the index: ties may fall in another order than the script's).
    const csv = await (await fetch(new URL((await href("csv-link"))!, served.server.url))).text();
    const names = csv
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(",")[2]);
    expect(names.sort()).toEqual((await rowNames()).sort());
    // Back restores the links with the state.
    await served.page.check('fieldset[data-facet="lang"] input[value="ja"]');
    await expect.poll(() => href("csv-link")).toBe("/api/v1/models.csv?q=swallow&section=japanese&lang=ja");
    await served.page.waitForURL(/lang=ja$/); // the history is written after the paint
    await served.page.goBack();
    await expect.poll(() => href("csv-link")).toBe("/api/v1/models.csv?q=swallow&section=japanese");
    const host = await servedStatic();
    await served.page.goto(`${host.url}sub/en/`);
    await ready();
    await served.page.check('fieldset[data-facet="section"] input[value="japanese"]');
    expect(await href("json-link")).toBe("/sub/api/v1/models.json");
    expect(await href("csv-link")).toBe("/sub/api/v1/models.csv");
  });

  it("points a search to the benchmarks and datasets it matches, as the server does, on a static host too", async () => {
    const rendered = await (await fetch(`${served.server.url}en/?q=med`)).text();
    const expected = rendered.match(/<p id="also"[\s\S]*?<\/p>/)?.[0];
    expect(expected).toContain("MedQA");
    await served.page.goto(`${served.server.url}en/`);
    await ready();
    await search("med");
    await expect.poll(() => served.page.$eval("#also", (e) => e.outerHTML)).toBe(expected);
    await search("swallow");
    await expect.poll(() => served.page.isHidden("#also")).toBe(true);
    const host = await servedStatic();
    await served.page.goto(`${host.url}sub/en/?q=medqa`);
    await ready();
    await expect
      .poll(() =>
        served.page.$$eval("#also a", (as) => as.map((a) => [a.textContent, a.getAttribute("href")])),
      )
      .toEqual([["MedQA", "/sub/en/benchmarks/medqa/"]]);
    // The search loaded from the URL shows in the box, as on the server's page.
    expect(await served.page.inputValue("#q")).toBe("medqa");
  });

  it("filters by a value that holds a comma, on the server and on a static host", async () => {
    const host = await servedStatic();
    const box = 'fieldset[data-facet="org"] input[value="OpenAI, Inc."]';
    for (const root of [`${served.server.url}en/`, `${host.url}sub/en/`]) {
      await served.page.goto(root);
      await ready();
      await served.page.check(box);
      await expect.poll(rowNames, { message: root }).toEqual(["Old GPT"]);
      // Loaded from its URL the value is read whole, not as "OpenAI" and "Inc.".
      await served.page.waitForURL(/org=OpenAI%2C\+Inc\./);
      await served.page.reload();
      await ready();
      await expect.poll(rowNames, { message: `${root} reloaded` }).toEqual(["Old GPT"]);
      expect(await served.page.isChecked(box)).toBe(true);
    }
  });

  it("fits a phone's width: wide tables scroll in their own box, the page never sideways", async () => {
    const paths = [
      "en/",
      "ja/",
      "en/models/medswallow",
      "en/charts",
      "en/benchmarks",
      "en/news",
      "en/lineage",
    ];
    const widths = await phoneWidths(served, paths);
    expect(widths).toEqual(Object.fromEntries(paths.map((p) => [p, 390])));
  });

  it("folds the filters on a phone so the results start on the first screen", async () => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true };
    const context = await served.browser.newContext(phone);
    try {
      const page = await context.newPage();
      await page.goto(`${served.server.url}en/`);
      await page.waitForSelector("html[data-ready='1']");
      const state = () =>
        page.evaluate(`({
          open: document.querySelector("details.filters").open,
          summary: getComputedStyle(document.querySelector("details.filters > summary")).display,
          tableTop: Math.round(document.querySelector("#models").getBoundingClientRect().top + scrollY),
        })`) as Promise<{ open: boolean; summary: string; tableTop: number }>;
      const folded = await state();
      expect(folded.open).toBe(false);
      expect(folded.summary).toBe("list-item");
      expect(folded.tableTop).toBeLessThan(844);
      await page.click("details.filters > summary");
      expect((await state()).open).toBe(true);
      await page.click("details.filters > summary");
      // Turned to a wide screen, where the summary is hidden, the panel unfolds.
      await page.setViewportSize({ width: 1280, height: 800 });
      await expect.poll(async () => (await state()).open).toBe(true);
      expect((await state()).summary).toBe("none");
      // Set filters stay in view, and so does everything without the script.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${served.server.url}en/?section=general`);
      await page.waitForSelector("html[data-ready='1']");
      expect((await state()).open).toBe(true);
    } finally {
      await context.close();
    }
    const noScript = await served.browser.newContext({ ...phone, javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(`${served.server.url}en/`);
      expect(await page.evaluate(`document.querySelector("details.filters").open`)).toBe(true);
    } finally {
      await noScript.close();
    }
  });

  it("logged no console errors or CSP violations", () => {
    expect(served.problems).toEqual([]);
  });
});
