import type { Sizes } from "./schema.js";

const UNIT: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/**
 * Parses the size notations awesome lists use into parameter counts, keeping the label.
 * Returns undefined when the cell states no size (`-`, `?`, empty, prose).
 *
 * @example parseSizes("0.6~235B") // { label: "0.6~235B", params: [6e8, 2.35e11], range: true }
 * @example parseSizes("8x7B")     // { label: "8x7B", params: [5.6e10], experts: { count: 8, params: 7e9 } }
 */
export function parseSizes(label: string): Sizes | undefined {
  const text = normalize(label);
  if (!text) return undefined;
  const moe = /^(?:MOE)?\(?(\d+(?:\.\d+)?[KMBT])\)?$/.exec(text);
  if (text.startsWith("MOE") && moe) {
    return { label: label.trim(), params: [], active: toNumber(moe[1]!) };
  }
  const experts = matchExperts(text);
  if (experts) {
    const { count, each } = experts;
    return { label: label.trim(), params: [round(count * each)], experts: { count, params: each } };
  }
  const approximate = text.startsWith("~");
  const body = approximate ? text.slice(1) : text;
  const range = /^(\d+(?:\.\d+)?)([KMBT])?~(\d+(?:\.\d+)?)([KMBT])$/.exec(body);
  if (range) {
    const upperUnit = range[4]!;
    const lower = Number(range[1]) * UNIT[range[2] ?? upperUnit]!;
    const upper = Number(range[3]) * UNIT[upperUnit]!;
    return { label: label.trim(), params: [round(lower), round(upper)], range: true };
  }
  const list = parseList(body);
  if (!list) return undefined;
  return { label: label.trim(), params: list, ...(approximate ? { approximate: true } : {}) };
}

/** Reads an active-parameter note such as `MoE(37B)` from free text (the misc column). */
export function parseActiveParams(text: string): number | undefined {
  const match = /MoE\s*\(\s*(?:active\s*)?(\d+(?:\.\d+)?)\s*([KMBT])\s*\)/i.exec(text);
  return match ? round(Number(match[1]) * UNIT[match[2]!.toUpperCase()]!) : undefined;
}

/** Formats a parameter count back to the list's notation: 7e9 → "7B", 1.35e8 → "135M". */
export function formatParams(params: number): string {
  for (const unit of ["T", "B", "M", "K"] as const) {
    const value = params / UNIT[unit]!;
    if (value >= 1) return `${Number(value.toPrecision(4))}${unit}`;
  }
  return String(params);
}

// --- helpers ---

function normalize(label: string): string {
  return label
    .normalize("NFKC")
    .trim()
    .toUpperCase()
    .replace(/\s+/g, "")
    .replace(/[〜～]/g, "~")
    .replace(/×/g, "X")
    .replace(/、/g, ",");
}

/** `8x7B`, and the reversed `2.7Bx4`. */
function matchExperts(text: string): { count: number; each: number } | undefined {
  const countFirst = /^(\d+)X(\d+(?:\.\d+)?)([KMBT])$/.exec(text);
  if (countFirst)
    return { count: Number(countFirst[1]), each: Number(countFirst[2]) * UNIT[countFirst[3]!]! };
  const sizeFirst = /^(\d+(?:\.\d+)?)([KMBT])X(\d+)$/.exec(text);
  if (sizeFirst) return { count: Number(sizeFirst[3]), each: Number(sizeFirst[1]) * UNIT[sizeFirst[2]!]! };
  return undefined;
}

/** `0.5,1.5,3B`, `1B,4B`, `8,70B`, `70B,405B`: a number without unit takes the next unit given. */
function parseList(body: string): number[] | undefined {
  const parts = body.split(",").filter(Boolean);
  if (parts.length === 0) return undefined;
  const parsed = parts.map((p) => /^(\d+(?:\.\d+)?)([KMBT])?$/.exec(p));
  if (parsed.some((m) => !m)) return undefined;
  const values: number[] = [];
  let unit: string | undefined;
  for (let i = parsed.length - 1; i >= 0; i--) {
    const m = parsed[i]!;
    unit = m[2] ?? unit;
    if (!unit) return undefined;
    values.unshift(round(Number(m[1]) * UNIT[unit]!));
  }
  return values;
}

function round(n: number): number {
  return Math.round(n);
}

function toNumber(text: string): number {
  return round(Number(text.slice(0, -1)) * UNIT[text.slice(-1)]!);
}
