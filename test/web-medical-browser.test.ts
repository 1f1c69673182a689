import { describe, expect, it } from "vitest";
import { HAS_CHROMIUM, warnIfNoChromium } from "./helpers/chromium.js";
import { medicalCatalog } from "./helpers/medical-fixture.js";
import { phoneWidths, useServedPage } from "./helpers/served-page.js";
import { HOSTILE } from "./helpers/web-fixture.js";

warnIfNoChromium("medical browser test");

describe.skipIf(!HAS_CHROMIUM)("medical matrix in Chromium", () => {
  const served = useServedPage(medicalCatalog);

  const rowNames = () => served.page.$$eval("table.matrix tbody th a", (as) => as.map((a) => a.textContent));

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
    await served.page.check('fieldset[data-facet="lang"] input[value="ja"]');
    await served.page.click('form.facets button[type="submit"]');
    await served.page.waitForURL(/lang=ja/);
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

  it("logged no console errors, dialogs or failed requests", () => {
    expect(served.problems).toEqual([]);
  });

  it("fits a phone's width: the matrix scrolls in its own box", async () => {
    // Its marks carry visually hidden text, absolutely positioned: it must not widen the page.
    expect(await phoneWidths(served, ["en/medical", "ja/medical"])).toEqual({
      "en/medical": 390,
      "ja/medical": 390,
    });
  });
});
