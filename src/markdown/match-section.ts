import { type Section, type SectionKind, slugify } from "../core/index.js";

/**
 * Finds the section a heading names, by id, title or alias (case-, space- and punctuation-insensitive).
 *
 * @example matchSection("Medical-Adaptation", sections)?.id // "medical" when it is an alias
 */
export function matchSection(heading: string, sections: readonly Section[]): Section | undefined {
  const key = headingKey(heading);
  if (!key) return undefined;
  return sections.find((s) =>
    [s.id, s.title.en, s.title.ja ?? "", ...s.aliases].some((name) => name && headingKey(name) === key),
  );
}

/** A section made for a heading the catalogue does not know yet. */
export function newSection(heading: string, kind: SectionKind, taken: ReadonlySet<string>): Section {
  let id = slugify(heading);
  for (let n = 2; taken.has(id); n++) id = `${slugify(heading)}-${n}`;
  return { id, kind, title: { en: heading }, aliases: [heading], columns: [], see_also: [], notes: [] };
}

/** Comparison key for headings: `Medical-Adaptation` and `Medical　Adaptation` are equal. */
export function headingKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}
