import { describe, expect, it } from "vitest";
import { HubModelInfo, knownCreatedAt, toModelFacts } from "./hub-model-info.js";

const at = "2026-11-26T06:00:00.000Z";

describe("toModelFacts", () => {
  it("types base_model tags by relation, keeping the relation over a bare tag and adding card bases", () => {
    const info = HubModelInfo.parse({
      id: "x/merged",
      tags: [
        "base_model:a/one",
        "base_model:merge:a/one",
        "base_model:merge:b/two",
        "base_model:adapter:c/three",
        "base_model:quantized:d/four",
        "base_model:finetune:e/five",
        "license:other",
      ],
      cardData: { license: "other", license_name: "qwen-research", base_model: ["a/one", "f/six"] },
    });
    const facts = toModelFacts(info, at);
    expect(facts.base_models).toEqual([
      { repo: "a/one", relation: "merge" },
      { repo: "b/two", relation: "merge" },
      { repo: "c/three", relation: "adapter" },
      { repo: "d/four", relation: "quantized" },
      { repo: "e/five", relation: "finetune" },
      { repo: "f/six", relation: "unknown" },
    ]);
    expect(facts).toMatchObject({
      license: "other",
      card_license: ["other"],
      card_license_name: "qwen-research",
    });
  });

  it("tolerates unknown wire fields and missing optional ones", () => {
    const info = HubModelInfo.parse({ id: "x/y", trendingScore: 3, spaces: ["a/b"] });
    expect(toModelFacts(info, at)).toMatchObject({ repo: "x/y", status: "ok", base_models: [], tags: [] });
  });

  it("rejects a reply whose fields have the wrong type", () => {
    expect(HubModelInfo.safeParse({ id: "x/y", downloads: "many" }).success).toBe(false);
    expect(HubModelInfo.safeParse({ id: "x/y", gated: "sometimes" }).success).toBe(false);
  });
});

describe("knownCreatedAt", () => {
  it("treats the Hub's backfilled 2022-03-02T23:29:0x timestamp as unknown", () => {
    expect(knownCreatedAt("2022-03-02T23:29:04.000Z")).toBeUndefined();
    expect(knownCreatedAt("2022-03-02T23:29:05.000Z")).toBeUndefined();
    expect(knownCreatedAt("2022-03-02T23:30:00.000Z")).toBe("2022-03-02T23:30:00.000Z");
    expect(knownCreatedAt(undefined)).toBeUndefined();
  });
});
