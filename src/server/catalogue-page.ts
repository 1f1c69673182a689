import { html } from "hono/html";
import type { CommercialUse } from "../core/index.js";
import type { EntrySummary, Facets, ModelQuery, QueryResult } from "../query/index.js";
import { parseModelQuery } from "../query/index.js";
import type { AppDeps } from "./app-deps.js";
import { type FacetGroup, filterPanel, renderFacetGroups, staticNotice } from "./facet-form.js";
import { commercialLabel, languageName, sizeBucketLabels } from "./format.js";
import type { Html } from "./layout.js";
import { fill, type Messages } from "./messages.js";
import { sectionTitle } from "./model-page.js";
import { oncePerApp } from "./once-per-app.js";
import { type PageContext, pageHref } from "./page-context.js";
import { fillCount, RESOURCE_KINDS, type ResourceKind } from "./resource-pages.js";

/** Rows per page of the server-rendered table (the script renders more on demand). */
export const PAGE_SIZE = 50;

/** Facets the catalogue page shows, in order; each name is also its query parameter. */
export const CATALOGUE_FACETS = [
  "section",
  "lang",
  "size",
  "commercial",
  "license",
  "year",
  "org",
  "tag",
  "status",
] as const;

export interface CatalogueData {
  query: ModelQuery;
  result: QueryResult;
  facets: Facets;
  total: number;
  /** Benchmarks, datasets and leaderboards the search matches, by name (the table lists models only). */
  resources: EntrySummary[];
}

/** Resources named by the search before "and N more". */
export const ALSO_LIMIT = 8;

/** Runs the page's query through the shared parser and index: models only, newest first by default. */
export function catalogueData(deps: AppDeps, params: Record<string, string[]>): CatalogueData {
  const parsed = parseModelQuery(params, { vocabulary: deps.vocabulary });
  // The catalogue page lists models; other kinds have their own pages.
  const query: ModelQuery = { ...parsed, kind: ["models"], limit: parsed.limit ?? PAGE_SIZE };
  return {
    query,
    result: deps.index.queryModels(query),
    facets: deps.index.facets({ ...query, limit: undefined, offset: undefined }),
    total: deps.data.models.length,
    resources: query.q
      ? deps.index
          .queryModels({ q: query.q, kind: [...RESOURCE_KINDS] })
          .items.sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id))
      : [],
  };
}

/** The catalogue: search box, facet checkboxes with counts, sortable table, pager — all working without JS. */
export function renderCataloguePage(ctx: PageContext, deps: AppDeps, d: CatalogueData): Html {
  const { t } = ctx;
  const q = d.query;
  const sort = q.sort ?? (q.q ? "relevance" : "-released");
  const offset = q.offset ?? 0;
  const limit = q.limit ?? PAGE_SIZE;
  const groups = facetGroups(ctx, deps, d);
  const params = (changes: Record<string, string | undefined>) => queryString(ctx.search, changes);
  return html`<h1>${t.nav_catalogue}</h1>
<form id="catalogue" class="cat" method="get" action="${pageHref(ctx, "/")}" role="search">
${filterPanel(
  ctx,
  html`<div class="facets">
${renderFacetGroups(groups)}
</div>`,
)}
<div>
<div class="searchbar">
<label class="visually-hidden" for="q">${t.search}</label>
<input id="q" type="search" name="q" value="${q.q ?? ""}" placeholder="${t.search_placeholder}" autocomplete="off" spellcheck="false">
${q.sort ? html`<input type="hidden" name="sort" value="${q.sort}">` : ""}
<button type="submit">${t.apply}</button>
<a class="btn" href="${pageHref(ctx, "/")}">${t.clear}</a>
</div>
${staticNotice(ctx)}
<p id="count" class="count" role="status" aria-live="polite">${fillCount(t, d.result.items.length, d.result.total, d.total)}</p>
${renderAlso(ctx, d.resources, q.q ?? "")}
<div class="scroll-narrow"><table id="models">
<thead><tr>
${column(ctx, "released", t.col_released, sort, params)}
${column(ctx, "name", t.col_name, sort, params)}
<th scope="col">${t.col_org}</th>
${column(ctx, "params", t.col_size, sort, params)}
<th scope="col">${t.col_license}</th>
<th scope="col">${t.col_commercial}</th>
<th scope="col">${t.col_sections}</th>
</tr></thead>
<tbody>${d.result.items.map((m) => row(ctx, deps, m))}</tbody>
</table></div>
${d.result.items.length === 0 ? html`<p id="empty">${t.no_results}</p>` : ""}
<nav class="pager" aria-label="pages">
${offset > 0 ? html`<a href="${pageHref(ctx, "/", params({ offset: String(Math.max(0, offset - limit)) }))}" rel="prev">${t.prev}</a>` : ""}
${offset + limit < d.result.total ? html`<a href="${pageHref(ctx, "/", params({ offset: String(offset + limit) }))}" rel="next">${t.more}</a>` : ""}
</nav>
</div>
</form>`;
}

/**
 * The benchmarks, datasets and leaderboards a search matches, as links to their pages (searching "medqa"
 * points to the benchmark as well as to the models evaluated on it); past ALSO_LIMIT, links to the same
 * search in each list that has matches. The script renders the same markup.
 */
