import type { NewsItem, WithId } from "../core/index.js";
import { type AtomEntry, encodeAtom } from "../export/index.js";
import type { AppDeps } from "./app-deps.js";
import { pickText } from "./lang.js";

/** How many newly released models the feed carries next to the news. */
const RECENT_MODELS = 30;

/**
 * The Atom feed of news items and the most recently released models. Entry ids are URNs so they stay the
 * same wherever the site is hosted; links start with `siteUrl` (root-relative when a static build was
 * given no site URL).
 */
export function renderFeed(deps: AppDeps, news: WithId<NewsItem>[], siteUrl: string): string {
  const page = (path: string) => `${siteUrl}en${path}`;
  const entries: AtomEntry[] = [
    ...news.map((n) => {
      const text = pickText(n.text, "en") ?? n.id;
      return {
        id: `urn:llm-radar:news:${n.id}`,
        title: text,
        updated: n.date,
        published: n.date,
        link: `${page("/news")}#news-${n.id}`,
        summary: [n.text.en, n.text.ja].filter(Boolean).join("\n"),
        categories: ["news"],
      };
    }),
    ...deps.data.models
      .filter((m) => m.released)
      .slice(0, RECENT_MODELS)
      .map((m) => ({
        id: `urn:llm-radar:model:${m.id}`,
        title: m.org ? `${m.name} (${m.org})` : m.name,
        updated: m.released as string,
        published: m.released as string,
        link: page(`/models/${m.id}`),
        summary: [m.sizes_label, m.license, m.sections.join(", ")].filter(Boolean).join(" · "),
        categories: ["model", ...m.sections],
      })),
  ].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
  return encodeAtom({
    id: "urn:llm-radar:feed",
    title: "llm-radar",
    subtitle: "LLM, medical LLM, benchmark and dataset news",
    updated: entries[0]?.updated ?? deps.data.now,
    link: page("/"),
    self: `${siteUrl}feed.atom`,
    lang: "en",
    entries,
  });
}
