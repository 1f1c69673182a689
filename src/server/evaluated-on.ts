import { html } from "hono/html";
import type { Score } from "../core/index.js";
import type { AppDeps } from "./app-deps.js";
import { safeUrl } from "./format.js";
import type { Lang } from "./lang.js";
import type { Html } from "./layout.js";

/** A model evaluated on a benchmark or dataset, with its score record. */
export interface EvaluatedModel {
  id: string;
  name: string;
  score: Score;
}

/** Models evaluated on a benchmark or dataset (the query layer's `benchmark` filter), by name. */
export function evaluatedOn(deps: AppDeps, resourceId: string): EvaluatedModel[] {
  return deps.index
    .queryModels({ benchmark: [resourceId], sort: "name", limit: 100_000 })
    .items.flatMap((m) => {
      const score = deps.index.getModel(m.id)?.entry.scores.find((s) => s.benchmark === resourceId);
      return score ? [{ id: m.id, name: m.name, score }] : [];
    });
}

const TEXT = {
  en: { evaluated: "evaluated on", source: "source", no_source: "no source stated" },
  ja: { evaluated: "評価対象", source: "出典", no_source: "出典の記載なし" },
} as const;

/**
 * A score as HTML: a ● mark for "evaluated on" (no value stated), else the value with metric and setting,
 * linked to its source when the source is an http(s) URL (anything else stays text, in the title).
 */
export function renderScore(lang: Lang, score: Score): Html {
  const t = TEXT[lang];
  if (score.value === undefined) {
    return html`<span title="${t.evaluated}"><span aria-hidden="true">●</span><span class="visually-hidden">${t.evaluated}</span></span>`;
  }
  const detail = [score.metric, score.setting].filter(Boolean).join(", ");
  const value = html`${String(score.value)}${detail ? html` <small>(${detail})</small>` : ""}`;
  const title = score.source ? `${t.source}: ${score.source}` : t.no_source;
  const url = safeUrl(score.source);
  return url && /^https?:\/\//i.test(url)
    ? html`<a href="${url}" rel="nofollow noopener" title="${title}">${value}</a>`
    : html`<span title="${title}">${value}</span>`;
}
