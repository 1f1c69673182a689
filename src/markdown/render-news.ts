import { type Catalog, formatListDate, type Link, type NewsItem, type WithId } from "../core/index.js";
import { escapeInline, markdownLink } from "./escape-markdown.js";
import { pickLang, README_STRINGS, type ReadmeLang } from "./readme-strings.js";

/**
 * **NEWS** (highlighted items, newest first) and the older ones in a `<details>` History block.
 * The blank lines after `</summary>` and before `</details>` make GFM render the History as a real
 * list — the source list's History renders as one run-on paragraph of raw HTML because it has none.
 */
export function renderNews(catalog: Catalog, lang: ReadmeLang): string[] {
  const items = [...catalog.news].sort(newestFirst);
  const highlights = items.filter((n) => n.highlight);
  const history = items.filter((n) => !n.highlight);
  if (items.length === 0) return [];
  const out = ["**NEWS**", ""];
  out.push(...highlights.map((n) => `- 🔥${line(n, lang)}`));
  if (history.length > 0) {
    out.push("", "<details>", `<summary>${README_STRINGS[lang].history}</summary>`, "");
    out.push(...history.map((n) => `- ${line(n, lang)}`));
    out.push("", "</details>");
  }
  return out;
}

// --- helpers ---

function line(item: WithId<NewsItem>, lang: ReadmeLang): string {
  return `${formatListDate(item.date)} ${withLinks(pickLang(item.text, lang) ?? "", item.links)}`;
}

/** Text with each link at the first occurrence of its label; links whose label is absent follow it. */
function withLinks(text: string, links: readonly Link[]): string {
  let out = escapeInline(text);
  const trailing: string[] = [];
  for (const link of links) {
    const label = link.label ? escapeInline(link.label) : "";
    const at = label ? out.indexOf(label) : -1;
    const md = markdownLink(link.label ?? link.url, link.url);
    if (at >= 0 && !insideLink(out, at)) out = out.slice(0, at) + md + out.slice(at + label.length);
    else trailing.push(md);
  }
  return [out, ...trailing].join(" ");
}

/** True when `at` falls inside link markup inserted earlier. */
function insideLink(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf("[") > before.lastIndexOf(")") && !before.endsWith("\\[");
}

function newestFirst(a: WithId<NewsItem>, b: WithId<NewsItem>): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
