import { describe, expect, it } from "vitest";
import { COMMON_LANGUAGE_NAMES, formatParams, languageName, safeUrl } from "./format.js";
import { md } from "./llms-txt.js";

describe("formatParams", () => {
  it.each([
    [7.5e9, "7.5B"],
    [6e8, "600M"],
    [235e9, "235B"],
    [1.2e12, "1.2T"],
    [46.7e9, "46.7B"],
    [135e6, "135M"],
  ])("%d → %s", (n, text) => {
    expect(formatParams(n)).toBe(text);
  });
});

describe("safeUrl", () => {
  it("keeps http(s) URLs and site paths", () => {
    expect(safeUrl("https://huggingface.co/Qwen")).toBe("https://huggingface.co/Qwen");
    expect(safeUrl("/en/models/x")).toBe("/en/models/x");
  });
  it.each([
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "data:text/html,<script>",
    "//evil.example/x",
    "vbscript:x",
    "",
  ])("drops %j", (url) => {
    expect(safeUrl(url)).toBeUndefined();
  });
});

describe("md (inline markdown escaping)", () => {
  it("escapes link syntax, emphasis, HTML and newlines", () => {
    expect(md("[x](javascript:alert(1)) *b* <i>\nnext")).toBe(
      "\\[x\\]\\(javascript:alert\\(1\\)\\) \\*b\\* \\<i\\> next",
    );
  });
});

describe("languageName", () => {
  it("names a language in the UI language", () => {
    expect(languageName("ja", "en")).toBe("Japanese");
    expect(languageName("en", "ja")).toBe("英語");
  });

  it("names the common languages from its table exactly as Intl does, and others through Intl", () => {
    for (const ui of ["en", "ja"] as const) {
      const intl = new Intl.DisplayNames([ui], { type: "language" });
      for (const [code, name] of Object.entries(COMMON_LANGUAGE_NAMES[ui]))
        expect(name, code).toBe(intl.of(code));
    }
    expect(COMMON_LANGUAGE_NAMES.en.tr).toBeUndefined();
    expect(languageName("tr", "en")).toBe("Turkish");
    expect(languageName("tr", "ja")).toBe("トルコ語");
  });

  it("leaves codes it cannot name, or that are not language tags, as they are", () => {
    expect(languageName("qaa", "en")).toBe("qaa");
    expect(languageName("<script>", "en")).toBe("<script>");
    expect(languageName("", "ja")).toBe("");
  });
});
