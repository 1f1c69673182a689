import type { Benchmark, Catalog, Leaderboard, Link, Section, WithId } from "../core/index.js";
import { escapeInline, escapeMarkdown, markdownLink } from "./escape-markdown.js";
import { pickLang, type ReadmeLang } from "./readme-strings.js";

type Resource = WithId<Benchmark> | WithId<Leaderboard>;

/**
 * A benchmarks/datasets/leaderboards section's body: notes as paragraphs, then bullets grouped the
 * way the list groups them — ungrouped first, then each `###` group, and inside a group the entries
 * without a bold label before each `**label**` block — and last the "See also" links.
 * Groups and entries keep the order of the source (first provenance line), then go by name.
 */
export function renderResourceSection(section: Section, catalog: Catalog, lang: ReadmeLang): string[] {
  const entries: Resource[] = [...catalog.leaderboards, ...catalog.benchmarks, ...catalog.datasets]
    .filter((e) => e.sections.includes(section.id))
    .sort(bySourceOrder);
  const out: string[] = [];
  for (const note of section.notes) {
    const text = pickLang(note, lang);
    if (text) out.push("", escapeMarkdown(text));
  }
  for (const group of distinct(entries.map((e) => e.group))) {
    if (group !== undefined) out.push("", `### ${escapeInline(group)}`);
    const inGroup = entries.filter((e) => e.group === group);
    for (const subgroup of distinct(inGroup.map((e) => e.subgroup))) {
      if (subgroup !== undefined) out.push("", `**${escapeInline(subgroup)}**`);
      out.push("");
      for (const entry of inGroup.filter((e) => e.subgroup === subgroup)) out.push(bullet(entry, lang));
    }
  }
  if (section.see_also.length > 0) {
    out.push("", "See also", "");
    for (const s of section.see_also)
      out.push(`- ${s.url ? markdownLink(s.label, s.url) : escapeMarkdown(s.label)}`);
  }
  return out;
}

// --- helpers ---

/** `- [Name](url) : description, [label](url)…` — the bullet shape the importer reads. */
function bullet(entry: Resource, lang: ReadmeLang): string {
  const primary = entry.links.find((l) => l.label === undefined);
  const extra = entry.links.filter((l) => l !== primary);
  const description = pickLang(entry.notes, lang) ?? "";
  const plainName = !primary && extra.length === 0 && !/[:：]/.test(entry.name);
  const head = plainName ? escapeMarkdown(entry.name) : markdownLink(entry.name, primary?.url);
  const parts = [head];
  if (description) parts.push(` : ${withLinks(description, extra)}`);
  const rest = description ? extra.filter((l) => !description.includes(l.label ?? "")) : extra;
  if (rest.length > 0) parts.push(`${description ? " " : ", "}${rest.map(linkOf).join(", ")}`);
  return `- ${parts.join("")}`;
}

function withLinks(text: string, links: readonly Link[]): string {
  let out = escapeInline(text);
  for (const link of links) {
    const label = escapeInline(link.label ?? "");
    if (label && out.includes(label)) out = out.replace(label, linkOf(link));
  }
  return out;
}

function linkOf(link: Link): string {
  return markdownLink(link.label ?? link.url, link.url);
}

function bySourceOrder(a: Resource, b: Resource): number {
  const la = a.provenance[0]?.line ?? Number.MAX_SAFE_INTEGER;
  const lb = b.provenance[0]?.line ?? Number.MAX_SAFE_INTEGER;
  return la - lb || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1);
}

/** Distinct values in first-seen order, with `undefined` (no group) first. */
function distinct<T>(values: readonly (T | undefined)[]): (T | undefined)[] {
  const seen = [...new Set(values)];
  return seen.includes(undefined) ? [undefined, ...seen.filter((v) => v !== undefined)] : seen;
}
