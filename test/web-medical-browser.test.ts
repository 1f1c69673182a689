import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type RunningServer, startServer } from "../src/server/index.js";
import { HAS_CHROMIUM, launchChromium, recordPageProblems, warnIfNoChromium } from "./helpers/chromium.js";
import { medicalCatalog } from "./helpers/medical-fixture.js";
import { createWebFixture, FIXTURE_NOW, HOSTILE, type WebFixture } from "./helpers/web-fixture.js";

warnIfNoChromium("medical browser test");

describe.skipIf(!HAS_CHROMIUM)("medical matrix in Chromium", () => {
  let fixture: WebFixture;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    fixture = await createWebFixture(medicalCatalog());
    server = await startServer(createApp({ index: fixture.index, now: FIXTURE_NOW }), { port: 0 });
    browser = await launchChromium();
    page = await browser.newPage({ locale: "en-US" });
    recordPageProblems(page, problems);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await fixture?.cleanup();
  });

  const rowNames = () => page.$$eval("table.matrix tbody th a", (as) => as.map((a) => a.textContent));

  it("opens /medical from the navigation and shows the matrix with hostile names as text", async () => {
    await page.goto(`${server.url}en/`);
    await page.click('nav a:has-text("Medical")');
    await page.waitForURL(/\/en\/medical$/);
    expect(await rowNames()).toEqual(["JPharma Beta", "JMed Alpha", "VisionMed", HOSTILE.closeScript]);
    const headers = await page.$$eval("table.matrix thead th a", (as) => as.map((a) => a.textContent));
    expect(headers).toContain(`${HOSTILE.name}|${HOSTILE.attr}`);
    // The hostile strings stayed text: no injected element exists.
    expect(await page.$$("img[src=x]")).toHaveLength(0);
    const link = await page.getAttribute('table.matrix a[href="https://example.org/alpha"]', "title");
    expect(link).toBe("source: https://example.org/alpha");
  });

  it("filters by language through the form (no script needed) and follows a benchmark link", async () => {
    await page.check('fieldset[data-facet="lang"] input[value="ja"]');
    await page.click('form.facets button[type="submit"]');
    await page.waitForURL(/lang=ja/);
    expect(await rowNames()).toEqual(["JPharma Beta", "JMed Alpha"]);
    await page.click('table.matrix thead a:has-text("IgakuQA")');
    await page.waitForURL(/\/en\/benchmarks\/igakuqa$/);
    expect(await page.textContent("h1")).toBe("IgakuQA");
    const models = await page.$$eval("article li a[href*='/models/']", (as) => as.map((a) => a.textContent));
    expect(models).toEqual(["JMed Alpha", "JPharma Beta"]);
  });

  it("filters by modality in Japanese", async () => {
    await page.goto(`${server.url}ja/medical?modality=image`);
    expect(await page.textContent("h1")).toBe("医療モデル × ベンチマーク");
    expect(await rowNames()).toEqual(["VisionMed"]);
  });

  it("logged no console errors, dialogs or failed requests", () => {
    expect(problems).toEqual([]);
  });
});
