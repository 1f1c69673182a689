/** UI languages. Content shows the entry's variant in this language where it has one. */
export const LANGS = ["ja", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** True when `value` names a UI language. */
export function isLang(value: unknown): value is Lang {
  return value === "ja" || value === "en";
}

/**
 * Picks the UI language for a path without a language prefix from the Accept-Language header
 * (RFC 9110 §12.5.4, highest q first), else English. (`?lang=` is the catalogue's language filter, so
 * the UI language lives in the path: `/ja/…`, `/en/…`.)
 *
 * @example negotiateLang("ja-JP,ja;q=0.9,en;q=0.8") // "ja"
 */
export function negotiateLang(acceptLanguage: string | undefined): Lang {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { primary: tag.split("-")[0] ?? "", weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const r of ranked) if (isLang(r.primary)) return r.primary;
  return "en";
}

/** The entry's text in `lang`, falling back to the other language. */
export function pickText(text: { ja?: string; en?: string } | undefined, lang: Lang): string | undefined {
  if (!text) return undefined;
  return lang === "ja" ? (text.ja ?? text.en) : (text.en ?? text.ja);
}
