import { html } from "hono/html";
import { type Score, UsageError } from "../core/index.js";
import { parseModelQuery } from "../query/index.js";
import type { AppDeps } from "./app-deps.js";
import { codeLabels } from "./code-labels.js";
import { renderScore } from "./evaluated-on.js";
import { filterPanel, filterValueLabel, renderFacetGroups, staticNotice } from "./facet-form.js";
import { facetValuesByEntry } from "./facet-values.js";
import type { Lang } from "./lang.js";
import type { Html } from "./layout.js";
import { oncePerApp } from "./once-per-app.js";
import { type PageContext, pageHref } from "./page-context.js";
import { fillCount } from "./resource-pages.js";

/** Query parameters of the medical page (and its JSON twin); they choose the models (rows). */
export const MEDICAL_FILTERS = ["lang", "modality", "size"] as const;
type MedicalFilter = (typeof MEDICAL_FILTERS)[number];

/** A column of the matrix: a benchmark or dataset some shown model is evaluated on. */
export interface MatrixColumn {
  id: string;
  kind: "benchmarks" | "datasets";
  name: string;
  tasks: string[];
  languages: string[];
  modality: string[];
  size: { value: number; unit: string }[];
}

/** A row: a medical model and its scores (`value` absent = "evaluated on" only). */
export interface MatrixRow {
  id: string;
  name: string;
  released: string | null;
  languages: string[];
  modality: string[];
  specialty: string[];
  use_restrictions: string[];
  scores: Score[];
}

/**
 * The models × benchmarks matrix of the medical section, filtered by the models' language, modality and
 * size bucket through the shared query layer (so `?lang=xx` is checked like the API's). Columns are the
 * benchmarks and datasets the shown models are evaluated on, in the whole matrix's order (most used by
 * all medical models first), so a filter only takes columns away. Medical models that list no benchmark
 * are returned apart (`unevaluated`).
 */
export function medicalData(deps: AppDeps, params: Record<string, string[]>): MedicalData {
  // The unfiltered matrix is asked for by both languages' pages and both JSON files: compute it once.
  const all = unfilteredMedicalData(deps);
  if (Object.keys(params).length === 0) return all;
  const data = filteredMedicalData(deps, params);
  const order = new Map(all.columns.map((c, i) => [c.id, i]));
  data.columns.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return data;
}

export type MedicalData = ReturnType<typeof filteredMedicalData>;

const unfilteredMedicalData = oncePerApp((deps) => filteredMedicalData(deps, {}));

function filteredMedicalData(deps: AppDeps, params: Record<string, string[]>) {
  const picked: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(params)) {
    // Unknown parameters are rejected with the valid names, like every other endpoint.
    if (!(MEDICAL_FILTERS as readonly string[]).includes(name)) {
      throw new UsageError(`unknown parameter "${name}"`, name, [...MEDICAL_FILTERS]);
    }
    picked[name] = values;
  }
  const query = parseModelQuery(picked, { vocabulary: deps.vocabulary });
  const medical = { section: ["medical"], sort: "-released" as const, limit: 100_000 };
  const all = deps.index.queryModels(medical).items;
  const matching = deps.index.queryModels({ ...medical, ...query }).items;
  const rows: MatrixRow[] = [];
  const unevaluated: { id: string; name: string }[] = [];
  const uses = new Map<string, number>();
  for (const m of matching) {
    const entry = deps.index.getModel(m.id)?.entry;
    if (!entry) continue;
    if (entry.scores.length === 0) {
      unevaluated.push({ id: m.id, name: m.name });
      continue;
    }
    for (const s of entry.scores) uses.set(s.benchmark, (uses.get(s.benchmark) ?? 0) + 1);
    rows.push({
      id: m.id,
      name: m.name,
      released: m.released,
      languages: entry.languages,
      modality: entry.medical?.modality ?? [],
      specialty: entry.medical?.specialty ?? [],
      use_restrictions: entry.medical?.use_restrictions ?? [],
      scores: entry.scores,
    });
  }
  const columns: MatrixColumn[] = [...uses]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([id]) => {
      const benchmark = deps.index.getBenchmark(id);
      const r = benchmark ?? deps.index.getDataset(id);
      return {
        id,
        kind: benchmark ? ("benchmarks" as const) : ("datasets" as const),
        name: r?.name ?? id,
        tasks: r?.tasks ?? [],
        languages: r?.languages ?? [],
        modality: r?.modality ?? [],
        size: r?.size ?? [],
      };
    });
  const facets = facetCounts(deps);
  const filter: Record<MedicalFilter, string[]> = {
    lang: query.lang ?? [],
    modality: query.modality ?? [],
    size: query.size ?? [],
  };
  return { total: all.length, matching: matching.length, filter, facets, columns, rows, unevaluated };
}

/**
 * The page: filter form (GET, works without JS), the matrix, then the models that list no benchmark.
 * Every medical model and column is in the page, those the filter leaves out `hidden`; each model
 * carries its filter values (see facetValuesByEntry) for the page's script, which filters in place as
 * the reader checks boxes and applies the URL's filter on a static host (which ignores the query).
 */
