import { describe, expect, it } from "vitest";
import { Section } from "../core/index.js";
import { importList } from "./import-list.js";

const SECTIONS: Section[] = [Section.parse({ id: "general", kind: "models", title: { en: "General" } })];
const LIST = `**NEWS**
- 🔥2025.4 Qwenix3がリリースされました！
- 2025.3 A lab released a [13B model](https://huggingface.co/lab/lab-13b).
- 2025.3 A lab released a [13B model](https://huggingface.co/lab/lab-13b).

## General

| When? | Name | HF? | Size | License | pretraining | finetuning | misc. |
|---|---|---|---|---|---|---|---|
|2025.4| [Qwenix3]() | | 7B | | | | |
|2025.3| [Lab-13B]() | [HF](https://huggingface.co/lab/lab-13b) | 13B | | | | |
|2023.1| [Qwenix]() | | 7B | | | | |
`;

describe("news", () => {
  const { catalog } = importList(LIST, { source: "t.md", licenses: [], sections: SECTIONS });

  it("links models by the longest name mentioned and by HF link; ids are unique", () => {
    expect(catalog.news.map((n) => [n.id, n.models])).toEqual([
      ["2025-04-qwenix3", ["qwenix3"]],
      ["2025-03-a-lab-released-a-13b-model", ["lab-13b"]],
      ["2025-03-a-lab-released-a-13b-model-2", ["lab-13b"]],
    ]);
    expect(catalog.news[0]).toMatchObject({
      date: "2025-04",
      highlight: true,
      text: { ja: "Qwenix3がリリースされました！" },
    });
    expect(catalog.news[1]!.text).toEqual({ en: "A lab released a 13B model." });
  });
});