function renderAlso(ctx: PageContext, resources: EntrySummary[], q: string): Html | "" {
  if (resources.length === 0) return "";
  const shown = resources.slice(0, ALSO_LIMIT);
  const more = resources.length - shown.length;
  const lists =
    more > 0
      ? RESOURCE_KINDS.map((kind) => ({ kind, n: resources.filter((r) => r.kind === kind).length })).filter(
          (l) => l.n > 0,
        )
      : [];
  // A name listed twice (MMLU, a benchmark and a dataset) says which is which.
  const times = new Map<string, number>();
  for (const r of shown) times.set(r.name, (times.get(r.name) ?? 0) + 1);
  const kind = (r: EntrySummary) =>
    (times.get(r.name) ?? 0) > 1 ? ` (${ctx.t[`kind_${r.kind as ResourceKind}`]})` : "";
  return html`<p id="also" class="muted">${ctx.t.also_resources} ${shown.map((r, i) => html`${i > 0 ? ", " : ""}<a href="${pageHref(ctx, `/${r.kind}/${r.id}`)}">${r.name}</a>${kind(r)}`)}${more > 0 ? ` ${fill(ctx.t.also_more, { n: String(more) })}` : ""}${lists.length > 0 ? html` — ${ctx.t.also_all} ${lists.map((l, i) => html`${i > 0 ? ", " : ""}<a href="${pageHref(ctx, `/${l.kind}`, `?q=${encodeURIComponent(q)}`)}">${ctx.t[`${l.kind}_title`]} (${l.n})</a>`)}` : ""}</p>`;
}

/** Code-unit order, as the page's script sorts (no locale, so both agree). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One table row; the script renders the same markup (see client-script.ts). */
export function row(ctx: PageContext, deps: AppDeps, m: EntrySummary): Html {
  const { t } = ctx;
  const license = m.license ? (deps.data.licenses.get(m.license)?.name ?? m.license) : "";
  return html`<tr><td class="num">${m.released ?? ""}</td><td><a href="${pageHref(ctx, `/models/${m.id}`)}">${m.name}</a>${deps.data.fresh.has(m.id) ? html` <span class="badge">${t.new_badge}</span>` : ""}${m.status === "archived" ? html` <span class="badge arch">${t.archived}</span>` : ""}</td><td>${m.org ?? ""}</td><td class="num">${m.sizes_label ?? ""}</td><td>${license}</td><td>${commercialLabel(t, m.commercial)}</td><td>${m.sections.map((s) => sectionTitle(ctx, deps.data.sections.get(s)?.title, s)).join(", ")}</td></tr>`;
}

/** Every language code some model names (a pass over all models: once per app). */
const modelLanguages = oncePerApp((deps) => [...new Set(deps.data.models.flatMap((m) => m.languages))]);

/** Display labels for facet values, shared by the page and the script's config. */
export function facetLabels(ctx: PageContext, deps: AppDeps): Record<string, Record<string, string>> {
  const { t } = ctx;
  return {
    section: Object.fromEntries(
      [...deps.data.sections].map(([id, s]) => [id, sectionTitle(ctx, s.title, id)]),
    ),
    license: Object.fromEntries([...deps.data.licenses].map(([id, l]) => [id, l.name])),
    size: sizeBucketLabels(t),
    lang: Object.fromEntries(modelLanguages(deps).map((code) => [code, languageName(code, ctx.lang)])),
    commercial: Object.fromEntries(
      (["yes", "no", "conditional", "unknown"] as CommercialUse[]).map((c) => [c, commercialLabel(t, c)]),
    ),
    status: { listed: t.listed, archived: t.archived },
  };
}

/** Facet legends in the UI language. */
export function facetLegends(t: Messages): Record<(typeof CATALOGUE_FACETS)[number], string> {
  return {
    section: t.facet_section,
    lang: t.facet_lang,
    size: t.facet_size,
    commercial: t.facet_commercial,
    license: t.facet_license,
    year: t.facet_year,
    org: t.facet_org,
    tag: t.facet_tag,
    status: t.facet_status,
  };
}

// --- helpers ---

function facetGroups(ctx: PageContext, deps: AppDeps, d: CatalogueData): FacetGroup[] {
  const labels = facetLabels(ctx, deps);
  const legends = facetLegends(ctx.t);
  return CATALOGUE_FACETS.map((name) => {
    const selected = ((d.query as Record<string, unknown>)[name] as unknown[] | undefined)?.map(String) ?? [];
    return {
      name,
      legend: legends[name],
      values: d.facets[name].map((v) => ({
        value: v.value,
        count: v.count,
        label: labels[name]?.[v.value] ?? v.value,
        checked: selected.includes(v.value),
      })),
    };
  });
}

const SORTS: Record<string, [string, string]> = {
  released: ["-released", "released"],
  name: ["name", "-name"],
  params: ["-params", "params"],
};

function column(
  ctx: PageContext,
  key: string,
  label: string,
  sort: string,
  params: (changes: Record<string, string | undefined>) => string,
): Html {
  const [first, second] = SORTS[key] as [string, string];
  const active = sort === first || sort === second;
  const next = sort === first ? second : first;
  const ariaSort = active ? (sort.startsWith("-") ? "descending" : "ascending") : undefined;
  return html`<th scope="col"${ariaSort ? html` aria-sort="${ariaSort}"` : ""} data-sort="${key}"><a href="${pageHref(ctx, "/", params({ sort: next, offset: undefined }))}" aria-label="${ctx.t.sort_by.replace("{col}", label)}">${label}${active ? (sort.startsWith("-") ? " ▼" : " ▲") : ""}</a></th>`;
}

/** The current query string with some parameters replaced or removed. */
export function queryString(search: string, changes: Record<string, string | undefined>): string {
  const p = new URLSearchParams(search);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) p.delete(k);
    else p.set(k, v);
  }
  const s = p.toString();
  return s ? `?${s}` : "";
}
