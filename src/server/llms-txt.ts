import type { AppDeps } from "./app-deps.js";

/**
 * `/llms.txt` (https://llmstxt.org): a markdown summary for language-model tools — what the site is,
 * where the JSON lives, and one line per model. Every catalogue string is escaped as inline markdown.
 */
export function renderLlmsTxt(deps: AppDeps, siteUrl: string): string {
  const stats = deps.index.stats();
  const lines = [
    "# llm-radar",
    "",
    `> A typed catalogue of ${stats.total.models} large language models (general, Japanese-centric, small and medical), ${stats.total.benchmarks} benchmarks, ${stats.total.datasets} datasets and ${stats.total.leaderboards} leaderboards. Every fact has a source.`,
    "",
    "## API",
    "",
    `- [Models (JSON; filters: section, lang, size, commercial, license, year, org, tag, status, q, sort, limit, offset)](${siteUrl}api/v1/models): one row per model`,
    `- [OpenAPI 3.1 document](${siteUrl}api/openapi.json): every endpoint and parameter`,
    `- [Statistics](${siteUrl}api/v1/stats)`,
    `- [News (Atom)](${siteUrl}feed.atom)`,
    "",
    "## Models",
    "",
    ...deps.data.models.map((m) => {
      const facts = [m.org, m.released, m.sizes_label, m.license].filter((v): v is string => Boolean(v));
      return `- [${md(m.name)}](${siteUrl}models/${m.id}.json)${facts.length ? `: ${facts.map(md).join(", ")}` : ""}`;
    }),
    "",
  ];
  return lines.join("\n");
}

/** Inline markdown text: one line, with link, emphasis, code and HTML characters escaped. */
export function md(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(/([\\`*_{}[\]()<>#|!~])/g, "\\$1");
}
