import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { buildSite } from "../src/site/index.js";
import { HAS_CHROMIUM, warnIfNoChromium } from "./helpers/chromium.js";
import { medicalCatalog } from "./helpers/medical-fixture.js";
import { phoneWidths, serveFolder, useServedPage } from "./helpers/served-page.js";
import { FIXTURE_NOW, HOSTILE } from "./helpers/web-fixture.js";

warnIfNoChromium("medical browser test");

describe.skipIf(!HAS_CHROMIUM)("medical matrix in Chromium", () => {
  const served = useServedPage(medicalCatalog);

  const rowNames = (page: Page = served.page) =>
    page.$$eval("table.matrix tbody tr:not([hidden]) th a", (as) => as.map((a) => a.textContent));

  it("opens /medical from the navigation and shows the matrix with hostile names as text", async () => {
    await served.page.goto(`${served.server.url}en/`);
    await served.page.click('nav a:has-text("Medical")');
    await served.page.waitForURL(/\/en\/medical$/);
    expect(await rowNames()).toEqual(["JPharma Beta", "JMed Alpha", "VisionMed", HOSTILE.closeScript]);
    const headers = await served.page.$$eval("table.matrix thead th a", (as) => as.map((a) => a.textContent));
    expect(headers).toContain(`${HOSTILE.name}|${HOSTILE.attr}`);
    // The hostile strings stayed text: no injected element exists.
    expect(await served.page.$$("img[src=x]")).toHaveLength(0);
    const link = await served.page.getAttribute('table.matrix a[href="https://example.org/alpha"]', "title");
    expect(link).toBe("source: https://example.org/alpha");
  });

  it("filters by language through the form (no script needed) and follows a benchmark link", async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${served.server.url}en/medical`);
    await plain.check('fieldset[data-facet="lang"] input[value="ja"]');
    await plain.click('form.facets button[type="submit"]');
    await plain.waitForURL(/lang=ja/);
    expect(await rowNames(plain)).toEqual(["JPharma Beta", "JMed Alpha"]);
    await context.close();
    // With the script, a checkbox filters in place at once.
    await served.page.check('fieldset[data-facet="lang"] input[value="ja"]');
    await served.page.waitForURL(/\/en\/medical\?lang=ja$/);
    expect(await rowNames()).toEqual(["JPharma Beta", "JMed Alpha"]);
    await served.page.click('table.matrix thead a:has-text("IgakuQA")');
    await served.page.waitForURL(/\/en\/benchmarks\/igakuqa$/);
    expect(await served.page.textContent("h1")).toBe("IgakuQA");
    const models = await served.page.$$eval("article li a[href*='/models/']", (as) =>
      as.map((a) => a.textContent),
    );
    expect(models).toEqual(["JMed Alpha", "JPharma Beta"]);
  });

  it("filters by modality in Japanese", async () => {
    await served.page.goto(`${served.server.url}ja/medical?modality=image`);
    expect(await served.page.textContent("h1")).toBe("医療モデル × ベンチマーク");
    expect(await rowNames()).toEqual(["VisionMed"]);
  });

  // A hundred-odd page loads, each compared with the server's page: up to a minute on a loaded machine.
  it("filters the matrix and the resource lists in the browser as the server does, on a static host too", async () => {
    const out = path.join(served.fixture.dir, "static");
    await buildSite({ index: served.fixture.index, out, base: "/sub/", now: FIXTURE_NOW });
    const host = await serveFolder(out, "/sub/");
    // The server's pages as rendered, without the script; the static ones filtered by it.
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    try {
      // Every single filter value and every pair of two facets' first values, per page.
      for (const list of ["medical", "benchmarks", "datasets"]) {
        const api = (await (await fetch(`${served.server.url}api/v1/${list}`)).json()) as {
          facets: Record<string, { value: string }[]>;
        };
        const facets = Object.entries(api.facets).filter(([, values]) => values.length > 0);
        const queries = facets.flatMap(([name, values]) =>
          values.map((v) => `${name}=${encodeURIComponent(v.value)}`),
        );
        for (let i = 0; i < facets.length; i++) {
          for (let j = i + 1; j < facets.length; j++) {
            const [a, b] = [facets[i]!, facets[j]!];
            queries.push(
              `${a[0]}=${encodeURIComponent(a[1][0]!.value)}&${b[0]}=${encodeURIComponent(b[1][0]!.value)}`,
            );
          }
        }
        // Searches, alone and with a facet: case and width folded, Japanese, none found, hostile text.
        if (list !== "medical") {
          queries.push(
            "q=igaku",
            "q=IGAKU%20qa",
            `q=${encodeURIComponent("ｉｇａｋｕ")}`,
            `q=${encodeURIComponent("医師国家試験")}`,
            `q=med&${facets[0]![0]}=${encodeURIComponent(facets[0]![1][0]!.value)}`,
            "q=nothing-like-this",
            `q=${encodeURIComponent(HOSTILE.attr)}`,
          );
        }
        expect(queries.length).toBeGreaterThan(2);
        for (const query of queries) {
          await plain.goto(`${served.server.url}en/${list}?${query}`);
          const byServer = await seen(plain);
          await served.page.goto(`${host.url}sub/en/${list}/?${query}`);
          expect({ list, query, ...(await seen(served.page)) }).toEqual({ list, query, ...byServer });
        }
      }
      // A checkbox filters at once and puts the filter in the URL; Back undoes it.
      await served.page.goto(`${host.url}sub/en/medical/`);
      const everyone = (await seen(served.page)).rows;
      await served.page.check('fieldset[data-facet="lang"] input[value="ja"]');
      await served.page.waitForURL(/\/sub\/en\/medical\/\?lang=ja$/);
      expect((await seen(served.page)).rows).toEqual([
        "JPharma Beta",
        "JMed Alpha",
        "MedSwallow",
        "QuietMed",
      ]);
      await served.page.goBack();
      await served.page.waitForURL(/\/sub\/en\/medical\/$/);
      expect((await seen(served.page)).rows).toEqual(everyone);
      expect(await served.page.isChecked('fieldset[data-facet="lang"] input[value="ja"]')).toBe(false);
      // Keyboard use: the checkbox toggled with Space keeps the focus while the lists update.
      await served.page.goto(`${served.server.url}en/benchmarks`);
      const box = 'fieldset[data-facet="task"] input[value="vqa"]';
      await served.page.focus(box);
      await served.page.keyboard.press("Space");
      await served.page.waitForURL(/task=vqa$/);
      expect(
        await served.page.evaluate((s) => document.activeElement === document.querySelector(s), box),
      ).toBe(true);
    } finally {
      await context.close();
      await host.close();
    }
  }, 120_000);

  it("the catalogue search's links name the kind of two entries that share a name, as the server does", async () => {
    const rendered = await (await fetch(`${served.server.url}en/?q=igakuqa`)).text();
    const expected = rendered.match(/<p id="also"[\s\S]*?<\/p>/)?.[0];
    expect(expected).toContain("(dataset)");
    await served.page.goto(`${served.server.url}en/`);
    await served.page.waitForSelector("html[data-ready='1']");
    await served.page.fill("#q", "igakuqa");
    await expect.poll(() => served.page.$eval("#also", (e) => e.outerHTML)).toBe(expected);
    // Cut short, with links to the same search in each list, on the server and in the script.
    const cut = (await (await fetch(`${served.server.url}en/?q=med`)).text()).match(
      /<p id="also"[\s\S]*?<\/p>/,
    )?.[0];
    expect(cut).toContain('— see all: <a href="/en/benchmarks?q=med">Benchmarks (');
    await served.page.fill("#q", "med");
    await expect.poll(() => served.page.$eval("#also", (e) => e.outerHTML)).toBe(cut);
    await served.page.click('#also a[href="/en/datasets?q=med"]');
    await served.page.waitForURL(/\/en\/datasets\?q=med$/);
    expect(await served.page.inputValue("#q")).toBe("med");
  });

  // One test per host: each types, filters and goes back and forth through two pages' history.
  async function searchesAsTheReaderTypes(home: string, list: string): Promise<void> {
    const page = served.page;
    const names = () =>
      page.$$eval("tbody tr:not([hidden]) td:first-child a", (as) => as.map((a) => a.textContent));
    await page.goto(home);
    await page.goto(list);
    const everyone = await names();
    expect(everyone.length).toBeGreaterThan(3);
    await page.fill("#q", "IGAKU");
    await page.waitForURL(/\?q=IGAKU$/);
    expect(await names()).toEqual(["IgakuQA"]);
    expect(await page.textContent(".count")).toMatch(/^Showing 1 of 1 matching \(\d+ in total\)$/);
    await page.fill("#q", "医師国家試験");
    expect(await names()).toEqual(["IgakuQA"]);
    // The facets count what the search leaves (IgakuQA is multiple choice: no QA value is offered).
    expect(await page.textContent('fieldset[data-facet="task"] label:has(input[value="mcq"]) .n')).toBe("1");
    expect(await page.isVisible('fieldset[data-facet="task"] label:has(input[value="qa"])')).toBe(false);
    await page.check('fieldset[data-facet="lang"] input[value="ja"]');
    await page.waitForURL(/\?q=%E5%8C%BB.*&lang=ja$/);
    expect(await names()).toEqual(["IgakuQA"]);
    // Typing replaced the list's entry in the history; the checkbox added one.
    await page.goBack();
    await page.waitForURL(/\?q=%E5%8C%BB[^&]*$/);
    expect(await names()).toEqual(["IgakuQA"]);
    expect(await page.inputValue("#q")).toBe("医師国家試験");
    await page.goBack();
    await page.waitForURL(home);
    await page.goForward();
    expect(await page.inputValue("#q")).toBe("医師国家試験");
    // The words the page shows for a task find it, in either language.
    await page.fill("#q", "multiple choice");
    expect(await names()).toEqual(["IgakuQA"]);
    await page.fill("#q", "多肢選択");
    expect(await names()).toEqual(["IgakuQA"]);
    await page.fill("#q", "nothing-like-this");
    expect(await names()).toEqual([]);
    expect(await page.isVisible("p[data-empty]")).toBe(true);
    await page.fill("#q", "");
    expect(await names()).toEqual(everyone);
  }

  it("searches a resource list as the reader types, on the server", async () => {
    await searchesAsTheReaderTypes(`${served.server.url}en/`, `${served.server.url}en/benchmarks`);
  });

  it("searches a resource list as the reader types, on a static host", async () => {
    const out = path.join(served.fixture.dir, "static-search");
    await buildSite({ index: served.fixture.index, out, base: "/sub/", now: FIXTURE_NOW });
    const host = await serveFolder(out, "/sub/");
    try {
      await searchesAsTheReaderTypes(`${host.url}sub/en/`, `${host.url}sub/en/benchmarks/`);
    } finally {
      await host.close();
    }
  });

  it("logged no console errors, dialogs or failed requests", () => {
    expect(served.problems).toEqual([]);
  });

  it("folds the list pages' filters on a phone, so their tables start on the first screen", async () => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true };
    const out = path.join(served.fixture.dir, "static-phone");
    await buildSite({ index: served.fixture.index, out, base: "/sub/", now: FIXTURE_NOW });
    const host = await serveFolder(out, "/sub/");
    const context = await served.browser.newContext(phone);
    const noScript = await served.browser.newContext({ ...phone, javaScriptEnabled: false });
    const state = (page: Page) =>
      page.evaluate(() => ({
        open: document.querySelector<HTMLDetailsElement>("details.filters")!.open,
        summary: getComputedStyle(document.querySelector("details.filters > summary")!).display,
        tableTop: Math.round(document.querySelector("table")!.getBoundingClientRect().top + scrollY),
      }));
    try {
      const page = await context.newPage();
      const plain = await noScript.newPage();
      for (const list of ["medical", "benchmarks", "datasets"]) {
        const api = (await (await fetch(`${served.server.url}api/v1/${list}`)).json()) as {
          facets: Record<string, { value: string }[]>;
        };
        const [facet, values] = Object.entries(api.facets).find(([, v]) => v.length > 0)!;
        const filtered = `?${facet}=${encodeURIComponent(values[0]!.value)}`;
        for (const root of [`${served.server.url}en/${list}`, `${host.url}sub/en/${list}/`]) {
          await page.goto(root);
          expect(await state(page), root).toEqual({
            open: false,
            summary: "list-item",
            tableTop: expect.any(Number),
          });
          expect((await state(page)).tableTop, root).toBeLessThan(844);
          // A filter set in the URL stays in view (on a static host the script checks it from the URL).
          await page.goto(root + filtered);
          await expect.poll(async () => (await state(page)).open, { message: root + filtered }).toBe(true);
          await plain.goto(root);
          expect((await state(plain)).open, `${root} without JavaScript`).toBe(true);
        }
      }
    } finally {
      await context.close();
      await noScript.close();
      await host.close();
    }
  });

  it("fits a phone's width: the matrix scrolls in its own box", async () => {
    // Its marks carry visually hidden text, absolutely positioned: it must not widen the page.
    expect(await phoneWidths(served, ["en/medical", "ja/medical"])).toEqual({
      "en/medical": 390,
      "ja/medical": 390,
    });
  });
});

/** What a reader sees of a filtered list: rows, the count line, each visible filter value, the matrix's columns. */
function seen(page: Page) {
  return page.evaluate(() => {
    const visible = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((e) => e.checkVisibility())
        .map((e) => (e.textContent ?? "").replace(/\s+/g, " ").trim());
    return {
      rows: visible("table tbody tr td:first-child a, table tbody tr th a, main section li a"),
      count: visible(".count"),
      filters: visible("form.facets label"),
      columns: visible("table.matrix thead th"),
      empty: visible("main p").filter((text) => text === "No entries match."),
    };
  });
}
