import type { Section, SeeAlso } from "../core/index.js";
import type { InlineLink } from "./parse-inline.js";

/** Adds "See also" / "See more on" links to a section, once each; a link-less item keeps its text. */
export function addSeeAlso(section: Section, text: string, links: readonly InlineLink[]): void {
  const items: SeeAlso[] = links.length
    ? links.map((l) => (l.url ? { label: l.label, url: l.url } : { label: l.label }))
    : [{ label: text.replace(/^see (also|more on)\s*/i, "") || text }];
  for (const item of items) {
    if (!section.see_also.some((s) => s.label === item.label && s.url === item.url))
      section.see_also.push(item);
  }
}

/**
 * Adds a remark under a section (`PaLM … are not open.`), as `ja` when it has Japanese script. A remark
 * that points elsewhere ("see [X](…)") also adds its links to `see_also`.
 */
export function addSectionNote(section: Section, text: string, links: readonly InlineLink[]): void {
  if (!text) return;
  if (/\bsee\b/i.test(text) && links.length > 0) addSeeAlso(section, text, links);
  const note = /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}]/u.test(text) ? { ja: text } : { en: text };
  if (!section.notes.some((n) => n.ja === note.ja && n.en === note.en)) section.notes.push(note);
}
