// A synthetic catalogue shaped like the real one (sections, Japanese and English names, sizes, dates,
// licences, lineage, notes in both languages), deterministic for a given size and seed. Bench data
// only: files are written directly, not through saveCatalog's lock and fsync.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serializeEntry, serializeSections } from "../src/catalog/index.js";
import type { License, Model, Section, WithId } from "../src/core/index.js";

const EN_FAMILIES = [
  "Llama",
  "Qwen",
  "Gemma",
  "Mistral",
  "Phi",
  "OLMo",
  "Falcon",
  "DeepSeek",
  "Yi",
  "Command",
  "StableLM",
  "Mixtral",
  "Granite",
  "SmolLM",
];
const JA_FAMILIES = [
  "Swallow",
  "ELYZA",
  "Sarashina",
  "Karakuri",
  "LLM-jp",
  "PLaMo",
  "Tanuki",
  "RakutenAI",
  "Stockmark",
  "CALM",
  "Youri",
  "Nekomata",
  "日本語Mamba",
  "Fugaku-LLM",
  "スワロー",
];
const EN_ORGS = [
  "Meta",
  "Alibaba",
  "Google",
  "Mistral AI",
  "Microsoft",
  "AllenAI",
  "TII",
  "DeepSeek",
  "01.AI",
  "Cohere",
  "StabilityAI",
  "IBM",
  "HuggingFace",
];
const JA_ORGS = [
  "東工大",
  "ELYZA",
  "SB Intuitions",
  "カラクリ",
  "NII",
  "PFN",
  "松尾研",
  "楽天",
  "ストックマーク",
  "サイバーエージェント",
  "rinna",
  "富士通",
];
const SIZES_B = [0.135, 0.5, 1, 1.5, 3, 4, 7, 8, 13, 14, 32, 70, 72, 110, 235, 405, 671];
const LICENSES: [id: string, commercial: License["commercial"]][] = [
  ["apache-2.0", "yes"],
  ["mit", "yes"],
  ["llama2", "conditional"],
  ["llama3", "conditional"],
  ["gemma", "conditional"],
  ["qwen", "conditional"],
  ["cc-by-4.0", "yes"],
  ["cc-by-nc-4.0", "no"],
  ["cc-by-sa-4.0", "yes"],
];
const TAGS = ["moe", "reasoning", "multimodal", "rag", "long-context", "code", "instruct"];
const SPECIALTIES = ["放射線科", "内科", "radiology", "oncology", "薬学", "clinical notes"];

export interface SyntheticCatalog {
  dir: string;
  models: number;
  /** A model many others are built on, for lineage queries. */
  root: string;
  /** A model file to edit for incremental rebuilds. */
  sampleFile: string;
}

/** Writes `n` models (plus licences, sections and n/50 benchmarks) under `dir`, replacing what was there. */
export function generateSyntheticCatalog(dir: string, n: number, seed = 42): SyntheticCatalog {
  rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  for (const kind of ["models", "licenses", "benchmarks"])
    mkdirSync(path.join(dir, kind), { recursive: true });
  const rand = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  writeFileSync(path.join(dir, "sections.yaml"), serializeSections(SECTIONS));
  for (const [id, commercial] of LICENSES) {
    const license: WithId<License> = {
      id,
      name: id.toUpperCase(),
      commercial,
      condition: { en: `${id} terms` },
      aliases: [],
    };
    writeFileSync(path.join(dir, "licenses", `${id}.yaml`), serializeEntry("licenses", license));
  }
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const model = syntheticModel(i, ids, rand, pick);
    ids.push(model.id);
    writeFileSync(path.join(dir, "models", `${model.id}.yaml`), serializeEntry("models", model));
  }
  for (let i = 0; i < Math.max(1, Math.floor(n / 50)); i++) {
    const id = `bench-${i}`;
    const medical = rand() < 0.5;
    writeFileSync(
      path.join(dir, "benchmarks", `${id}.yaml`),
      serializeEntry("benchmarks", {
        id,
        name: medical ? `IgakuQA-${i}` : `JGLUE-${i}`,
        sections: [medical ? "medical-benchmarks" : "benchmarks"],
        tasks: [medical ? "医師国家試験" : "reading comprehension"],
        languages: ["ja"],
        notes: { ja: medical ? "日本の医師国家試験に基づく評価" : "日本語理解の評価" },
      }),
    );
  }
  return {
    dir,
    models: n,
    root: ids[0]!,
    sampleFile: path.join(dir, "models", `${ids[Math.floor(n / 2)]}.yaml`),
  };
}

// --- helpers ---