export function renderMedicalPage(ctx: PageContext, deps: AppDeps, data: MedicalData): Html {
  const t = MEDICAL_TEXT[ctx.lang];
  const all = unfilteredMedicalData(deps);
  const values = medicalFacetValues(deps);
  const groups = MEDICAL_FILTERS.map((name) => ({
    name,
    legend: t[`facet_${name}`],
    values: data.facets[name].map((v) => ({
      ...v,
      label: filterValueLabel(ctx, name, v.value),
      checked: data.filter[name].includes(v.value),
    })),
  }));
  const shown = new Set([...data.rows, ...data.unevaluated].map((m) => m.id));
  const used = new Set(data.columns.map((c) => c.id));
  const row = (id: string) =>
    html` data-facets="${JSON.stringify(values.get(id) ?? {})}"${shown.has(id) ? "" : html` hidden`}`;
  const column = (c: MatrixColumn) => (used.has(c.id) ? "" : html` hidden`);
  const cell = (r: MatrixRow, c: MatrixColumn) => {
    const score = r.scores.find((s) => s.benchmark === c.id);
    if (!score) return html`<td${column(c)}></td>`;
    return html`<td class="${score.value === undefined ? "mark" : "num"}"${column(c)}>${renderScore(ctx.lang, score)}</td>`;
  };
  const anyRow = data.rows.length > 0;
  return html`<h1>${t.title}</h1>
<p class="muted">${t.intro}</p>
<div class="cat">
${filterPanel(
  ctx,
  html`<form class="facets" method="get" action="${pageHref(ctx, "/medical")}" aria-label="${ctx.t.filters}" data-client-filter>
${staticNotice(ctx)}
${renderFacetGroups(groups)}
<button type="submit">${ctx.t.apply}</button> <a class="btn" href="${pageHref(ctx, "/medical")}">${ctx.t.clear}</a>
</form>`,
)}
<div>
<p class="count" role="status" data-template="${ctx.t.showing}">${fillCount(ctx.t, shown.size, data.matching, data.total)}</p>
<p data-empty${shown.size > 0 ? html` hidden` : ""}>${ctx.t.no_results}</p>
${
  all.rows.length === 0
    ? ""
    : html`<div class="scroll" data-hide-empty${anyRow ? "" : html` hidden`}><table class="matrix" data-columns><caption>${t.caption}</caption>
<thead><tr><th scope="col">${ctx.t.col_name}</th>${all.columns.map(
        (c) =>
          html`<th scope="col"${column(c)}><a href="${pageHref(ctx, `/${c.kind}/${c.id}`)}">${c.name}</a>${c.tasks.length ? html`<br><small>${codeLabels("task", c.tasks, ctx.lang)}</small>` : ""}</th>`,
      )}</tr></thead>
<tbody>${all.rows.map(
        (r) =>
          html`<tr${row(r.id)}><th scope="row"><a href="${pageHref(ctx, `/models/${r.id}`)}">${deps.data.label(r.id)}</a>${r.use_restrictions.length ? html`<br><small>${codeLabels("restriction", r.use_restrictions, ctx.lang)}</small>` : ""}</th>${all.columns.map((c) => cell(r, c))}</tr>`,
      )}</tbody></table></div>`
}
${
  all.unevaluated.length
    ? html`<section data-hide-empty${data.unevaluated.length > 0 ? "" : html` hidden`}><h2>${t.unevaluated}</h2><ul class="inline">${all.unevaluated.map((m) => html`<li${row(m.id)}><a href="${pageHref(ctx, `/models/${m.id}`)}">${deps.data.label(m.id)}</a></li>`)}</ul></section>`
    : ""
}
</div>
</div>`;
}

/** Each medical model's values of the page's filters, as the index files them. */
const medicalFacetValues = oncePerApp((deps) =>
  facetValuesByEntry(deps, { section: ["medical"] }, unfilteredMedicalData(deps).facets),
);

// --- helpers ---

/** Counts of each filter value over all medical models, as the index counts them (size in bucket order). */
function facetCounts(deps: AppDeps) {
  const medical = { section: ["medical"] };
  const { lang, size } = deps.index.facets(medical, ["lang", "size"]);
  // A medical model's modality is filed under the same facet as a benchmark's.
  return { lang, modality: deps.index.resourceFacets(medical).modality, size };
}

type MedicalText = Record<"title" | "intro" | "caption" | "unevaluated" | `facet_${MedicalFilter}`, string>;

const MEDICAL_TEXT: Record<Lang, MedicalText> = {
  en: {
    title: "Medical models × benchmarks",
    intro:
      "Which medical models were evaluated on which benchmarks, as the list states. ● means evaluated on it (no result stated); a number is a stated result, linked to its source where one is given.",
    caption: "Medical models (rows) and the benchmarks and datasets they are evaluated on (columns)",
    unevaluated: "Matching medical models that name no benchmark",
    facet_lang: "Language",
    facet_modality: "Modality",
    facet_size: "Size",
  },
  ja: {
    title: "医療モデル × ベンチマーク",
    intro:
      "一覧に記載された、医療モデルとその評価ベンチマークの対応です。● は評価対象(結果の記載なし)、数値は記載された結果で、出典があればリンクします。",
    caption: "医療モデル(行)と評価に使われたベンチマーク・データセット(列)",
    unevaluated: "条件に合い、ベンチマークの記載がない医療モデル",
    facet_lang: "言語",
    facet_modality: "モダリティ",
    facet_size: "サイズ",
  },
};
