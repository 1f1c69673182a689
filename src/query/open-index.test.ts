import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryFixture, writeQueryFixture } from "../../test/helpers/query-fixture.js";
import { UsageError } from "../core/index.js";
import {
  type CatalogIndex,
  defaultIndexPath,
  type ModelQuery,
  openIndex,
  parseModelQuery,
  userCacheIndexPath,
} from "./index.js";

let fixture: Awaited<ReturnType<typeof writeQueryFixture>>;
let index: CatalogIndex;
const ids = (query: ModelQuery) =>
  index
    .queryModels(query)
    .items.map((i) => i.id)
    .sort();
const found = (text: string, filters: ModelQuery = {}) => index.search(text, filters).items.map((i) => i.id);

beforeAll(async () => {
  fixture = await writeQueryFixture();
  index = await openIndex({ catalogDir: fixture.catalogDir });
});
afterAll(async () => {
  index.close();
  await fixture.cleanup();
});

describe("openIndex", () => {
  it("puts the index beside the catalogue under .cache, and indexes every valid file", () => {
    expect(index.path).toBe(path.join(fixture.root, ".cache", "llm-radar", "index.sqlite"));
    expect(index.lastRefresh).toMatchObject({
      scanned: 15,
      added: 15,
      changed: 0,
      removed: 0,
      diagnostics: [],
    });
    expect(defaultIndexPath("/x/catalog", { LLM_RADAR_INDEX: "/tmp/i.sqlite" })).toBe("/tmp/i.sqlite");
    expect(userCacheIndexPath("/x/catalog", { XDG_CACHE_HOME: "/c" })).toMatch(
      /^\/c\/llm-radar\/index-[0-9a-f]{12}\.sqlite$/,
    );
  });

  it("rejects a missing catalogue folder as a usage error", async () => {
    await expect(openIndex({ catalogDir: path.join(fixture.root, "nope") })).rejects.toThrow(UsageError);
  });
});

