import { Benchmark, type Catalog, Dataset, type Model, type WithId } from "../../src/core/index.js";
import { fixtureModel } from "./query-fixture.js";
import { fixtureCatalog, HOSTILE } from "./web-fixture.js";

function medicalModel(id: string, fields: Partial<Model> & Pick<Model, "name" | "released">): WithId<Model> {
  return fixtureModel(id, {
    sections: ["medical"],
    provenance: [{ source: "README.md", line: 160, raw: [fields.name] }],
    ...fields,
  });
}

function benchmark(id: string, fields: Partial<Benchmark> & Pick<Benchmark, "name">): WithId<Benchmark> {
  return { id, ...Benchmark.parse(fields) };
}

/**
 * The web fixture plus medical models with specialty, modality, restrictions and scores: an "evaluated on"
 * mark, a value with an https source, a value whose source is a `javascript:` URL (must stay text), and a
 * benchmark and a model with hostile names, a dataset sharing a benchmark's name, and Japanese notes to search.
 */
export function medicalCatalog(): Catalog {
  const c = fixtureCatalog();
  c.benchmarks.push(
    benchmark("igakuqa", {
      name: "IgakuQA",
      tasks: ["mcq"],
      languages: ["ja"],
      modality: ["text"],
      source_type: ["exam"],
      size: [{ value: 2000, unit: "questions" }],
      notes: {
        ja: "医師国家試験の問題から作られた。",
        en: "Built from national medical licensing exam questions.",
      },
    }),
    benchmark("hostile-bench", { name: `${HOSTILE.name}|${HOSTILE.attr}`, tasks: [HOSTILE.attr] }),
  );
  // Listed under the benchmark's name as a dataset too, as MMLU is in the committed catalogue.
  c.datasets.push({ id: "igakuqa-set", ...Dataset.parse({ name: "IgakuQA", languages: ["ja"] }) });
  // Enough entries matching "med" that the catalogue search's links are cut short.
  for (const name of ["MedDialog", "MedNLI", "MedMentions"]) {
    c.datasets.push({ id: name.toLowerCase(), ...Dataset.parse({ name, languages: ["en"] }) });
  }
  c.models.push(
    medicalModel("jmed-alpha", {
      name: "JMed Alpha",
      released: "2025-01",
      sizes: { label: "7B", params: [7e9] },
      languages: ["ja"],
      medical: { specialty: ["general medicine"], modality: ["text"] },
      scores: [
        {
          benchmark: "igakuqa",
          value: 72.5,
          metric: "accuracy",
          setting: "5-shot",
          source: "https://example.org/alpha",
        },
        { benchmark: "medqa" },
      ],
    }),
    medicalModel("jpharma-beta", {
      name: "JPharma Beta",
      released: "2025-02",
      sizes: { label: "70B", params: [70e9] },
      languages: ["ja"],
      license: "cc-by-nc-4.0",
      medical: { specialty: ["pharmacy"], modality: ["text"], use_restrictions: ["non-commercial"] },
      scores: [{ benchmark: "igakuqa" }],
    }),
    medicalModel("vision-med", {
      name: "VisionMed",
      released: "2024-08",
      sizes: { label: "8B", params: [8e9] },
      languages: ["en"],
      medical: {
        specialty: ["general medicine"],
        modality: ["text", "image"],
        use_restrictions: ["research-only"],
      },
      scores: [{ benchmark: "mmmu-med", value: 41, source: HOSTILE.url }],
    }),
    medicalModel("hostile-med", {
      name: HOSTILE.closeScript,
      released: "2024-03",
      languages: ["en"],
      medical: { specialty: ["general medicine"], modality: ["text"], use_restrictions: [HOSTILE.attr] },
      scores: [{ benchmark: "hostile-bench", value: HOSTILE.name, source: HOSTILE.attr }],
    }),
    medicalModel("quiet-med", {
      name: "QuietMed",
      released: "2024-02",
      languages: ["ja"],
      medical: { specialty: ["general medicine"], modality: ["text"] },
    }),
  );
  return c;
}
