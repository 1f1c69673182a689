import type { Catalog, Model, Section, WithId } from "../core/index.js";
import { escapeInline, escapeMarkdown, markdownLink } from "./escape-markdown.js";
import { pickLang, type ReadmeLang } from "./readme-strings.js";
import { renderModelRow } from "./render-model-row.js";
import { DEFAULT_COLUMNS } from "./walk-list.js";

/**
 * A model section's body: the table of listed models (newest first, then by name), archived models
 * as rows inside an HTML comment after it (as the list hides them), then the section's notes and
 * "See also" links as bullets.
 */
export function renderModelSection(section: Section, catalog: Catalog, lang: ReadmeLang): string[] {
  const columns = section.columns.length > 0 ? section.columns : DEFAULT_COLUMNS;
  const models = catalog.models.filter((m) => m.sections.includes(section.id)).sort(byDateThenName);
  const row = (m: WithId<Model>) => `| ${renderModelRow(m, section, columns, catalog, lang).join(" | ")} |`;
  const out: string[] = [];
  out.push(
    `| ${columns.map((c) => escapeInline(c)).join(" | ")} |`,
    `|${columns.map(() => "---").join("|")}|`,
  );
  out.push(...models.filter((m) => m.status === "listed").map(row));
  const archived = models.filter((m) => m.status === "archived");
  if (archived.length > 0) out.push("", "<!--", ...archived.map(row), "-->");
  const bullets = [
    ...section.notes.flatMap((n) => {
      const text = pickLang(n, lang);
      return text ? [`- ${escapeMarkdown(text)}`] : [];
    }),
    ...section.see_also.map(
      (s) => `- See also ${s.url ? markdownLink(s.label, s.url) : escapeInline(s.label)}`,
    ),
  ];
  if (bullets.length > 0) out.push("", ...bullets);
  return out;
}

/** Newest first; undated last; then by name, then id, so the order never depends on input order. */
export function byDateThenName(
  a: { released?: string; name: string; id: string },
  b: { released?: string; name: string; id: string },
): number {
  const da = a.released ?? "";
  const db = b.released ?? "";
  if (da !== db) return da < db ? 1 : -1;
  return compare(a.name, b.name) || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
