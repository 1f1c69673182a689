import type { LocalizedText } from "../core/index.js";

/** Languages the README renders in. */
export type ReadmeLang = "ja" | "en";

/**
 * Fixed text of the rendered README. Markers the importer keys on stay as the list writes them in
 * both languages (`**NEWS**`, `See also`, the table column names), so either rendering re-imports.
 */
export const README_STRINGS = {
  ja: {
    title: "最新LLM & 医療LLM 一覧",
    intro: ["LLMの最新情報のまとめ."],
    history: "履歴",
    toc: "目次",
  },
  en: {
    title: "Latest LLMs & medical LLMs",
    intro: ["Awesome latest LLMs. Let's keep up with the latest LLMs and medical LLMs!"],
    history: "History",
    toc: "Table of Contents",
  },
} as const satisfies Record<
  ReadmeLang,
  { title: string; intro: readonly string[]; history: string; toc: string }
>;

/** Text in the wanted language, falling back to the other one. */
export function pickLang(text: LocalizedText | undefined, lang: ReadmeLang): string | undefined {
  if (!text) return undefined;
  return lang === "ja" ? (text.ja ?? text.en) : (text.en ?? text.ja);
}

/**
 * The anchor GitHub gives a heading: lower-cased, punctuation dropped, spaces as hyphens, and `-1`,
 * `-2`… for repeats (the github-slugger rules).
 */
export function headingAnchor(heading: string, seen: Map<string, number>): string {
  const base = heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
  const count = seen.get(base) ?? 0;
  seen.set(base, count + 1);
  return count === 0 ? base : `${base}-${count}`;
}