describe("filters", () => {
  it.each<[string, ModelQuery, string[]]>([
    ["section + language", { section: ["medical"], lang: ["ja"] }, ["elyza-med", "medswallow"]],
    ["any of a list", { section: ["slm", "medical"] }, ["elyza-med", "meditron", "medswallow", "phi-3-mini"]],
    ["status", { status: ["archived"] }, ["gpt-neox-japanese"]],
    ["availability", { availability: ["api"] }, ["grok-3"]],
    [
      "size overlaps (ranges included)",
      { min_params: 1e9, max_params: 10e9 },
      [
        "elyza-med",
        "gpt-neox-japanese",
        "hostile",
        "llama-3-swallow",
        "llama3",
        "meditron",
        "phi-3-mini",
        "qwen3",
      ],
    ],
    ["active parameters", { min_params: 20e9, max_params: 30e9, params_basis: "active" }, ["qwen3"]],
    ["size bucket", { size: ["under-1b"] }, ["qwen3"]],
    ["unknown size", { size: ["unknown"] }, ["grok-3"]],
    ["licence id", { license: ["llama3"] }, ["elyza-med", "llama-3-swallow", "llama3"]],
    ["commercial use", { commercial: ["yes"] }, ["phi-3-mini", "qwen3"]],
    [
      "no or unregistered licence is unknown",
      { commercial: ["unknown"] },
      ["gpt-neox-japanese", "grok-3", "hostile", "meditron"],
    ],
    [
      "date range (month bounds inclusive)",
      { since: "2024-05", until: "2024-08" },
      ["llama-3-swallow", "medswallow", "phi-3-mini"],
    ],
    ["year", { year: [2025] }, ["elyza-med", "grok-3", "qwen3"]],
    ["organisation", { org: ["東工大"] }, ["llama-3-swallow", "medswallow"]],
    ["tag", { tag: ["moe"] }, ["qwen3"]],
    ["has a Hugging Face link", { hf: true }, ["llama-3-swallow", "llama3", "phi-3-mini", "qwen3"]],
    ["lineage, transitive", { base: ["llama3"] }, ["elyza-med", "llama-3-swallow", "medswallow"]],
    ["lineage from an id not in the catalogue", { base: ["llama2"] }, ["meditron"]],
    [
      "everything combined",
      {
        section: ["medical", "japanese"],
        lang: ["ja"],
        max_params: 10e9,
        commercial: ["conditional"],
        base: ["llama3"],
        hf: false,
      },
      ["elyza-med"],
    ],
    ["other kinds", { kind: ["benchmarks"], section: ["medical-benchmarks"] }, ["igakuqa"]],
  ])("%s", (_, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it("sorts by date (default, newest first, unknown last), size and name, and pages", () => {
    expect(index.queryModels({ limit: 3 }).items.map((i) => i.id)).toEqual(["qwen3", "grok-3", "elyza-med"]);
    expect(index.queryModels({ sort: "released", limit: 2 }).items.map((i) => i.id)).toEqual([
      "gpt-neox-japanese",
      "hostile",
    ]);
    // Ties (four 70B models) fall back to the name.
    expect(index.queryModels({ sort: "-params", limit: 3 }).items.map((i) => i.id)).toEqual([
      "qwen3",
      "llama3",
      "llama-3-swallow",
    ]);
    expect(index.queryModels({ sort: "name", offset: 1, limit: 2 })).toMatchObject({
      total: 10,
      offset: 1,
      limit: 2,
      items: [{ id: "elyza-med" }, { id: "gpt-neox-japanese" }],
    });
  });

  it("returns flat summaries with commercial use from the licence registry", () => {
    const [medswallow] = index.queryModels({ base: ["llama-3-swallow"] }).items;
    expect(medswallow).toEqual({
      kind: "models",
      id: "medswallow",
      name: "MedSwallow",
      org: "東工大",
      released: "2024-08",
      year: 2024,
      sections: ["japanese", "medical"],
      status: "listed",
      availability: "open-weights",
      sizes_label: "70B",
      params: [70e9],
      params_max: 70e9,
      params_active: null,
      license: "cc-by-nc-4.0",
      commercial: "no",
      languages: ["ja"],
      tags: [],
      hf: [],
      base_models: ["llama-3-swallow"],
      file: "models/medswallow.yaml",
    });
  });
});

describe("search", () => {
  it("finds Japanese substrings, including two-character ones", () => {
    // Meditron's own fields never say 医療; its section's title (医療モデル) does.
    expect(found("医療").sort()).toEqual(["elyza-med", "meditron", "medswallow"]);
    expect(found("東工大").sort()).toEqual(["llama-3-swallow", "medswallow"]);
    expect(found("スワロー")).toEqual(["llama-3-swallow"]);
    expect(found("医師国家試験", { kind: ["benchmarks"] })).toEqual(["igakuqa"]);
  });

  it("matches the titles of an entry's sections, in either language, and says so", () => {
    expect(found("小規模言語")).toEqual(["phi-3-mini"]);
    expect(found("small language")).toEqual(["phi-3-mini"]);
    expect(found("小規模言語 mini")).toEqual(["phi-3-mini"]);
    expect(found("小規模言語 qwen")).toEqual([]);
    // Every word must still match somewhere: the title for one, the entry's own text for the other.
    expect(found("医療 meditron")).toEqual(["meditron"]);
    expect(found("医療 qwen")).toEqual([]);
    const meditron = index.search("医療").items.find((i) => i.id === "meditron");
    expect(meditron?.match).toEqual({ field: "other", text: "医療モデル" });
    expect(found("医療", { section: ["japanese"] })).toEqual(["medswallow"]);
  });

  it("ranks entries whose own text matches before those found through a section title", () => {
    expect(found("医療")).toEqual(["elyza-med", "medswallow", "meditron"]);
    // A long term keeps its BM25 ranking among the entries whose text holds it.
    const medical = index.search("medical").items;
    expect(medical[0]).toMatchObject({ id: "elyza-med", match: { field: "notes" } });
    expect(medical.map((i) => i.id)).toContain("meditron");
  });

  it("finds models by the benchmarks they are evaluated on", () => {
    expect(found("igakuqa", { kind: ["models"] })).toEqual(["medswallow"]);
    expect(index.search("igakuqa", { kind: ["models"] }).items[0]!.match).toEqual({
      field: "other",
      text: "igakuqa",
    });
    // The benchmark itself ranks first, by its name.
    expect(found("igakuqa", { kind: ["models", "benchmarks"] })).toEqual(["igakuqa", "medswallow"]);
  });

  it("ignores case and width", () => {
    expect(found("ＱＷＥＮ")).toEqual(["qwen3"]);
    expect(found("SWALLOW").sort()).toEqual(["llama-3-swallow", "medswallow"]);
  });

  it("ranks name matches first and names the field that matched", () => {
    const result = index.search("llama");
    expect(result.items.slice(0, 2).map((i) => i.id)).toEqual(["llama3", "llama-3-swallow"]);
    expect(result.items[0]!.match).toEqual({ field: "name", text: "Llama 3" });
    const elyza = result.items.find((i) => i.id === "elyza-med");
    expect(elyza?.match).toEqual({ field: "notes", text: "Medical adaptation of Llama 3." });
    expect(result.items.indexOf(elyza!)).toBeGreaterThan(1);
  });

  it("needs every word, and combines with filters", () => {
    expect(found("llama japanese")).toEqual(["llama-3-swallow"]);
    expect(found("swallow", { section: ["medical"] })).toEqual(["medswallow"]);
    expect(found("no such thing")).toEqual([]);
  });
});

describe("facets and stats", () => {
  it("counts each facet without its own filter", () => {
    const f = index.facets({ section: ["medical"] });
    expect(f.section).toEqual(
      [
        { value: "medical", count: 3 },
        { value: "general", count: 4 },
        { value: "japanese", count: 3 },
        { value: "slm", count: 1 },
      ].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    );
    expect(f.lang).toEqual([
      { value: "ja", count: 2 },
      { value: "en", count: 1 },
    ]);
    expect(f.commercial).toEqual([
      { value: "conditional", count: 1 },
      { value: "no", count: 1 },
      { value: "unknown", count: 1 },
    ]);
    expect(f.year.map((y) => y.value)).toEqual(["2025", "2024", "2023"]);
  });

  it("summarises the catalogue", () => {
    const stats = index.stats();
    expect(stats.total).toEqual({
      models: 10,
      benchmarks: 1,
      datasets: 0,
      leaderboards: 0,
      news: 0,
      licenses: 3,
    });
    expect(stats.by_status).toEqual([
      { value: "listed", count: 9 },
      { value: "archived", count: 1 },
    ]);
    expect(stats.by_size.map((s) => s.value)).toEqual([
      "under-1b",
      "1b-4b",
      "4b-10b",
      "10b-40b",
      "40b-100b",
      "over-100b",
      "unknown",
    ]);
  });
});

describe("resource facets", () => {
  it("filters benchmarks by task, language, modality and group, counting each facet without its own filter", async () => {
    const catalog = queryFixture();
    const igakuqa = catalog.benchmarks[0]!;
    catalog.benchmarks.push(
      {
        ...igakuqa,
        id: "vqa-bench",
        name: "VQA Bench",
        tasks: ["vqa"],
        languages: ["en"],
        modality: ["image", "text"],
        group: "Image + Text",
      },
      {
        ...igakuqa,
        id: "qa-bench",
        name: "QA Bench",
        tasks: ["qa", "医師国家試験"],
        languages: ["en"],
        modality: ["text"],
        group: "Only Text",
      },
    );
    const fx = await writeQueryFixture(catalog);
    const idx = await openIndex({ catalogDir: fx.catalogDir });
    try {
      const list = (query: ModelQuery) =>
        idx
          .queryModels({ kind: ["benchmarks"], ...query })
          .items.map((i) => i.id)
          .sort();
      expect(list({ group: ["Only Text"] })).toEqual(["qa-bench"]);
      expect(list({ task: ["医師国家試験"], lang: ["en"] })).toEqual(["qa-bench"]);
      expect(list({ modality: ["image", "text"] })).toEqual(["qa-bench", "vqa-bench"]);
      const f = idx.resourceFacets({ kind: ["benchmarks"], lang: ["en"], task: ["vqa"] });
      expect(f.task).toEqual([
        { value: "qa", count: 1 },
        { value: "vqa", count: 1 },
        { value: "医師国家試験", count: 1 },
      ]);
      expect(f.lang).toEqual([{ value: "en", count: 1 }]);
      expect(f.modality).toEqual([
        { value: "image", count: 1 },
        { value: "text", count: 1 },
      ]);
      expect(f.group).toEqual([{ value: "Image + Text", count: 1 }]);
      // Models are never counted in a benchmark list, and the catalogue's facets are unchanged.
      expect(idx.resourceFacets({ kind: ["models"] }).task).toEqual([]);
      expect(Object.keys(idx.facets())).not.toContain("group");
      expect(idx.vocabulary().group).toEqual(["Image + Text", "Only Text"]);
      expect(() => parseModelQuery({ group: "Only text " }, { vocabulary: idx.vocabulary() })).not.toThrow();
      expect(() => parseModelQuery({ group: "nope" }, { vocabulary: idx.vocabulary() })).toThrow(UsageError);
    } finally {
      idx.close();
      await fx.cleanup();
    }
  });
});

describe("getModel and lineage", () => {
  it("resolves ids and names (case- and width-insensitive), with lineage both ways", () => {
    const detail = index.getModel("ｌｌａｍａ 3 swallow");
    expect(detail?.entry.id).toBe("llama-3-swallow");
    expect(detail?.license?.commercial).toBe("conditional");
    expect(detail?.lineage).toEqual({
      up: [{ id: "llama3", name: "Llama 3", depth: 1, via: "llama-3-swallow" }],
      down: [{ id: "medswallow", name: "MedSwallow", depth: 1, via: "llama-3-swallow" }],
    });
    expect(index.lineage("medswallow").up).toEqual([
      { id: "llama-3-swallow", name: "Llama 3 Swallow", depth: 1, via: "medswallow" },
      { id: "llama3", name: "Llama 3", depth: 2, via: "llama-3-swallow" },
    ]);
    expect(index.lineage("meditron").up).toEqual([{ id: "llama2", name: null, depth: 1, via: "meditron" }]);
    expect(index.getModel("medswallow")?.benchmarks.map((b) => b.id)).toEqual(["igakuqa"]);
    expect(index.getModel("nothing")).toBeUndefined();
  });

  it("lists vocabularies for validating filters", () => {
    const v = index.vocabulary();
    expect(v.section).toEqual(["general", "japanese", "medical", "medical-benchmarks", "slm"]);
    expect(v.license).toEqual(["apache-2.0", "cc-by-nc-4.0", "llama2", "llama3"]);
    expect(v.base).toContain("llama2");
    expect(() => parseModelQuery({ section: "medcal" }, { vocabulary: v })).toThrow(/did you mean "medical"/);
  });
});

describe("incremental refresh", () => {
  it("re-indexes only what changed, and keeps invalid files out with located diagnostics", async () => {
    const own = await writeQueryFixture();
    const indexPath = path.join(own.root, "index.sqlite");
    let idx = await openIndex({ catalogDir: own.catalogDir, indexPath });
    try {
      // Warm every cached condition first: the refresh must drop them.
      expect(idx.search("renamed").total).toBe(0);
      const noBefore = idx.queryModels({ commercial: ["no"] }).total;
      const facetBefore = idx.facets({}, ["commercial"]).commercial;
      const file = path.join(own.catalogDir, "models", "qwen3.yaml");
      await writeFile(file, (await readFile(file, "utf8")).replace("name: Qwen3", "name: Qwen3 Renamed"));
      expect(await idx.refresh()).toMatchObject({ changed: 1, added: 0, removed: 0 });
      expect(idx.search("renamed").items.map((i) => i.id)).toEqual(["qwen3"]);

      // One refresh with a plain file and, after it, one only the full YAML parser reads (a block
      // scalar): the first pass stops at the second, rolls back and runs again with the full parser.
      const llama = path.join(own.catalogDir, "licenses", "apache-2.0.yaml");
      const grok = path.join(own.catalogDir, "models", "grok-3.yaml");
      const grokText = await readFile(grok, "utf8");
      await writeFile(llama, (await readFile(llama, "utf8")).replace(/^name: .*$/m, "name: Apache Two"));
      await writeFile(grok, grokText.replace(/^name: .*$/m, "name: >-\n  Grok Folded\n  Name"));
      expect(await idx.refresh()).toMatchObject({ changed: 2, added: 0, removed: 0, diagnostics: [] });
      expect(idx.search("folded").items.map((i) => [i.id, i.name])).toEqual([["grok-3", "Grok Folded Name"]]);
      expect(idx.queryModels({}).total).toBe(10);

      // A licence edit changes commercial use of the models that use it, without touching them.
      const lic = path.join(own.catalogDir, "licenses", "llama3.yaml");
      await writeFile(
        lic,
        (await readFile(lic, "utf8")).replace("commercial: conditional", 'commercial: "no"'),
      );
      expect(await idx.refresh()).toMatchObject({ changed: 1 });
      expect(
        idx
          .queryModels({ commercial: ["no"] })
          .items.map((i) => i.id)
          .sort(),
      ).toEqual(["elyza-med", "llama-3-swallow", "llama3", "medswallow"]);
      expect(noBefore).toBeLessThan(4);
      expect(idx.facets({}, ["commercial"]).commercial).not.toEqual(facetBefore);

      await rm(path.join(own.catalogDir, "models", "grok-3.yaml"));
      writeFileSync(path.join(own.catalogDir, "models", "broken.yaml"), "name: Broken\nsections: general\n");
      const result = await idx.refresh();
      expect(result).toMatchObject({ added: 1, removed: 1, changed: 0 });
      expect(result.diagnostics).toMatchObject([
        {
          file: path.join(own.catalogDir, "models", "broken.yaml"),
          line: 2,
          path: "sections",
          severity: "error",
        },
      ]);
      expect(idx.queryModels({}).total).toBe(9);
      expect(await idx.refresh()).toMatchObject({ added: 0, changed: 0, removed: 0 });

      // Derived data: deleting the file just means the next open rebuilds it.
      idx.close();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(indexPath + suffix, { force: true });
      idx = await openIndex({ catalogDir: own.catalogDir, indexPath });
      expect(idx.lastRefresh).toMatchObject({ added: 15, diagnostics: [{ path: "sections" }] });
      expect(idx.queryModels({}).total).toBe(9);
    } finally {
      idx.close();
      await own.cleanup();
    }
  });

  it("replaces an index of another layout with a complete new one, leaving no temporary files", async () => {
    const own = await writeQueryFixture();
    const dir = path.join(own.root, "idx");
    const indexPath = path.join(dir, "index.sqlite");
    try {
      const { default: Sqlite } = await import("better-sqlite3");
      mkdirSync(dir);
      const old = new Sqlite(indexPath);
      old.pragma("journal_mode = WAL");
      old.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); CREATE TABLE entries (x);");
      old.exec("INSERT INTO meta VALUES ('version', 'old')");
      old.close();
      const idx = await openIndex({ catalogDir: own.catalogDir, indexPath });
      try {
        expect(idx.lastRefresh).toMatchObject({ added: 15, changed: 0, removed: 0 });
        expect(idx.queryModels({}).total).toBe(10);
        expect(readdirSync(dir).filter((f) => f.includes(".build-"))).toEqual([]);
      } finally {
        idx.close();
      }
    } finally {
      await own.cleanup();
    }
  });

  it("sees another connection's writes", async () => {
    await withTwoConnections(async (a, b, catalogDir) => {
      expect(a.queryModels({}).total).toBe(10);
      expect(a.search("hostile").total).toBeGreaterThan(0);
      await rm(path.join(catalogDir, "models", "hostile.yaml"));
      expect(await b.refresh()).toMatchObject({ removed: 1 });
      expect(await a.refresh()).toMatchObject({ removed: 0 });
      expect(a.queryModels({}).total).toBe(9);
      expect(a.search("hostile").total).toBe(0);
    });
  });

  it("gives concurrent refreshes one result, also when they wait for the full YAML parser", async () => {
    const own = await writeQueryFixture();
    const indexPath = path.join(own.root, "index.sqlite");
    const idx = await openIndex({ catalogDir: own.catalogDir, indexPath });
    try {
      // A refresh first, so the index keeps its file map between refreshes (the retries share it).
      expect(await idx.refresh()).toMatchObject({ added: 0, changed: 0 });
      const qwen = await readFile(path.join(own.catalogDir, "models", "qwen3.yaml"), "utf8");
      // Not plain YAML (a comment after a value), so the first refresh stops to load the full parser.
      await writeFile(
        path.join(own.catalogDir, "models", "qwen-commented.yaml"),
        qwen.replace(/^name: .*$/m, "name: Qwen Commented  # trailing"),
      );
      const results = await Promise.all([idx.refresh(), idx.refresh(), idx.refresh()]);
      expect(results.map((r) => r.added)).toEqual([1, 0, 0]);
      expect(idx.queryModels({}).total).toBe(11);
      expect(idx.search("commented").items.map((i) => i.id)).toEqual(["qwen-commented"]);
    } finally {
      idx.close();
      await own.cleanup();
    }
  });

  it("holds one snapshot while pinned: another connection's writes show only once released", async () => {
    await withTwoConnections(async (a, b, catalogDir) => {
      const unpin = a.pin();
      const unpinInner = a.pin(); // pins nest: the snapshot lasts until the outer one is released
      await expect(a.refresh()).rejects.toThrow(/pinned/);
      await rm(path.join(catalogDir, "models", "hostile.yaml"));
      expect(await b.refresh()).toMatchObject({ removed: 1 });
      // Cached and uncached reads alike still see the catalogue as it was.
      expect(a.queryModels({}).total).toBe(10);
      expect(a.search("hostile").total).toBeGreaterThan(0);
      expect(a.getModel("hostile")).toBeDefined();
      expect(a.facets({}, ["org"]).org.reduce((n, f) => n + f.count, 0)).toBe(
        b.facets({}, ["org"]).org.reduce((n, f) => n + f.count, 0) + 1,
      );
      unpinInner();
      unpinInner(); // each release counts once
      expect(a.getModel("hostile")).toBeDefined();
      await expect(a.refresh()).rejects.toThrow(/pinned/);
      unpin();
      unpin(); // twice is harmless
      expect(a.queryModels({}).total).toBe(9);
      expect(a.search("hostile").total).toBe(0);
      expect(a.getModel("hostile")).toBeUndefined();
      expect(await a.refresh()).toMatchObject({ removed: 0 });
    });
  });
});

/** Two connections to one index of a fresh fixture catalogue, closed and removed after `use`. */
async function withTwoConnections(
  use: (a: CatalogIndex, b: CatalogIndex, catalogDir: string) => Promise<void>,
): Promise<void> {
  const own = await writeQueryFixture();
  const indexPath = path.join(own.root, "index.sqlite");
  const a = await openIndex({ catalogDir: own.catalogDir, indexPath });
  const b = await openIndex({ catalogDir: own.catalogDir, indexPath });
  try {
    await use(a, b, own.catalogDir);
  } finally {
    a.close();
    b.close();
    await own.cleanup();
  }
}
