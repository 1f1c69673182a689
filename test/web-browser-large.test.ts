import { describe, expect, it } from "vitest";
import type { Model, WithId } from "../src/core/index.js";
import { PAGE_SIZE } from "../src/server/catalogue-page.js";
import { HAS_CHROMIUM, warnIfNoChromium } from "./helpers/chromium.js";
import { fixtureModel } from "./helpers/query-fixture.js";
import { useServedPage } from "./helpers/served-page.js";
import { fixtureCatalog } from "./helpers/web-fixture.js";

warnIfNoChromium("large catalogue browser tests");

const FAMILIES = ["Llama", "Swallow", "Qwen", "ELYZA", "Gemma", "Sarashina", "Mistral", "MedLlama"];
// More organisations than FOLD_OVER, so the organisation facet starts folded.
const ORGS = [
  "Meta",
  "東工大",
  "Alibaba",
  "ELYZA",
  "Google",
  "SB Intuitions",
  "Mistral AI",
  null,
  "rinna",
  "Stockmark",
  "PFN",
  "NII",
];
const LICENSES = ["apache-2.0", "llama3", "cc-by-nc-4.0", undefined];

/** 260 models: more than two pages, with ties, unknown dates and sizes, both languages and archived rows. */
function manyModels(): WithId<Model>[] {
  const models: WithId<Model>[] = [];
  for (let i = 0; i < 260; i++) {
    const family = FAMILIES[i % FAMILIES.length] as string;
    const b = [0.5, 1, 3, 7, 8, 13, 70, 405][(i * 7) % 8] as number;
    const month = String((i % 12) + 1).padStart(2, "0");
    models.push(
      fixtureModel(`m-${i}`, {
        name: `${family} ${1 + (i % 5)}.${i % 3} ${b}B${i % 4 === 0 ? " Instruct" : ""}`,
        org: ORGS[i % ORGS.length] ?? undefined,
        // Every 9th has no date, and many share a month, so ties fall back to name and id.
        released: i % 9 === 0 ? undefined : `${2021 + (i % 5)}-${month}`,
        sections: i % 6 === 0 ? ["japanese", "medical"] : i % 2 ? ["general"] : ["japanese"],
        sizes: i % 11 === 0 ? undefined : { label: `${b}B`, params: [b * 1e9] },
        license: LICENSES[i % LICENSES.length],
        languages: i % 3 === 0 ? ["ja"] : i % 3 === 1 ? ["en"] : ["ja", "en"],
        tags: i % 10 === 0 ? ["moe"] : [],
        status: i % 17 === 0 ? "archived" : "listed",
        notes: i % 4 === 1 ? { ja: "医療向けの日本語モデル", en: "Japanese medical model" } : undefined,
      }),
    );
  }
  return models;
}

