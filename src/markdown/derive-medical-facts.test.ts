import { describe, expect, it } from "vitest";
import { Dataset, type License, type Model, type WithId } from "../core/index.js";
import { deriveMedicalFacts } from "./derive-medical-facts.js";

const model = (over: Partial<WithId<Model>>): WithId<Model> => ({
  id: "m",
  name: "M",
  status: "listed",
  links: [],
  tags: [],
  provenance: [],
  corrections: [],
  sections: ["medical"],
  availability: "unknown",
  base_models: [],
  languages: [],
  scores: [],
  ...over,
});
const imageSet: WithId<Dataset> = {
  id: "scans",
  ...Dataset.parse({ name: "Scans", tasks: ["vqa"], modality: ["text", "image"] }),
};
const licenses: WithId<License>[] = [
  {
    id: "nc",
    name: "NC",
    commercial: "no",
    condition: { en: "Non-commercial research use only." },
    aliases: [],
  },
  { id: "ok", name: "OK", commercial: "yes", condition: { en: "Free." }, aliases: [] },
];
const resources = new Map([[imageSet.id, imageSet]]);

describe("deriveMedicalFacts", () => {
  it("is undefined outside the medical section", () => {
    expect(deriveMedicalFacts(model({ sections: ["general"] }), resources, licenses)).toBeUndefined();
  });

  it("reads a stated specialty, else general medicine", () => {
    const pharma = model({ training: { finetuning: "pharma corpus" } });
    expect(deriveMedicalFacts(pharma, resources, licenses)?.specialty).toEqual(["pharmacy"]);
    expect(deriveMedicalFacts(model({}), resources, licenses)?.specialty).toEqual(["general medicine"]);
  });

  it("adds a modality from the row's words or from the benchmarks it is evaluated on", () => {
    expect(
      deriveMedicalFacts(model({ scores: [{ benchmark: "scans" }] }), resources, licenses)?.modality,
    ).toEqual(["text", "image"]);
    const raw = model({ provenance: [{ source: "x", line: 1, raw: ["video and ECG"] }] });
    expect(deriveMedicalFacts(raw, resources, licenses)?.modality).toEqual(["text", "video", "ecg"]);
  });

  it("takes use restrictions from the licence registry and the row", () => {
    expect(deriveMedicalFacts(model({ license: "nc" }), resources, licenses)?.use_restrictions).toEqual([
      "non-commercial",
      "research-only",
    ]);
    expect(
      deriveMedicalFacts(model({ license: "ok" }), resources, licenses)?.use_restrictions,
    ).toBeUndefined();
    const note = model({ notes: { en: "Not for clinical use." } });
    expect(deriveMedicalFacts(note, resources, licenses)?.use_restrictions).toEqual(["not-for-clinical-use"]);
  });
});
