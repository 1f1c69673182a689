import type { EntrySummary, SearchField } from "./catalog-index.js";
import { SEARCH_FIELDS } from "./catalog-index.js";
import { type IndexedEntry, searchTexts } from "./entry-record.js";
import { normalizeText } from "./normalize-text.js";
import type { SectionTitle } from "./section-titles.js";

const EXCERPT = 80;

/**
 * The first field (in SEARCH_FIELDS order) whose text contains the most query terms, with that text
 * shortened around the first term; failing that, a title of one of the entry's sections (`titles`,
 * by section id) that contains a term, reported as `other`.
 */
export function findMatch(
  entry: IndexedEntry,
  terms: string[],
  titles?: ReadonlyMap<string, SectionTitle[]>,
): EntrySummary["match"] {
  if (terms.length === 0) return undefined;
  const texts = searchTexts(entry);
  let best: { field: SearchField; text: string; hits: number; at: number } | undefined;
  for (const field of SEARCH_FIELDS) {
    for (const text of texts[field]) {
      const folded = normalizeText(text);
      const hits = terms.filter((t) => folded.includes(t)).length;
      if (hits > 0 && (!best || hits > best.hits)) {
        best = { field, text, hits, at: folded.indexOf(terms.find((t) => folded.includes(t))!) };
      }
    }
  }
  if (best) return { field: best.field, text: excerpt(best.text, best.at) };
  for (const id of entry.sections) {
    const title = titles?.get(id)?.find((t) => terms.some((term) => t.folded.includes(term)));
    if (title) return { field: "other", text: title.text };
  }
  return undefined;
}

// --- helpers ---

function excerpt(text: string, at: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= EXCERPT) return flat;
  // NFKC can change lengths slightly; the position is a good-enough anchor for a preview.
  const start = Math.max(0, Math.min(at - 20, flat.length - EXCERPT));
  return `${start > 0 ? "…" : ""}${flat.slice(start, start + EXCERPT)}${start + EXCERPT < flat.length ? "…" : ""}`;
}
