import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { saveCatalog } from "../../src/catalog/index.js";
import { emptyCatalog, type License, type Model, Section, type WithId } from "../../src/core/index.js";
import type { FakeModel } from "./fake-hub.js";

/** A Hub model reply with plausible defaults; override one field per case. */
export function hubModel(id: string, overrides: Partial<FakeModel> = {}): FakeModel {
  return {
    id,
    createdAt: "2025-04-29T10:00:00.000Z",
    lastModified: "2025-05-10T08:00:00.000Z",
    downloads: 1200,
    likes: 34,
    gated: false,
    private: false,
    tags: ["transformers", "safetensors", "text-generation", "license:apache-2.0", "region:us"],
    pipeline_tag: "text-generation",
    library_name: "transformers",
    cardData: { license: "apache-2.0" },
    safetensors: { parameters: { BF16: 8_190_735_360 }, total: 8_190_735_360 },
    config: { model_type: "qwen3", architectures: ["Qwen3ForCausalLM"] },
    ...overrides,
  };
}

/** A valid catalogue model linking the given Hub repos; override one field per case. */
export function catalogModel(id: string, repos: string[], overrides: Partial<Model> = {}): WithId<Model> {
  return {
    id,
    name: id,
    sections: ["general"],
    status: "listed",
    availability: "open-weights",
    links: repos.map((repo) => ({ rel: "hf" as const, url: `https://huggingface.co/${repo}` })),
    base_models: [],
    tags: [],
    languages: [],
    scores: [],
    provenance: [],
    corrections: [],
    ...overrides,
  };
}

const LICENCES: WithId<License>[] = [
  {
    id: "apache-2.0",
    name: "Apache 2.0",
    spdx: "Apache-2.0",
    commercial: "yes",
    condition: { en: "see licence text" },
    aliases: ["Apache 2.0"],
  },
  {
    id: "mit",
    name: "MIT",
    spdx: "MIT",
    commercial: "yes",
    condition: { en: "see licence text" },
    aliases: [],
  },
  {
    id: "llama3.1",
    name: "Llama 3.1 Community License",
    commercial: "conditional",
    condition: { en: "see licence text" },
    aliases: [],
  },
];

/** A throwaway catalogue folder with sections, a small licence registry and the given models. */
export async function tempCatalog(
  models: WithId<Model>[],
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), "llm-radar-hub-"));
  const dir = path.join(root, "catalog");
  const catalog = emptyCatalog();
  catalog.sections = [
    Section.parse({ id: "general", kind: "models", title: { en: "General" } }),
    {
      id: "japanese",
      kind: "models",
      title: { en: "Japanese" },
      aliases: [],
      columns: [],
      see_also: [],
      notes: [],
    },
  ];
  catalog.licenses = LICENCES;
  catalog.models = models;
  await saveCatalog(dir, catalog);
  return { dir, cleanup: () => rm(root, { recursive: true, force: true }) };
}
