import { describe, expect, it } from "vitest";
import { familyName } from "./family-name.js";

describe("familyName", () => {
  it.each([
    ["Qwen3-8B", "Qwen3", ["8B"], false],
    ["Qwen3-30B-A3B-Instruct-2507-FP8", "Qwen3", ["30B"], true],
    ["Llama-3.1-Swallow-8B-Instruct-v0.3", "Llama-3.1-Swallow-v0.3", ["8B"], false],
    ["Mixtral-8x7B-Instruct-v0.1", "Mixtral-v0.1", ["8X7B"], false],
    ["llm-jp-3-13b-instruct", "llm-jp-3", ["13B"], false],
    ["gemma-2-9b-it-GGUF", "gemma-2", ["9B"], true],
    ["sarashina2.2-3b-instruct-v0.1-AWQ", "sarashina2.2-v0.1", ["3B"], true],
    ["Phi-4-mini-instruct-20250301", "Phi-4-mini", [], false],
  ])("%s → %s", (name, family, sizes, quantized) => {
    const parsed = familyName(name);
    expect(parsed.family).toBe(family);
    expect(parsed.sizes).toEqual(sizes);
    expect(parsed.quantized).toBe(quantized);
  });

  it("never strips the first token, so a name made only of a size stays itself", () => {
    expect(familyName("7B").family).toBe("7B");
  });
});
