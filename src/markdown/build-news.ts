import { type Link, type Model, type NewsItem, parseListDate, slugify, type WithId } from "../core/index.js";
import { nameKey } from "./build-models.js";
import type { Anomaly } from "./import-types.js";
import type { ListNews } from "./list-parts.js";
import { parseInline } from "./parse-inline.js";
import { toLink } from "./to-link.js";

/**
 * Reads NEWS and History bullets (`🔥2025.4 Qwen3がリリースされました！`) into news items with ids
 * `<yyyy-mm>-<slug>`, linking the models whose names they mention.
 */
export function buildNews(
  bullets: readonly ListNews[],
  models: readonly WithId<Model>[],
  source: string,
  anomalies: Anomaly[],
): WithId<NewsItem>[] {
  const out: WithId<NewsItem>[] = [];
  const taken = new Set<string>();
  const names = models
    .map((m) => ({ id: m.id, key: nameKey(m.name) }))
    .filter((n) => n.key.length >= 3)
    .sort((a, b) => b.key.length - a.key.length);
  for (const bullet of bullets) {
    const stripped = bullet.markdown.replace(/\p{Extended_Pictographic}|\uFE0F/gu, " ").trim();
    const m = /^(\d{4}\s*[./]\s*\d{1,2}(?:\s*[./]\s*\d{1,2})?)\s*(.*)$/s.exec(stripped);
    const date = m ? parseListDate(m[1]!.replace(/\s+/g, "")) : undefined;
    if (!m || !date) {
      anomalies.push({
        kind: "news/no-date",
        line: bullet.line,
        severity: "warning",
        message: `news bullet has no leading year.month date; skipped`,
        raw: bullet.markdown,
      });
      continue;
    }
    const inline = parseInline(m[2]!);
    const text = inline.text.replace(/\s+/g, " ").trim();
    const links = inline.links.flatMap((l) => {
      if (l.url) return [toLink(l.url, l.label).link];
      anomalies.push({
        kind: "link/empty",
        line: bullet.line,
        severity: "info",
        message: `empty link target in news: [${l.label}]()`,
        raw: bullet.markdown,
      });
      return [];
    });
    const full = slugify(text);
    let slug = full.length > 48 ? full.slice(0, 48).replace(/[-.]+[^-.]*$/, "") : full;
    if (!slug || slug.startsWith("x-")) slug = "news";
    let id = `${date.slice(0, 7)}-${slug}`;
    for (let n = 2; taken.has(id); n++) id = `${date.slice(0, 7)}-${slug}-${n}`;
    taken.add(id);
    const japanese = /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}]/u.test(text);
    out.push({
      id,
      date,
      text: japanese ? { ja: text } : { en: text },
      models: [...new Set([...mentioned(text, names), ...linked(links, models)])],
      links,
      highlight: bullet.highlight,
      provenance: [
        {
          source,
          line: bullet.line,
          section: bullet.highlight ? "NEWS" : "History",
          status: "listed",
          raw: [bullet.markdown],
        },
      ],
      corrections: [],
    });
  }
  return out;
}

/** Model ids named in a text, longest names first; a name inside a longer match does not count. */
function mentioned(text: string, names: readonly { id: string; key: string }[]): string[] {
  const haystack = nameKey(text);
  const claimed: [number, number][] = [];
  const ids: string[] = [];
  for (const { id, key } of names) {
    let from = 0;
    for (let at = haystack.indexOf(key, from); at >= 0; at = haystack.indexOf(key, from)) {
      from = at + 1;
      const end = at + key.length;
      if (claimed.some(([s, e]) => at >= s && end <= e)) continue;
      claimed.push([at, end]);
      if (!ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/** Models whose Hugging Face repo or collection a news link points at. */
function linked(links: readonly Link[], models: readonly WithId<Model>[]): string[] {
  const refs = new Set(
    links.flatMap((l) => (l.hf && l.hf.type !== "org" ? [`${l.hf.type}:${l.hf.id}`] : [])),
  );
  if (refs.size === 0) return [];
  return models
    .filter((m) => m.links.some((l) => l.hf && refs.has(`${l.hf.type}:${l.hf.id}`)))
    .map((m) => m.id);
}
