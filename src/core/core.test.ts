import { describe, expect, it } from "vitest";
import { formatListDate, parseListDate } from "./parse-date.js";
import { hfUrl, parseHfUrl } from "./parse-hf-url.js";
import { slugify, uniqueId } from "./slugify.js";

describe("parseListDate", () => {
  it.each([
    ["2025.4", "2025-04"],
    ["2024.12", "2024-12"],
    ["2025.04", "2025-04"],
    ["2025/4", "2025-04"],
    ["2025-04-17", "2025-04-17"],
    ["２０２５．４", "2025-04"],
  ])("%s → %s", (text, expected) => expect(parseListDate(text)).toBe(expected));
  it.each(["", "2025", "2025.13", "soon", "2025.4.40"])("rejects %j", (text) => {
    expect(parseListDate(text)).toBeUndefined();
  });
  it("formats back", () => expect(formatListDate("2025-04")).toBe("2025.4"));
});

describe("parseHfUrl", () => {
  it.each([
    ["https://huggingface.co/Qwen/QwQ-32B-Preview", { type: "model", id: "Qwen/QwQ-32B-Preview" }],
    ["https://huggingface.co/miqudev/miqu-1-70b/tree/main", { type: "model", id: "miqudev/miqu-1-70b" }],
    [
      "https://huggingface.co/collections/Qwen/qwen3-67dd247413f0e2e4f653967f",
      { type: "collection", id: "Qwen/qwen3-67dd247413f0e2e4f653967f" },
    ],
    ["https://huggingface.co/tokyotech-llm", { type: "org", id: "tokyotech-llm" }],
    [
      "https://huggingface.co/datasets/ncbi/MedCalc-Bench-v1.0",
      { type: "dataset", id: "ncbi/MedCalc-Bench-v1.0" },
    ],
    [
      "https://huggingface.co/spaces/openlifescienceai/open_medical_llm_leaderboard",
      { type: "space", id: "openlifescienceai/open_medical_llm_leaderboard" },
    ],
    ["microsoft/Phi-3-medium-128k-instruct", { type: "model", id: "microsoft/Phi-3-medium-128k-instruct" }],
  ])("%s", (url, expected) => expect(parseHfUrl(url)).toEqual(expected));
  it.each([
    "https://arxiv.org/abs/2404.14219",
    "https://huggingface.co/blog/leaderboard-medicalllm",
    "",
    "not a url",
  ])("rejects %j", (url) => expect(parseHfUrl(url)).toBeUndefined());
  it("builds URLs back", () => {
    expect(hfUrl({ type: "dataset", id: "a/b" })).toBe("https://huggingface.co/datasets/a/b");
  });
});

describe("slugify", () => {
  it.each([
    ["Qwen 2.5 (Alibaba)", "qwen-2.5-alibaba"],
    ["Command-R+(Cohere)", "command-r-plus-cohere"],
    ["LLaVA-Med++", "llava-med-plus-plus"],
    ["Llama-3.3-Swallow-70B-Instruct-v0.4", "llama-3.3-swallow-70b-instruct-v0.4"],
  ])("%s → %s", (name, id) => expect(slugify(name)).toBe(id));
  it("falls back to hex for names without ASCII", () => expect(slugify("医療")).toMatch(/^x-[0-9a-f]+$/));
  it("finds a free id", () => expect(uniqueId("a", new Set(["a", "a-2"]))).toBe("a-3"));
});
