import { describe, expect, it } from "vitest";
import { type Catalog, CatalogError, emptyCatalog, type Model, type WithId } from "../core/index.js";
import { encodeCsv } from "./encode-csv.js";
import { catalogRows, MODEL_COLUMNS, modelRow } from "./entry-rows.js";
import { exportCatalog } from "./export-catalog.js";

function model(overrides: Partial<WithId<Model>> = {}): WithId<Model> {
  return {
    id: "deepseek-v3",
    name: "DeepSeek-V3-0324",
    org: "DeepSeek",
    released: "2025-03",
    sections: ["general"],
    status: "listed",
    availability: "open-weights",
    sizes: { label: "671B", params: [6.71e11], active: 3.7e10 },
    license: "deepseek-model",
    links: [
      { rel: "paper", url: "https://arxiv.org/abs/2412.19437" },
      {
        rel: "hf",
        url: "https://huggingface.co/deepseek-ai/DeepSeek-V3-0324",
        hf: { type: "model", id: "deepseek-ai/DeepSeek-V3-0324" },
      },
    ],
    base_models: [],
    training: { pretraining: "14.8T tokens", tokens: 1.48e13 },
    tags: ["moe"],
    languages: [],
    scores: [{ benchmark: "jmt-bench", value: 0.772 }],
    provenance: [],
    corrections: [],
    ...overrides,
  };
}

function catalog(): Catalog {
  const c = emptyCatalog();
  c.models.push(model());
  c.licenses.push({
    id: "deepseek-model",
    name: "DeepSeek Model License",
    commercial: "conditional",
    condition: { en: "Use restrictions apply." },
    aliases: [],
  });
  // Defaults left out on purpose: exportCatalog must fill them in.
  c.news.push({ id: "2025-04-qwen3", date: "2025-04", text: { en: "Qwen3 released" } } as never);
  return c;
}

describe("exportCatalog", () => {
  it("fills every field, id first, and keeps the seven top-level kinds", () => {
    const out = exportCatalog(catalog());
    expect(Object.keys(out)).toEqual([
      "models",
      "benchmarks",
      "datasets",
      "leaderboards",
      "news",
      "licenses",
      "sections",
    ]);
    expect(out.news[0]).toEqual({
      id: "2025-04-qwen3",
      date: "2025-04",
      text: { en: "Qwen3 released" },
      models: [],
      links: [],
      highlight: false,
      provenance: [],
      corrections: [],
    });
    expect(Object.keys(out.models[0]!)[0]).toBe("id");
    expect(out.licenses[0]!.aliases).toEqual([]);
  });

  it("refuses an invalid catalogue with located diagnostics", () => {
    const c = catalog();
    c.models[0]!.released = "2025.3";
    const error = (() => {
      try {
        exportCatalog(c);
      } catch (e) {
        return e as CatalogError;
      }
    })();
    expect(error).toBeInstanceOf(CatalogError);
    expect(error!.diagnostics.map((d) => [d.file, d.path])).toEqual([["models/deepseek-v3", "released"]]);
  });
});

describe("flat rows", () => {
  it("flattens a model with schema-named columns and the licence's commercial use", () => {
    expect(modelRow(model(), catalog())).toMatchObject({
      id: "deepseek-v3",
      sizes_label: "671B",
      params: [6.71e11],
      params_max: 6.71e11,
      params_active: 3.7e10,
      commercial: "conditional",
      hf: ["deepseek-ai/DeepSeek-V3-0324"],
      url: "https://arxiv.org/abs/2412.19437",
      pretraining: "14.8T tokens",
      tokens: 1.48e13,
      scores: ["jmt-bench=0.772"],
    });
    expect(Object.keys(modelRow(model(), catalog())).sort()).toEqual([...MODEL_COLUMNS].sort());
  });

  it("writes a models CSV whose header matches the columns", () => {
    const { columns, rows } = catalogRows(catalog(), "models");
    const csv = encodeCsv(rows, columns);
    expect(csv.split("\r\n")[0]).toBe(MODEL_COLUMNS.join(","));
    expect(csv).toContain("deepseek-v3,DeepSeek-V3-0324,DeepSeek,2025-03,general,listed,open-weights,671B");
  });

  it("has rows for every kind", () => {
    for (const kind of ["benchmarks", "datasets", "leaderboards", "news", "licenses", "sections"] as const) {
      const { columns, rows } = catalogRows(exportCatalog(catalog()), kind);
      expect(columns[0]).toBe("id");
      for (const row of rows) expect(Object.keys(row).sort()).toEqual([...columns].sort());
    }
  });
});
