import { describe, expect, it } from "vitest";
import type { Section } from "../core/index.js";
import { sectionsMatching, sectionTitles } from "./section-titles.js";

const section = (id: string, en: string, ja?: string): Section => ({
  id,
  kind: "models",
  title: ja ? { en, ja } : { en },
  aliases: [],
  columns: [],
  see_also: [],
  notes: [],
});

describe("section titles", () => {
  const titles = sectionTitles([
    section("medical", "Medical adaptation", "医療特化モデル"),
    section("slm", "Small language models (SLM)", "小規模言語モデル"),
    section("general", "ＥＮＧＬＩＳＨ-centric"),
  ]);

  it("matches a term against both languages' titles in search normal form", () => {
    expect(sectionsMatching("医療", titles)).toEqual(["medical"]);
    expect(sectionsMatching("モデル", titles)).toEqual(["medical", "slm"]);
    expect(sectionsMatching("slm", titles)).toEqual(["slm"]);
    expect(sectionsMatching("english", titles)).toEqual(["general"]);
    expect(sectionsMatching("llama", titles)).toEqual([]);
  });

  it("keeps each title as written for showing what matched", () => {
    expect(titles.get("medical")).toEqual([
      { text: "医療特化モデル", folded: "医療特化モデル" },
      { text: "Medical adaptation", folded: "medical adaptation" },
    ]);
  });
});
