import { describe, expect, it } from "vitest";
import { codeWords } from "./code-labels.js";

describe("codeWords", () => {
  it("gives the pages' words for codes in both languages, and nothing for codes without a label", () => {
    expect(codeWords("task", ["mcq", "vqa"])).toEqual([
      "multiple choice",
      "visual QA",
      "多肢選択",
      "画像の質問応答",
    ]);
    expect(codeWords("modality", ["ehr"])).toEqual(["EHR", "電子カルテ"]);
    expect(codeWords("task", ["brand-new-task", "constructor", "__proto__"])).toEqual([]);
    expect(codeWords("source", [])).toEqual([]);
  });
});
