import type { Availability, CommercialUse } from "../core/index.js";
import { SIZE_BUCKETS } from "../query/index.js";
import type { Lang } from "./lang.js";
import type { Messages } from "./messages.js";

/**
 * A parameter count in the list's notation.
 *
 * @example formatParams(7.5e9) // "7.5B"; formatParams(6e8) // "600M"
 */
export function formatParams(n: number): string {
  const units: [number, string][] = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (const [scale, unit] of units) {
    if (n >= scale) return `${trim(n / scale)}${unit}`;
  }
  return String(n);
}

/** Only http(s) URLs and site paths become links; anything else (`javascript:`, `data:`) stays text. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const u = url.trim();
  if (/^https?:\/\/[^\s]+$/i.test(u)) return u;
  if (/^\/(?!\/)[^\s]*$/.test(u)) return u;
  return undefined;
}

export function commercialLabel(t: Messages, value: CommercialUse): string {
  return t[`commercial_${value}`];
}

/**
 * The languages catalogues of LLMs name most, as Intl.DisplayNames names them (a test keeps the two in
 * step): Intl's first use costs a process ~25 ms of ICU loading, a tenth of a static build.
 */
export const COMMON_LANGUAGE_NAMES: Record<Lang, Record<string, string>> = {
  en: {
    en: "English",
    ja: "Japanese",
    zh: "Chinese",
    ko: "Korean",
    fr: "French",
    de: "German",
    es: "Spanish",
    it: "Italian",
    pt: "Portuguese",
    ru: "Russian",
    ar: "Arabic",
    hi: "Hindi",
    vi: "Vietnamese",
    th: "Thai",
    id: "Indonesian",
  },
  ja: {
    en: "英語",
    ja: "日本語",
    zh: "中国語",
    ko: "韓国語",
    fr: "フランス語",
    de: "ドイツ語",
    es: "スペイン語",
    it: "イタリア語",
    pt: "ポルトガル語",
    ru: "ロシア語",
    ar: "アラビア語",
    hi: "ヒンディー語",
    vi: "ベトナム語",
    th: "タイ語",
    id: "インドネシア語",
  },
};

const LANGUAGE_NAMES = new Map<string, Intl.DisplayNames>();

/**
 * A language code as its name in the UI language (`ja` → "Japanese" / "日本語"); a code Intl does not
 * know, or one that is not a language tag at all, stays as it is.
 */
export function languageName(code: string, uiLang: Lang): string {
  const common = COMMON_LANGUAGE_NAMES[uiLang][code];
  if (common !== undefined || !code) return common ?? code;
  let names = LANGUAGE_NAMES.get(uiLang);
  if (!names) {
    names = new Intl.DisplayNames([uiLang], { type: "language", fallback: "code" });
    LANGUAGE_NAMES.set(uiLang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Size bucket ids (`4b-10b`) as readers see them (`4B – 10B`). */
export function sizeBucketLabels(t: Messages): Record<string, string> {
  return { ...Object.fromEntries(SIZE_BUCKETS.map((b) => [b.id, b.label])), unknown: t.f_unknown };
}

export function availabilityLabel(t: Messages, value: Availability): string {
  return t[`availability_${value}`];
}

/** A value of any shape as short text (corrections record arbitrary `from`/`to`). */
export function showValue(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? "";
}

function trim(x: number): string {
  return x >= 100 ? String(Math.round(x)) : String(Number(x.toPrecision(3)));
}