describe.skipIf(!HAS_CHROMIUM)("catalogue script on a catalogue larger than a page", () => {
  const served = useServedPage(() => {
    const catalog = fixtureCatalog();
    catalog.models.push(...manyModels());
    return catalog;
  });

  const rowNames = () =>
    served.page.$$eval("#models tbody tr td:nth-child(2) a", (as) => as.map((a) => a.textContent));
  // The server's answer to the page's current URL, as many rows as the page shows.
  async function apiNames(limit: number): Promise<{ names: string[]; total: number }> {
    const params = new URL(served.page.url()).searchParams;
    params.set("limit", String(limit));
    const res = await fetch(`${served.server.url}api/v1/models?${params}`);
    const body = (await res.json()) as { items: { name: string }[]; total: number };
    return { names: body.items.map((m) => m.name), total: body.total };
  }
  // The rows and the count line once the page has settled, against the server's answer for its URL.
  // Ranked by relevance the browser orders each tier by name where the server also weighs BM25 (terms of
  // three or more characters), so there the matches are compared as a set (when they fit on the page)
  // and by count. Queries of shorter terms are ranked alike on both sides and compared row by row.
  async function expectSameAsServer(limit = PAGE_SIZE, search?: (s: URLSearchParams) => boolean) {
    if (search) await expect.poll(() => search(new URL(served.page.url()).searchParams)).toBe(true);
    const params = new URL(served.page.url()).searchParams;
    const api = await apiNames(limit);
    const shown = Math.min(limit, api.total);
    await expect.poll(() => served.page.textContent("#count")).toContain(`${shown} of ${api.total} matching`);
    const terms = (params.get("q") ?? "").normalize("NFKC").toLowerCase().split(/\s+/).filter(Boolean);
    if (terms.some((t) => [...t].length >= 3) && !params.get("sort")) {
      if (api.total <= limit)
        await expect.poll(async () => (await rowNames()).sort()).toEqual(api.names.sort());
      else await expect.poll(async () => (await rowNames()).length).toBe(limit);
    } else {
      await expect.poll(rowNames).toEqual(api.names);
    }
  }

  it("shows the server's rows for every search, facet and sort, a page at a time", async () => {
    await served.page.goto(`${served.server.url}en/`);
    await served.page.waitForSelector("html[data-ready='1']");
    await expectSameAsServer();
    expect(await rowNames()).toHaveLength(PAGE_SIZE);

    // Typing narrows the previous matches; deleting widens them again.
    for (const text of [
      "s",
      "sw",
      "swa",
      "swallow",
      "swa",
      "",
      "llama 1",
      "llama 1.2",
      "医療",
      "ＱＷＥＮ",
      "qwen 7b",
    ]) {
      await served.page.fill("#q", text);
      await expectSameAsServer(PAGE_SIZE, (s) => (s.get("q") ?? "") === text);
    }
    await served.page.fill("#q", "");
    await served.page.check('fieldset[data-facet="section"] input[value="japanese"]');
    await expectSameAsServer(PAGE_SIZE, (s) => s.getAll("section").join() === "japanese");
    await served.page.check('fieldset[data-facet="section"] input[value="medical"]');
    await expectSameAsServer(PAGE_SIZE, (s) => s.getAll("section").join() === "japanese,medical");
    await served.page.check('fieldset[data-facet="lang"] input[value="ja"]');
    await expectSameAsServer(PAGE_SIZE, (s) => s.getAll("lang").join() === "ja");
    for (const [column, sort] of [
      ["name", "name"],
      ["name", "-name"],
      ["params", "-params"],
      ["params", "params"],
      ["released", "-released"],
      ["released", "released"],
    ] as const) {
      await served.page.click(`#models th[data-sort="${column}"] a`);
      await expectSameAsServer(PAGE_SIZE, (s) => s.get("sort") === sort);
    }
    await served.page.fill("#q", "llama");
    await expectSameAsServer(PAGE_SIZE, (s) => s.get("q") === "llama");
  }, 120_000);

  it("loads the next page of rows with More and keeps the reader's place", async () => {
    await served.page.goto(`${served.server.url}en/`);
    await served.page.waitForSelector("html[data-ready='1']");
    await served.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const before = await served.page.evaluate(() => window.scrollY);
    await served.page.click(".pager button");
    await expectSameAsServer(2 * PAGE_SIZE);
    expect(await served.page.evaluate(() => window.scrollY)).toBe(before);
  });

  it("keeps a facet checkbox focused while its list reorders", async () => {
    await served.page.goto(`${served.server.url}en/`);
    await served.page.waitForSelector("html[data-ready='1']");
    // Organisation is a long facet, folded until opened.
    expect(await served.page.isVisible('fieldset[data-facet="org"] input[value="ELYZA"]')).toBe(false);
    await served.page.click('details:has(> fieldset[data-facet="org"]) > summary');
    await served.page.focus('fieldset[data-facet="org"] input[value="ELYZA"]');
    await served.page.keyboard.press("Space");
    await expectSameAsServer(PAGE_SIZE, (s) => s.get("org") === "ELYZA");
    expect(await served.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
      "ELYZA",
    );
    // Back undoes the facet change.
    await served.page.goBack();
    await expectSameAsServer(PAGE_SIZE, (s) => !s.has("org"));
  });

  it("logged no console errors or CSP violations", () => {
    expect(served.problems).toEqual([]);
  });
});
