import type { Section } from "../core/index.js";
import { normalizeText } from "./normalize-text.js";

/** A section's titles, as written and in search normal form. */
export interface SectionTitle {
  text: string;
  folded: string;
}

/**
 * Each section's titles (Japanese and English) by section id. A search term found in a title also
 * matches that section's entries, so `医療` finds the models listed under 医療特化モデル even where their
 * own fields never say it.
 */
export function sectionTitles(sections: readonly Section[]): Map<string, SectionTitle[]> {
  return new Map(
    sections.map((s) => [
      s.id,
      [s.title.ja, s.title.en]
        .filter((t): t is string => t !== undefined)
        .map((text) => ({ text, folded: normalizeText(text) })),
    ]),
  );
}

/** The sections whose title contains `term` (in search normal form). */
export function sectionsMatching(term: string, titles: ReadonlyMap<string, SectionTitle[]>): string[] {
  const ids: string[] = [];
  for (const [id, list] of titles) if (list.some((t) => t.folded.includes(term))) ids.push(id);
  return ids;
}
