import { Benchmark, type Catalog, Model, Section, type WithId } from "../core/index.js";

// A small catalogue in the shape the importer produces, used by the renderer's tests: every kind,
// archived rows, medical test column, grouped bullets, notes and see-also.

const section = (s: Partial<Section> & Pick<Section, "id" | "kind" | "title">): Section => Section.parse(s);

function model(id: string, m: Partial<Model> & Pick<Model, "name">): WithId<Model> {
  return { id, ...Model.parse({ sections: ["general"], ...m }) };
}

const hf = (id: string, type: "model" | "collection" = "model") => ({
  rel: "hf" as const,
  url: `https://huggingface.co/${type === "collection" ? "collections/" : ""}${id}`,
  hf: { type, id },
  label: "HF",
});

export function fixtureCatalog(): Catalog {
  return {
    sections: [
      section({
        id: "general",
        kind: "models",
        title: { en: "English-centric", ja: "英語中心のモデル" },
        columns: ["When?", "Name", "HF?", "Size", "License", "pretraining", "finetuning", "misc."],
        notes: [{ en: "GPT-4 is not open." }],
        see_also: [{ label: "Awesome-LLM", url: "https://github.com/Hannibal046/Awesome-LLM" }],
      }),
      section({
        id: "medical",
        kind: "models",
        title: { en: "Medical adaptation", ja: "医療特化モデル" },
        columns: ["When?", "Name", "HF?", "Size", "License", "pretraining", "finetuning", "test", "misc."],
      }),
      section({ id: "benchmarks", kind: "benchmarks", title: { en: "Evaluation benchmarks" } }),
      section({
        id: "datasets",
        kind: "datasets",
        title: { en: "Dataset", ja: "データセット" },
        notes: [{ en: "Datasets used by the models above." }],
        see_also: [{ label: "He et al.(2023)", url: "https://arxiv.org/pdf/2310.05694.pdf" }],
      }),
    ],
    licenses: [
      {
        id: "apache-2.0",
        name: "Apache License 2.0",
        spdx: "Apache-2.0",
        commercial: "yes",
        condition: { en: "Keep the notice." },
        url: "https://www.apache.org/licenses/LICENSE-2.0",
        aliases: ["apache2.0"],
      },
      {
        id: "mit",
        name: "MIT License",
        spdx: "MIT",
        commercial: "yes",
        condition: { en: "Keep the notice." },
        aliases: [],
      },
    ],
    models: [
      model("qwen3", {
        name: "Qwen3",
        org: "Alibaba",
        released: "2025-04",
        availability: "open-weights",
        sizes: { label: "0.6~235B", params: [6e8, 2.35e11], range: true },
        license: "apache-2.0",
        links: [hf("Qwen/qwen3-67dd247413f0e2e4f653967f", "collection")],
      }),
      model("deepseek-v3", {
        name: "DeepSeek-V3",
        released: "2024-12",
        availability: "open-weights",
        sizes: { label: "671B", params: [6.71e11], active: 3.7e10 },
        license: "mit",
        links: [
          { rel: "code", url: "https://github.com/deepseek-ai/DeepSeek-V3" },
          hf("deepseek-ai/DeepSeek-V3"),
        ],
        tags: ["moe"],
        training: { pretraining: "14.8T", tokens: 1.48e13, finetuning: "sft, RL" },
      }),
      model("a-b-model", {
        name: "A | B model",
        org: "Lab",
        released: "2024-12",
        status: "archived",
        availability: "open-weights",
        links: [hf("lab/a-b"), { ...hf("lab/a-b-long-1", "collection"), label: "long context available" }],
        base_models: ["qwen3"],
        training: { pretraining: "Qwen3" },
        notes: { en: "closed now" },
        tags: ["moe", "long-context"],
      }),
      model("medswallow", {
        name: "MedSwallow",
        released: "2024-06",
        sections: ["medical"],
        availability: "open-weights",
        sizes: { label: "70B", params: [7e10] },
        links: [
          hf("AIgroup-CVM-utokyohospital/MedSwallow-70b"),
          { rel: "paper", url: "https://arxiv.org/abs/2310.10083", label: "paper" },
        ],
        languages: ["ja"],
        scores: [{ benchmark: "igakuqa", value: 0.61 }, { benchmark: "medqa" }],
        notes: { en: "evaluated on three private clinical suites" },
        medical: { specialty: ["general medicine"], modality: ["text"] },
      }),
      model("med-palm2", {
        name: "Med-PaLM2",
        org: "Google",
        released: "2023-05",
        sections: ["medical"],
        availability: "closed",
        sizes: { label: "340B", params: [3.4e11] },
        links: [{ rel: "paper", url: "https://arxiv.org/abs/2305.09617" }],
        tags: ["multimodal"],
        medical: { specialty: ["general medicine"], modality: ["text"] },
      }),
    ],
    benchmarks: [
      {
        id: "medqa",
        name: "MedQA",
        status: "listed",
        links: [{ rel: "code", url: "https://github.com/jind11/MedQA" }],
        tags: [],
        provenance: [],
        corrections: [],
        sections: ["datasets"],
        group: "Only Text",
        subgroup: "Representative medical benchmarks",
        tasks: ["qa"],
        languages: [],
        modality: ["text"],
        size: [],
        source_type: [],
        leaderboards: [],
      },
      // A benchmark only named in a score: in no section, so not a bullet of its own.
      { id: "igakuqa", ...Benchmark.parse({ name: "IgakuQA" }) },
    ],
    datasets: [
      {
        id: "mtb",
        name: "MTB",
        status: "listed",
        links: [],
        tags: [],
        notes: { en: "chopped text and images from 4721 textbooks" },
        provenance: [],
        corrections: [],
        sections: ["datasets"],
        group: "Image + Text",
        tasks: [],
        languages: [],
        modality: ["text", "image"],
        size: [{ value: 4721, unit: "textbooks" }],
        source_type: ["textbook"],
        leaderboards: [],
      },
    ],
    leaderboards: [
      {
        id: "open-medical-llm-leaderboard",
        name: "Open Medical LLM leaderboard",
        status: "listed",
        links: [
          { rel: "blog", url: "https://huggingface.co/blog/leaderboard-medicalllm" },
          {
            rel: "demo",
            url: "https://huggingface.co/spaces/openlifescienceai/open_medical_llm_leaderboard",
            hf: { type: "space", id: "openlifescienceai/open_medical_llm_leaderboard" },
            label: "leaderboard",
          },
        ],
        tags: [],
        provenance: [],
        corrections: [],
        sections: ["benchmarks"],
        benchmarks: [],
      },
    ],
    news: [
      {
        id: "2025-04-qwen3",
        date: "2025-04",
        text: { ja: "Qwen3がリリースされました！", en: "Qwen3 was released!" },
        models: ["qwen3"],
        links: [],
        highlight: true,
        provenance: [],
        corrections: [],
      },
      {
        id: "2024-12-deepseek-v3-weights-are-out",
        date: "2024-12",
        text: { en: "DeepSeek-V3 weights are out" },
        models: ["deepseek-v3"],
        links: [{ rel: "code", url: "https://github.com/deepseek-ai/DeepSeek-V3", label: "weights" }],
        highlight: false,
        provenance: [],
        corrections: [],
      },
    ],
  };
}
