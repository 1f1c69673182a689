import { describe, expect, it } from "vitest";
import { negotiateLang, pickText } from "./lang.js";

describe("negotiateLang", () => {
  it.each([
    ["ja-JP,ja;q=0.9,en;q=0.8", "ja"],
    ["en-US,en;q=0.9,ja;q=0.8", "en"],
    ["fr-FR, ja;q=0.5, en;q=0.4", "ja"],
    ["en;q=0.2, ja;q=0.7", "ja"],
    ["ja;q=0, en", "en"],
    ["de", "en"],
    ["", "en"],
    [undefined, "en"],
    ["garbage;;q=x,", "en"],
  ])("%j → %s", (header, lang) => {
    expect(negotiateLang(header)).toBe(lang);
  });
});

describe("pickText", () => {
  it("prefers the language, falls back to the other", () => {
    expect(pickText({ ja: "日本語", en: "English" }, "ja")).toBe("日本語");
    expect(pickText({ en: "English" }, "ja")).toBe("English");
    expect(pickText({ ja: "日本語" }, "en")).toBe("日本語");
    expect(pickText(undefined, "en")).toBeUndefined();
  });
});