const SECTIONS: Section[] = [
  ["general", "English-centric", "英語中心"],
  ["japanese", "Japanese-centric", "日本語中心"],
  ["slm", "Small language models (SLM)", "小規模言語モデル"],
  ["medical", "Medical models", "医療モデル"],
].map(([id, en, ja]) => ({
  id: id!,
  kind: "models",
  title: { en: en!, ja: ja! },
  aliases: [],
  columns: [],
  see_also: [],
  notes: [],
}));
SECTIONS.push(
  ...[
    ["benchmarks", "Benchmarks"],
    ["medical-benchmarks", "Medical benchmarks"],
  ].map(([id, en]) => ({
    id: id!,
    kind: "benchmarks" as const,
    title: { en: en! },
    aliases: [],
    columns: [],
    see_also: [],
    notes: [],
  })),
);

function syntheticModel(
  i: number,
  earlier: string[],
  rand: () => number,
  pick: <T>(l: readonly T[]) => T,
): WithId<Model> {
  const r = rand();
  const section = r < 0.5 ? "general" : r < 0.75 ? "japanese" : r < 0.87 ? "slm" : "medical";
  const japanese =
    section === "japanese" || (section === "medical" && rand() < 0.6) || (section === "slm" && rand() < 0.3);
  const family = japanese ? pick(JA_FAMILIES) : pick(EN_FAMILIES);
  const org = japanese ? pick(JA_ORGS) : pick(EN_ORGS);
  const sizes = section === "slm" ? SIZES_B.slice(0, 6) : SIZES_B;
  const count = rand() < 0.3 ? 2 + Math.floor(rand() * 2) : 1;
  const params = [...new Set(Array.from({ length: count }, () => pick(sizes) * 1e9))].sort((a, b) => a - b);
  const moe = rand() < 0.05;
  const hasSize = rand() > 0.1;
  const label = params.map((p) => `${p / 1e9}B`).join(",");
  const version = `${1 + Math.floor(rand() * 4)}${rand() < 0.4 ? `.${Math.floor(rand() * 5)}` : ""}`;
  const suffix = pick(["", "-Instruct", "-Chat", "-Base", "-JP", "-Medical", "-v0.1"]);
  const name = `${family}${version}-${label.split(",")[0]}${suffix}`;
  const id = `${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "model"
  }-${i.toString(36)}`;
  const year = 2019 + Math.min(6, Math.floor(rand() ** 0.5 * 7));
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, "0");
  const base =
    i >= 20 && rand() < 0.4
      ? [earlier[rand() < 0.5 ? Math.floor(rand() * 20) : Math.floor(rand() * i)]!]
      : [];
  const license = rand() < 0.8 ? pick(LICENSES)[0] : undefined;
  const tags = [...new Set(Array.from({ length: Math.floor(rand() * 3) }, () => pick(TAGS)))];
  if (moe) tags.push("moe");
  const hf = rand() < 0.7;
  const tokens = `${1 + Math.floor(rand() * 15)}T`;
  return {
    id,
    name,
    org,
    released: rand() < 0.2 ? `${year}-${month}-${day}` : `${year}-${month}`,
    sections: section === "medical" && japanese && rand() < 0.5 ? ["japanese", "medical"] : [section],
    status: rand() < 0.1 ? "archived" : "listed",
    availability: pick([
      "open-weights",
      "open-weights",
      "open-weights",
      "open-weights",
      "api",
      "closed",
      "announced",
    ] as const),
    ...(hasSize
      ? { sizes: { label: moe ? `8x${label}` : label, params, ...(moe ? { active: params[0]! / 4 } : {}) } }
      : {}),
    ...(license ? { license } : {}),
    base_models: [...new Set(base)],
    training: {
      pretraining: `${tokens} tokens`,
      finetuning: pick(["SFT", "SFT, DPO", "RLHF", "継続事前学習", "指示チューニング"]),
    },
    languages: japanese ? ["ja", "en"] : rand() < 0.2 ? ["en", "zh"] : ["en"],
    ...(section === "medical" ? { medical: { specialty: [pick(SPECIALTIES)] } } : {}),
    tags,
    links: [
      ...(hf
        ? [
            {
              rel: "hf" as const,
              url: `https://huggingface.co/${org.replace(/\W+/g, "")}/${id}`,
              hf: { type: "model" as const, id: `${org.replace(/\W+/g, "")}/${id}` },
            },
          ]
        : []),
      ...(rand() < 0.2
        ? [{ rel: "paper" as const, url: `https://arxiv.org/abs/24${month}.${10000 + i}` }]
        : []),
    ],
    notes: japanese
      ? {
          ja: `${org}が公開した${family}ベースの日本語モデル。${section === "medical" ? "医療分野の質問応答に強い。" : "日本語の指示追従に優れる。"}`,
        }
      : { en: `${suffix ? suffix.slice(1) : "Base"} ${family} model trained on ${tokens} tokens.` },
    provenance: [
      {
        source: "README.md",
        line: 60 + (i % 200),
        section: section,
        raw: [
          `${year}.${Number(month)}`,
          `[${name} (${org})]()`,
          hf ? "[HF]()" : "",
          label,
          license ?? "",
          tokens,
          "",
          "",
        ],
      },
    ],
    corrections: [],
    scores: [],
  };
}

/** Small seeded PRNG (mulberry32) so every run generates the same catalogue. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
