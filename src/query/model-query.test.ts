import { describe, expect, it } from "vitest";
import { UsageError } from "../core/index.js";
import { didYouMean } from "./did-you-mean.js";
import { modelQueryParameters, parseModelQuery, type Vocabulary } from "./model-query.js";
import { parseParamCount } from "./param-count.js";

const vocabulary: Vocabulary = {
  section: ["general", "japanese", "medical", "slm"],
  lang: ["en", "ja"],
  license: ["apache-2.0", "llama3"],
  org: ["東工大", "Meta", "Stanford, CRFM"],
  tag: ["moe"],
  base: ["llama3", "qwen3"],
};

function usageError(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error("expected a UsageError");
}

describe("parseModelQuery", () => {
  it("parses lists (repeated or comma-separated), counts, dates, booleans and paging", () => {
    expect(
      parseModelQuery(
        {
          section: ["medical", "japanese,slm"],
          lang: "JA",
          min_params: "500M",
          max_params: "7.5b",
          params_basis: "active",
          since: "2024-01",
          hf: "false",
          sort: "-params",
          limit: "20",
          offset: "40",
          q: "  医療  ",
          org: "東工大",
          kind: "models,benchmarks",
          year: "2024,2025",
        },
        { vocabulary },
      ),
    ).toEqual({
      section: ["medical", "japanese", "slm"],
      lang: ["ja"],
      min_params: 5e8,
      max_params: 7.5e9,
      params_basis: "active",
      since: "2024-01",
      hf: false,
      sort: "-params",
      limit: 20,
      offset: 40,
      q: "医療",
      org: ["東工大"],
      kind: ["models", "benchmarks"],
      year: [2024, 2025],
    });
  });

  it("takes a known value that holds a comma whole, and splits the rest", () => {
    const parse = (org: string[]) => parseModelQuery({ org }, { vocabulary }).org;
    expect(parse(["Stanford, CRFM"])).toEqual(["Stanford, CRFM"]);
    expect(parse(["stanford, crfm "])).toEqual(["Stanford, CRFM"]);
    expect(parse(["Meta,東工大", "Stanford, CRFM"])).toEqual(["Meta", "東工大", "Stanford, CRFM"]);
    expect(() => parse(["Meta, Stanford, CRFM"])).toThrow(/org: unknown value "Stanford"/);
  });

  it("names the parameter, the valid values and the closest match", () => {
    const e = usageError(() => parseModelQuery({ section: "medicl" }, { vocabulary }));
    expect(e.message).toBe('section: unknown value "medicl" (did you mean "medical"?)');
    expect(e.parameter).toBe("section");
    expect(e.valid).toEqual(vocabulary.section);
    expect(usageError(() => parseModelQuery({ status: "archive" })).message).toBe(
      'status: unknown value "archive" (did you mean "archived"?)',
    );
    expect(usageError(() => parseModelQuery({ sectoin: "x" })).message).toBe(
      'unknown parameter "sectoin" (did you mean section?)',
    );
    expect(usageError(() => parseModelQuery({ min_params: "big" })).message).toMatch(
      /^min_params: "big" is not a parameter count/,
    );
    expect(usageError(() => parseModelQuery({ since: "2024/01" })).parameter).toBe("since");
    expect(usageError(() => parseModelQuery({ limit: "0" })).parameter).toBe("limit");
    expect(usageError(() => parseModelQuery({ min_params: "10B", max_params: "1B" })).parameter).toBe(
      "min_params",
    );
    expect(usageError(() => parseModelQuery({ sort: ["name", "-name"] })).message).toBe(
      "sort takes one value, got 2",
    );
  });

  it("accepts free-form values without a vocabulary, and skips parameters the caller handles", () => {
    expect(parseModelQuery({ section: "anything", format: "html" }, { ignore: ["format"] })).toEqual({
      section: ["anything"],
    });
  });

  it("summarises long lists instead of printing them", () => {
    const many = { ...vocabulary, base: Array.from({ length: 100 }, (_, i) => `model-${i}`) };
    const e = usageError(() => parseModelQuery({ base: "modle-1" }, { vocabulary: many }));
    expect(e.message).toContain("(100 known values)");
    expect(e.valid).toEqual([]);
  });

  it("lists its parameters", () => {
    expect(modelQueryParameters()).toContain("min_params");
  });
});

describe("parseParamCount and didYouMean", () => {
  it.each([
    ["1B", 1e9],
    ["500M", 5e8],
    ["1.5t", 1.5e12],
    ["７Ｂ", 7e9],
    ["1000", 1000],
  ])("%s", (text, value) => {
    expect(parseParamCount(text, "min_params")).toBe(value);
  });

  it("suggests near values, best first", () => {
    expect(didYouMean("japanes", ["general", "japanese", "medical"])).toEqual(["japanese"]);
    expect(didYouMean("zzz", ["general"])).toEqual([]);
  });
});
