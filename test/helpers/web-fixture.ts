import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { saveCatalog } from "../../src/catalog/index.js";
import { type Catalog, emptyCatalog, type Model, type WithId } from "../../src/core/index.js";
import { type CatalogIndex, openIndex } from "../../src/query/index.js";
import { fixtureModel } from "./query-fixture.js";

/** Strings that would run script if any renderer forgot to escape them. */
/** An HTML attribute's value as the browser reads it (the entities the html helper writes). */
export function attributeText(value: string): string {
  return value
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

export const HOSTILE = {
  name: "<script>alert(1)</script>",
  attr: '"><img src=x onerror=alert(1)>',
  closeScript: "</script><script>alert(2)</script><!--",
  url: "javascript:alert(3)",
  markdown: "[click](javascript:alert(4)) | *x*\nnext line",
  csv: "=cmd|' /C calc'!A0",
};

/** The fixture's clock: models released from 2025-02 on get the "new" badge. */
export const FIXTURE_NOW = new Date("2025-05-15T00:00:00Z");

function model(id: string, fields: Partial<Model> & Pick<Model, "name" | "sections">): WithId<Model> {
  return fixtureModel(id, { provenance: [{ source: "README.md", line: 10, raw: [fields.name] }], ...fields });
}

/** A small catalogue covering lineage, MoE, licences, both languages, archived and hostile entries. */
export function fixtureCatalog(): Catalog {
  const c = emptyCatalog();
  c.sections.push(
    {
      id: "general",
      kind: "models",
      title: { en: "English-centric", ja: "英語中心" },
      aliases: [],
      columns: [],
      see_also: [],
      notes: [],
    },
    {
      id: "japanese",
      kind: "models",
      title: { en: "Japanese-centric", ja: "日本語中心" },
      aliases: [],
      columns: [],
      see_also: [],
      notes: [],
    },
    {
      id: "medical",
      kind: "models",
      title: { en: "Medical", ja: "医療" },
      aliases: [],
      columns: [],
      see_also: [],
      notes: [],
    },
    {
      id: "medical-benchmarks",
      kind: "benchmarks",
      title: { en: "Medical benchmarks" },
      aliases: [],
      columns: [],
      see_also: [],
      notes: [],
    },
  );
  c.licenses.push(
    {
      id: "apache-2.0",
      name: "Apache License 2.0",
      spdx: "Apache-2.0",
      commercial: "yes",
      condition: { en: "Keep the notice.", ja: "著作権表示を残す。" },
      url: "https://www.apache.org/licenses/LICENSE-2.0",
      aliases: [],
    },
    {
      id: "llama3",
      name: "Llama 3 Community License",
      commercial: "conditional",
      condition: {
        en: "Over 700M monthly users need a licence from Meta.",
        ja: "月間7億ユーザー超はMetaの許可が必要。",
      },
      aliases: [],
    },
    {
      id: "cc-by-nc-4.0",
      name: "CC BY-NC 4.0",
      spdx: "CC-BY-NC-4.0",
      commercial: "no",
      condition: { en: "Non-commercial only." },
      aliases: [],
    },
  );
  c.models.push(
    model("llama-3", {
      name: "Llama 3",
      org: "Meta",
      released: "2024-04",
      sections: ["general"],
      sizes: { label: "8B, 70B", params: [8e9, 70e9] },
      license: "llama3",
      languages: ["en"],
      links: [
        {
          rel: "hf",
          url: "https://huggingface.co/meta-llama/Meta-Llama-3-8B",
          hf: { type: "model", id: "meta-llama/Meta-Llama-3-8B" },
        },
      ],
      scores: [{ benchmark: "medqa", value: 60.1, metric: "accuracy", source: "https://example.org/paper" }],
    }),
    model("llama-3-swallow", {
      name: "Llama 3 Swallow",
      org: "Tokyo Tech",
      released: "2024-07",
      sections: ["japanese"],
      sizes: { label: "8B", params: [8e9] },
      license: "llama3",
      base_models: ["llama-3"],
      languages: ["ja", "en"],
      notes: {
        ja: "東工大による日本語継続事前学習モデル",
        en: "Continued pre-training on Japanese by Tokyo Tech",
      },
    }),
    model("medswallow", {
      name: "MedSwallow",
      org: "Tokyo Tech",
      released: "2024-08",
      sections: ["medical", "japanese"],
      sizes: { label: "70B", params: [70e9] },
      license: "cc-by-nc-4.0",
      base_models: ["llama-3-swallow"],
      languages: ["ja"],
      tags: ["medical"],
      notes: { ja: "医療向けに追加学習したモデル", en: "Medical fine-tune" },
      corrections: [
        {
          field: "license",
          from: "CC-BY-NC",
          to: "cc-by-nc-4.0",
          reason: "normalised spelling",
          by: "import",
        },
      ],
    }),
    model("mixtral-8x7b", {
      name: "Mixtral 8x7B",
      org: "Mistral AI",
      released: "2023-12",
      sections: ["general"],
      sizes: { label: "8x7B", params: [46.7e9], active: 12.9e9 },
      license: "apache-2.0",
      tags: ["moe"],
      languages: ["en"],
    }),
    model("qwen3", {
      name: "Qwen3",
      org: "Alibaba",
      released: "2025-04",
      sections: ["general"],
      sizes: { label: "0.6~235B", params: [6e8, 235e9], range: true },
      license: "apache-2.0",
      languages: ["en", "ja"],
      notes: { en: "Hybrid thinking models" },
    }),
    model("old-gpt", {
      name: "Old GPT",
      org: "OpenAI, Inc.",
      released: "2019-02",
      sections: ["general"],
      status: "archived",
      availability: "closed",
    }),
    model("hostile", {
      name: HOSTILE.name,
      org: HOSTILE.attr,
      released: "2024-01",
      sections: ["general"],
      sizes: { label: HOSTILE.attr, params: [1e9] },
      tags: [HOSTILE.attr],
      notes: { en: HOSTILE.closeScript, ja: HOSTILE.closeScript },
      links: [{ rel: "home", url: HOSTILE.url, label: HOSTILE.name }],
      provenance: [{ source: "README.md", line: 99, raw: [HOSTILE.markdown, HOSTILE.csv] }],
      corrections: [
        { field: "name", from: HOSTILE.attr, to: HOSTILE.name, reason: HOSTILE.closeScript, by: "curator" },
      ],
    }),
  );
  c.benchmarks.push(
    {
      id: "jmedbench",
      name: "JMedBench",
      status: "listed",
      sections: ["medical-benchmarks"],
      tasks: ["qa"],
      languages: ["ja"],
      modality: ["text"],
      size: [],
      source_type: [],
      links: [{ rel: "home", url: "https://example.org/jmedbench" }],
      tags: [],
      leaderboards: [],
      provenance: [],
      corrections: [],
    },
    {
      id: "medqa",
      name: "MedQA",
      status: "listed",
      sections: ["medical-benchmarks"],
      tasks: ["qa"],
      languages: ["en"],
      modality: ["text"],
      size: [{ value: 12723, unit: "questions" }],
      source_type: [],
      links: [],
      tags: [],
      leaderboards: ["open-medical-llm"],
      provenance: [],
      corrections: [],
    },
    {
      id: "mmmu-med",
      name: "MMMU Medical",
      status: "listed",
      sections: ["medical-benchmarks"],
      tasks: ["vqa"],
      languages: ["en"],
      modality: ["image", "text"],
      size: [],
      source_type: [],
      links: [],
      tags: [],
      leaderboards: [],
      provenance: [],
      corrections: [],
    },
  );
  c.datasets.push({
    id: "jmed-corpus",
    name: "JMed Corpus",
    status: "listed",
    sections: [],
    tasks: ["pretraining"],
    languages: ["ja"],
    modality: ["text"],
    size: [],
    source_type: [],
    links: [],
    tags: [],
    leaderboards: [],
    provenance: [],
    corrections: [],
  });
  c.leaderboards.push({
    id: "open-medical-llm",
    name: "Open Medical-LLM Leaderboard",
    status: "listed",
    sections: [],
    group: "medical",
    benchmarks: ["medqa"],
    links: [
      { rel: "home", url: "https://huggingface.co/spaces/openlifescienceai/open_medical_llm_leaderboard" },
    ],
    tags: [],
    provenance: [],
    corrections: [],
  });
  c.news.push(
    {
      id: "2025-04-qwen3",
      date: "2025-04",
      text: { ja: "Qwen3がリリースされました", en: "Qwen3 released" },
      models: ["qwen3"],
      links: [],
      highlight: true,
      provenance: [],
      corrections: [],
    },
    {
      id: "2024-07-swallow",
      date: "2024-07",
      text: { ja: "東工大からLlama3の日本語継続学習モデル", en: "Tokyo Tech releases Llama 3 Swallow" },
      models: ["llama-3-swallow"],
      links: [{ rel: "blog", url: "https://example.org/swallow" }],
      highlight: false,
      provenance: [],
      corrections: [],
    },
    {
      id: "2024-01-hostile",
      date: "2024-01",
      text: { en: HOSTILE.closeScript, ja: HOSTILE.attr },
      models: ["hostile"],
      links: [{ rel: "other", url: HOSTILE.url, label: HOSTILE.name }],
      highlight: false,
      provenance: [],
      corrections: [],
    },
  );
  return c;
}

export interface WebFixture {
  dir: string;
  catalogDir: string;
  index: CatalogIndex;
  cleanup(): Promise<void>;
}

/** Writes the fixture catalogue to a temp folder and opens its index there. */
export async function createWebFixture(catalog: Catalog = fixtureCatalog()): Promise<WebFixture> {
  const dir = await mkdtemp(path.join(tmpdir(), "llm-radar-web-"));
  const catalogDir = path.join(dir, "catalog");
  await saveCatalog(catalogDir, catalog);
  const index = await openIndex({ catalogDir, indexPath: path.join(dir, "index.sqlite") });
  return {
    dir,
    catalogDir,
    index,
    cleanup: async () => {
      index.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
