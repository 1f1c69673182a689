/** A repo name split into the family it belongs to and what makes it one variant of that family. */
export interface FamilyName {
  /** The name with sizes, variants, formats and dates stripped, e.g. `Qwen3` for `Qwen3-8B-Instruct-GGUF`. */
  family: string;
  /** Size labels found in the name (`8B`, `0.5B`, `8x7B`). */
  sizes: string[];
  /** Stripped tokens other than sizes (`Instruct`, `GGUF`, `2507`). */
  variants: string[];
  /** True when the name marks a quantised or converted copy (GGUF, AWQ, GPTQ, FP8, MLX…). */
  quantized: boolean;
}

const SIZE = /^(\d+x)?\d+(\.\d+)?[bmk]$/i;
const ACTIVE = /^a\d+(\.\d+)?b$/i;
const DATE = /^(\d{4}|\d{6}|\d{8})$/;
const VARIANT = new Set(
  [
    "instruct",
    "chat",
    "base",
    "it",
    "sft",
    "dpo",
    "rlhf",
    "hf",
    "thinking",
    "think",
    "reasoning",
    "pretrained",
  ].map((s) => s.toLowerCase()),
);
const QUANT =
  /^(gguf|ggml|awq|gptq|exl2|mlx|onnx|fp8|fp16|bf16|int4|int8|nf4|bnb|4bit|8bit|w4a16|w8a8|w8a16|dynamic|q\d(_k)?(_[msl])?|q\d_\d)$/i;

/**
 * Groups sizes and variants of one release into a family by stripping, from every token after the
 * first: sizes (`-7B`, `-8x7B`, `-A3B`), variants (`-Instruct`, `-Chat`, `-Base`), formats and
 * quantisations (`-GGUF`, `-AWQ`, `-FP8`, `-4bit`) and dates (`-2507`, `-20240101`). Versions such as
 * `-v0.3` stay: a new version is news.
 *
 * @example familyName("Qwen3-30B-A3B-Instruct-2507-FP8") // { family: "Qwen3", sizes: ["30B"], … }
 */
export function familyName(repoName: string): FamilyName {
  const tokens = repoName.split(/[-_]/).filter(Boolean);
  const kept: string[] = [];
  const sizes: string[] = [];
  const variants: string[] = [];
  let quantized = false;
  for (const [index, token] of tokens.entries()) {
    if (index === 0) kept.push(token);
    else if (SIZE.test(token)) sizes.push(token.toUpperCase());
    else if (QUANT.test(token)) {
      quantized = true;
      variants.push(token);
    } else if (ACTIVE.test(token) || DATE.test(token) || VARIANT.has(token.toLowerCase()))
      variants.push(token);
    else kept.push(token);
  }
  return { family: kept.join("-"), sizes, variants, quantized };
}
