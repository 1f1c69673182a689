import { describe, expect, it } from "vitest";
import { extractResourceFacts } from "./extract-resource-facts.js";

const facts = (name: string, description = "", group?: string, urls?: string[]) =>
  extractResourceFacts({ name, description, ...(group ? { group } : {}), ...(urls ? { urls } : {}) });

describe("extractResourceFacts on phrases of our own making", () => {
  it("reads sizes with their units and ignores numbers inside names", () => {
    expect(facts("Alpha", "1,204 question-answer pairs over 88 CT images").size).toEqual([
      { value: 1204, unit: "qa-pairs" },
      { value: 88, unit: "images" },
    ]);
    expect(facts("Beta", "2.5K image-caption pairs").size).toEqual([
      { value: 2500, unit: "image-caption-pairs" },
    ]);
    expect(facts("Gamma", "ICD-10 codes and GPT-4 answers for MIMIC-IV notes").size).toEqual([]);
    expect(facts("Delta", "12 + 3").size).toEqual([
      { value: 12, unit: "unspecified" },
      { value: 3, unit: "unspecified" },
    ]);
    // A number followed by a word that is no unit is not a size.
    expect(facts("Epsilon", "published in 2023 by a hospital").size).toEqual([]);
  });

  it("reads task formats from the name and description", () => {
    expect(facts("FooMCQA").tasks).toEqual(["mcq"]);
    expect(facts("Bar", "multiple-choice questions from a licensing exam").tasks).toEqual(["mcq"]);
    expect(facts("BazVQA").tasks).toEqual(["vqa"]);
    expect(facts("Qux", "questions about chest images").tasks).toEqual(["vqa"]);
    expect(facts("Long", "answer questions about a case from a long document").tasks).toEqual([
      "long-document-qa",
    ]);
    expect(facts("Open", "open-ended Q&A about drugs").tasks).toEqual(["open-qa"]);
    expect(facts("Sum", "summarizing clinic letters").tasks).toEqual(["summarization"]);
    expect(facts("Ent", "premise and a hypothesis pairs").tasks).toEqual(["nli"]);
    expect(facts("DoseCalc").tasks).toEqual(["calculation"]);
    expect(facts("Coder", "ICD-10 codes for notes").tasks).toEqual(["coding"]);
    expect(facts("Truth", "", undefined, ["https://github.com/x/Drug-Fact-Checking"]).tasks).toEqual([
      "fact-checking",
    ]);
    expect(facts("Plain", "a corpus of notes").tasks).toEqual([]);
  });

  it("reads languages, modality and source only where stated", () => {
    const f = facts("Duo", "bilingual (English&Japanese) questions from the national exam", "Only Text");
    expect(f.languages).toEqual(["en", "ja"]);
    expect(f.modality).toEqual(["text"]);
    expect(f.source_type).toEqual(["exam"]);
    expect(facts("Waves", "ECG recordings with reports", "Image + Text").modality).toEqual([
      "text",
      "image",
      "ecg",
    ]);
    expect(facts("Rec", "drawn from the EHRs of a clinic").source_type).toEqual(["ehr"]);
    expect(facts("Made", "synthetic conversations").source_type).toEqual(["synthetic"]);
    expect(facts("Style", "500 USMLE-style QA").source_type).toEqual([]);
    expect(facts("Cited", "500 samples, used in a famous paper").source_type).toEqual([]);
    expect(facts("Nothing")).toEqual({ tasks: [], languages: [], modality: [], size: [], source_type: [] });
  });
});

describe("extractResourceFacts on the seed list's phrases", () => {
  it("VQA-RAD: 3515 question–answer pairs on 315 radiology images", () => {
    expect(facts("VQA-RAD", "3515 question–answer pairs on 315 radiology images.", "Image + Text")).toEqual({
      tasks: ["vqa"],
      languages: [],
      modality: ["text", "image"],
      size: [
        { value: 3515, unit: "qa-pairs" },
        { value: 315, unit: "images" },
      ],
      source_type: [],
    });
  });

  it("SLAKE: bilingual, 642 images and 14,028 question-answer pairs", () => {
    const f = facts(
      "SLAKE",
      "bilingual dataset (English&Chinese) consisting of 642 images and 14,028 question-answer pairs",
      "Image + Text",
    );
    expect(f.languages).toEqual(["en", "zh"]);
    expect(f.tasks).toEqual(["vqa"]);
    expect(f.size).toEqual([
      { value: 642, unit: "images" },
      { value: 14028, unit: "qa-pairs" },
    ]);
  });

  it.each([
    ["HealthsearchQA", "3173 samples, used in MedPaLM paper", [{ value: 3173, unit: "samples" }]],
    [
      "LiveQA",
      "634+10, used in MedPaLM paper",
      [
        { value: 634, unit: "unspecified" },
        { value: 10, unit: "unspecified" },
      ],
    ],
    ["PMC-OA", "1.6M image-caption pairs", [{ value: 1.6e6, unit: "image-caption-pairs" }]],
    [
      "MTB",
      "chopped cleaned text and images collected from 4721 textbooks.",
      [{ value: 4721, unit: "textbooks" }],
    ],
    ["Visual USMLE", "618 USMLE-style QA", [{ value: 618, unit: "questions" }]],
    [
      "LongHealth",
      "20 patient records, answer questions about them from a long document.",
      [{ value: 20, unit: "patient-records" }],
    ],
    ["ClinicBench", "17 comprehensive benchmarks.", [{ value: 17, unit: "benchmarks" }]],
    ["MeDiSumCode", "ICD-10 codes", []],
  ])("%s: %s", (name, description, size) => {
    expect(facts(name, description).size).toEqual(size);
  });

  it("reads the seed's task, source and modality words", () => {
    expect(facts("MedMCQA").tasks).toEqual(["mcq"]);
    expect(facts("MedQA (USMLE)").source_type).toEqual(["exam"]);
    expect(facts("PubMedQA").source_type).toEqual(["literature"]);
    expect(
      facts("MedNLI", "MIMIC-III dataset, logical relationship between a premise and a hypothesis"),
    ).toMatchObject({
      tasks: ["nli"],
      source_type: ["ehr"],
    });
    expect(facts("MeQSum", "summarizing health queries").tasks).toEqual(["summarization"]);
    expect(
      facts("LongHealth", "20 patient records, answer questions about them from a long document.").tasks,
    ).toEqual(["long-document-qa"]);
    expect(facts("EquityMedQA", "Open-ended Q&A for equity and bias mitigation.").tasks).toEqual(["open-qa"]);
    expect(facts("MedCalcBench").tasks).toEqual(["calculation"]);
    expect(facts("HeadQA", "Spanish healthcare system").languages).toEqual(["es"]);
    expect(
      facts("MIMIC-IV", "Sourced from the EHRs of the Beth Israel Deaconess Medical Center."),
    ).toMatchObject({
      modality: ["ehr"],
      source_type: ["ehr"],
    });
    expect(facts("MIMIC-ECG-IV", "ECG-caption dataset", "Image + Text").modality).toContain("ecg");
    expect(facts("synthetic-medical-conversations-deepseek-v3").source_type).toEqual(["synthetic"]);
    expect(
      facts("PubHealth", "", "Only Text", ["https://github.com/neemakot/Health-Fact-Checking"]).tasks,
    ).toEqual(["fact-checking"]);
  });
});
