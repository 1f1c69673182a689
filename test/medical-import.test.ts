import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../src/catalog/index.js";
import type { Catalog } from "../src/core/index.js";
import { importList } from "../src/markdown/index.js";

const SEED = path.resolve("../shared/seed/000_c3354cf06961a246.txt");
const SOURCE = "000_c3354cf06961a246.txt";

describe.skipIf(!existsSync(SEED))("medical depth of the real seed list", () => {
  if (!existsSync(SEED)) console.warn(`skipping the medical seed test: ${SEED} is missing`);
  let imported: Catalog;
  let committed: Catalog;
  beforeAll(async () => {
    committed = (await loadCatalog("catalog")).catalog;
    const md = readFileSync(SEED, "utf8");
    imported = importList(md, {
      source: SOURCE,
      licenses: committed.licenses,
      sections: committed.sections,
    }).catalog;
  });
  const model = (c: Catalog, id: string) => c.models.find((m) => m.id === id)!;
  const refs = (c: Catalog, id: string) => model(c, id).scores.map((s) => s.benchmark);
  const resource = (c: Catalog, id: string) => [...c.benchmarks, ...c.datasets].find((r) => r.id === id)!;

  it("resolves every medical test cell to benchmark references (by name)", () => {
    for (const c of [imported, committed]) {
      expect(refs(c, "preferred-medllm-qwen-72b")).toEqual(["igakuqa"]);
      expect(refs(c, "jmedlora")).toEqual(["igakuqa"]);
      expect(refs(c, "meditron")).toEqual(["medqa-usmle", "medmcqa", "pubmedqa"]);
      expect(refs(c, "openmeditron")).toEqual(["medqa-usmle"]);
      expect(refs(c, "llava-med")).toEqual(["vqa-rad", "slake", "pathvqa"]);
      expect(refs(c, "med-flamingo")).toEqual(["visual-usmle"]);
      // "11 benchmarks (2D/3D image and video)" names no benchmark: a note, not a reference.
      expect(refs(c, "omniv-med")).toEqual([]);
      expect(model(c, "omniv-med").notes?.en).toMatch(/11 benchmarks/);
      // "[dataset](img/..),[score](img/..)" stays two links.
      expect(refs(c, "meditron-2023-11")).toEqual([]);
      expect(model(c, "meditron-2023-11").links.map((l) => l.label)).toContain("score");
    }
    // Every reference names an entry that exists.
    const ids = new Set([...committed.benchmarks, ...committed.datasets].map((r) => r.id));
    for (const m of committed.models) for (const s of m.scores) expect(ids, `${m.id}`).toContain(s.benchmark);
  });

  it("repairs VAQ-RAD with a correction and keeps stated scores (the list cites no source)", () => {
    expect(model(imported, "llava-med").corrections).toContainEqual(
      expect.objectContaining({ field: "scores", from: "VAQ-RAD", to: "vqa-rad", by: "import" }),
    );
    expect(model(imported, "llama-3.3-swallow-70b-instruct-v0.4").scores).toEqual([
      { benchmark: "jmt-bench", value: 0.772 },
    ]);
    expect(model(imported, "sarashina2.2").scores).toEqual([{ benchmark: "elyza-tasks", value: 3.75 }]);
    // Named only in model rows, these exist as benchmarks all the same.
    for (const id of ["igakuqa", "jmt-bench", "elyza-tasks"]) {
      expect(imported.benchmarks.map((b) => b.id)).toContain(id);
    }
  });

  it("parses the stated facts of benchmark and dataset bullets", () => {
    for (const c of [imported, committed]) {
      expect(resource(c, "vqa-rad")).toMatchObject({
        tasks: ["vqa"],
        size: [
          { value: 3515, unit: "qa-pairs" },
          { value: 315, unit: "images" },
        ],
      });
      expect(resource(c, "slake")).toMatchObject({
        languages: ["en", "zh"],
        size: [
          { value: 642, unit: "images" },
          { value: 14028, unit: "qa-pairs" },
        ],
      });
      expect(resource(c, "pmc-oa").size).toEqual([{ value: 1.6e6, unit: "image-caption-pairs" }]);
      expect(resource(c, "mtb").size).toEqual([{ value: 4721, unit: "textbooks" }]);
      expect(resource(c, "visual-usmle").size).toEqual([{ value: 618, unit: "questions" }]);
      expect(resource(c, "longhealth").tasks).toEqual(["long-document-qa"]);
      expect(resource(c, "clinicbench").size).toEqual([{ value: 17, unit: "benchmarks" }]);
      expect(resource(c, "healthsearchqa").size).toEqual([{ value: 3173, unit: "samples" }]);
      expect(resource(c, "medmcqa").tasks).toEqual(["mcq"]);
      expect(resource(c, "mednli").tasks).toEqual(["nli"]);
      expect(resource(c, "mimic-iv").source_type).toEqual(["ehr"]);
      expect(resource(c, "mimic-ecg-iv").modality).toContain("ecg");
    }
    // Every medical bullet is an entry: 5 benchmark/leaderboard bullets and every dataset bullet.
    expect(imported.leaderboards.map((l) => l.id).sort()).toEqual([
      "mirage-leaderboard",
      "open-medical-llm-leaderboard",
    ]);
    expect(imported.datasets.length).toBeGreaterThanOrEqual(43);
  });

  it("gives medical models specialty, modality and use restrictions from the row and the registry", () => {
    expect(model(imported, "jpharmatron").medical?.specialty).toEqual(["pharmacy"]);
    expect(model(imported, "llava-med").medical?.modality).toEqual(["text", "image"]);
    expect(model(imported, "omniv-med").medical?.modality).toEqual(["text", "image", "video"]);
    expect(model(imported, "medswallow").medical?.use_restrictions).toEqual(["non-commercial"]);
    expect(model(imported, "bimedix").medical?.use_restrictions).toEqual(["non-commercial"]);
    expect(model(imported, "huatuo-o1").medical?.use_restrictions).toBeUndefined();
    expect(model(imported, "llama-3.3-swallow-70b-instruct-v0.4").medical).toBeUndefined();
    expect(model(committed, "medswallow").medical).toEqual(model(imported, "medswallow").medical);
  });
});
