import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { saveCatalog } from "../../src/catalog/index.js";
import { type Catalog, emptyCatalog, type License, type Model, type WithId } from "../../src/core/index.js";

/** Values a renderer or encoder must never pass through raw. */
export const HOSTILE_NAME = '<script>alert(1)</script> | "quoted", =1+1';
export const HOSTILE_ORG = "=cmd|' /C calc'!A0";

/** A valid model with defaults; each fixture overrides what it is about. */
export function fixtureModel(
  id: string,
  fields: Partial<Model> & Pick<Model, "name" | "sections">,
): WithId<Model> {
  return {
    id,
    status: "listed",
    availability: "open-weights",
    links: [],
    tags: [],
    base_models: [],
    languages: [],
    scores: [],
    provenance: [],
    corrections: [],
    ...fields,
  };
}

function license(id: string, name: string, commercial: License["commercial"]): WithId<License> {
  return { id, name, commercial, condition: { en: `${name} terms` }, aliases: [] };
}

const hf = (id: string) => ({
  rel: "hf" as const,
  url: `https://huggingface.co/${id}`,
  hf: { type: "model" as const, id },
});

/**
 * Ten models chosen so every filter has a known answer: lineage llama3 → llama-3-swallow → medswallow,
 * Japanese and English notes, a size range, an MoE, an archived entry, an unregistered licence, a base
 * model that is not in the catalogue, and one entry full of hostile strings.
 */
export function queryFixture(): Catalog {
  const c = emptyCatalog();
  for (const [id, en, ja] of [
    ["general", "English-centric", "英語中心"],
    ["japanese", "Japanese-centric", "日本語中心"],
    ["slm", "Small language models", "小規模言語モデル"],
    ["medical", "Medical models", "医療モデル"],
  ] as const) {
    c.sections.push({
      id,
      kind: "models",
      title: { en, ja },
      aliases: [],
      columns: [],
      see_also: [],
      notes: [],
    });
  }
  c.sections.push({
    id: "medical-benchmarks",
    kind: "benchmarks",
    title: { en: "Medical benchmarks" },
    aliases: [],
    columns: [],
    see_also: [],
    notes: [],
  });
  c.licenses.push(
    license("apache-2.0", "Apache License 2.0", "yes"),
    license("llama3", "Llama 3 Community License", "conditional"),
    license("cc-by-nc-4.0", "CC BY-NC 4.0", "no"),
  );
  c.models.push(
    fixtureModel("llama3", {
      name: "Llama 3",
      org: "Meta",
      released: "2024-04",
      sections: ["general"],
      sizes: { label: "8B, 70B", params: [8e9, 70e9] },
      license: "llama3",
      languages: ["en"],
      links: [hf("meta-llama/Meta-Llama-3-8B")],
      notes: { en: "Meta's third Llama generation." },
    }),
    fixtureModel("llama-3-swallow", {
      name: "Llama 3 Swallow",
      org: "東工大",
      released: "2024-07",
      sections: ["japanese"],
      sizes: { label: "8B, 70B", params: [8e9, 70e9] },
      license: "llama3",
      base_models: ["llama3"],
      languages: ["ja", "en"],
      links: [hf("tokyotech-llm/Llama-3-Swallow-8B-v0.1")],
      training: { pretraining: "Swallow Corpus 継続事前学習" },
      notes: {
        ja: "東工大によるLlama 3の日本語継続事前学習モデル（スワロー）。",
        en: "Japanese continued pretraining of Llama 3.",
      },
    }),
    fixtureModel("medswallow", {
      name: "MedSwallow",
      org: "東工大",
      released: "2024-08",
      sections: ["japanese", "medical"],
      sizes: { label: "70B", params: [70e9] },
      license: "cc-by-nc-4.0",
      base_models: ["llama-3-swallow"],
      languages: ["ja"],
      medical: { specialty: ["医療全般"] },
      notes: { ja: "医療QAでチューニングしたSwallow。" },
      scores: [
        { benchmark: "igakuqa", value: 0.61, metric: "accuracy", source: "https://example.org/paper" },
      ],
      provenance: [{ source: "README.md", line: 170, section: "Model", raw: ["2024.8", "MedSwallow"] }],
      corrections: [
        { field: "released", from: "2024.8", to: "2024-08", reason: "date normalised", by: "import" },
      ],
    }),
    fixtureModel("elyza-med", {
      name: "ELYZA-Med",
      org: "ELYZA",
      released: "2025-01",
      sections: ["medical"],
      sizes: { label: "8B", params: [8e9] },
      license: "llama3",
      base_models: ["llama3"],
      languages: ["ja"],
      notes: { ja: "医療特化の日本語モデル。", en: "Medical adaptation of Llama 3." },
    }),
    fixtureModel("qwen3", {
      name: "Qwen3",
      org: "Alibaba",
      released: "2025-04",
      sections: ["general"],
      sizes: { label: "0.6~235B", params: [0.6e9, 235e9], range: true, active: 22e9 },
      license: "apache-2.0",
      tags: ["moe", "reasoning"],
      languages: ["en", "zh"],
      links: [hf("Qwen/Qwen3-8B")],
    }),
    fixtureModel("phi-3-mini", {
      name: "Phi-3-mini",
      org: "Microsoft",
      released: "2024-05",
      sections: ["slm"],
      sizes: { label: "3.8B", params: [3.8e9] },
      license: "apache-2.0",
      languages: ["en"],
      links: [hf("microsoft/Phi-3-mini-4k-instruct")],
    }),
    fixtureModel("gpt-neox-japanese", {
      name: "GPT-NeoX-Japanese",
      org: "rinna",
      released: "2022-08",
      sections: ["japanese"],
      status: "archived",
      sizes: { label: "2.7B", params: [2.7e9] },
      languages: ["ja"],
    }),
    fixtureModel("meditron", {
      name: "Meditron",
      org: "EPFL",
      released: "2023-11",
      sections: ["medical"],
      sizes: { label: "7B, 70B", params: [7e9, 70e9] },
      license: "llama2",
      base_models: ["llama2"],
      languages: ["en"],
      availability: "open-weights",
    }),
    fixtureModel("grok-3", {
      name: "Grok 3",
      org: "xAI",
      released: "2025-02",
      sections: ["general"],
      availability: "api",
      languages: ["en"],
    }),
    fixtureModel("hostile", {
      name: HOSTILE_NAME,
      org: HOSTILE_ORG,
      released: "2023-01",
      sections: ["general"],
      sizes: { label: "1B", params: [1e9] },
      notes: { en: "line one\nline two | pipe\r\n\u001b[31mred" },
    }),
  );
  c.benchmarks.push({
    id: "igakuqa",
    name: "IgakuQA",
    status: "listed",
    sections: ["medical-benchmarks"],
    tasks: ["医師国家試験"],
    languages: ["ja"],
    modality: [],
    size: [],
    source_type: [],
    leaderboards: [],
    links: [],
    tags: [],
    notes: { ja: "日本の医師国家試験の問題による評価。" },
    provenance: [],
    corrections: [],
  });
  return c;
}

/** Writes the fixture to a fresh temp dir; returns its catalogue folder and a cleanup. */
export async function writeQueryFixture(
  catalog = queryFixture(),
): Promise<{ root: string; catalogDir: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), "llm-radar-query-"));
  const catalogDir = path.join(root, "catalog");
  await saveCatalog(catalogDir, catalog);
  return { root, catalogDir, cleanup: () => rm(root, { recursive: true, force: true }) };
}
