import { html } from "hono/html";
import { type Benchmark, type Dataset, type Leaderboard, UsageError, type WithId } from "../core/index.js";
import {
  type FacetCount,
  type ModelQuery,
  RESOURCE_FACET_NAMES,
  type ResourceFacetName,
  sectionTitles,
  splitKnown,
} from "../query/index.js";
import type { AppDeps } from "./app-deps.js";
import { resourceSearchText } from "./client-data.js";
import { codeLabel, codeLabels } from "./code-labels.js";
import { evaluatedOn, renderScore } from "./evaluated-on.js";
import { filterPanel, filterValueLabel, renderFacetGroups, staticNotice } from "./facet-form.js";
import { facetValuesByEntry } from "./facet-values.js";
import { languageName } from "./format.js";
import { pickText } from "./lang.js";
import type { Html } from "./layout.js";
import type { Messages } from "./messages.js";
import { link, sectionTitle } from "./model-page.js";
import { oncePerApp } from "./once-per-app.js";
import { type PageContext, pageHref } from "./page-context.js";

export const RESOURCE_KINDS = ["benchmarks", "datasets", "leaderboards"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type Resource = WithId<Benchmark> | WithId<Dataset> | WithId<Leaderboard>;

/** Filter of a resource list: values per facet, any of them within a facet, every facet given. */
export type ResourceFilter = Partial<Record<ResourceFacetName, string[]>>;

/** Facets each resource list offers (leaderboards have no tasks, languages or modality). */
export function resourceFacets(kind: ResourceKind): readonly ResourceFacetName[] {
  return kind === "leaderboards" ? ["group"] : RESOURCE_FACET_NAMES;
}

export function listResources(deps: AppDeps, kind: ResourceKind): Resource[] {
  if (kind === "benchmarks") return deps.index.listBenchmarks();
  if (kind === "datasets") return deps.index.listDatasets();
  return deps.index.listLeaderboards();
}

export function getResource(deps: AppDeps, kind: ResourceKind, id: string): Resource | undefined {
  if (kind === "benchmarks") return deps.index.getBenchmark(id);
  if (kind === "datasets") return deps.index.getDataset(id);
  return deps.index.getLeaderboard(id);
}

/**
 * The filtered list and facet counts for `?q=…&task=…&lang=…&modality=…&group=…` (the list's JSON twin),
 * in catalogue order. Search, filtering and counting are the index's, as for models (`q`: every term in
 * the entry's search text); a value this kind of entry never has is a UsageError naming the parameter
 * and the values it does have.
 */
export function resourceListData(deps: AppDeps, kind: ResourceKind, params: Record<string, string[]>) {
  const names = resourceFacets(kind);
  let present: Record<ResourceFacetName, FacetCount[]> | undefined;
  const filter: ResourceFilter = {};
  let q: string | undefined;
  for (const [name, raw] of Object.entries(params)) {
    if (name === "q") {
      q = raw.join(" ").trim() || undefined;
      continue;
    }
    const facet = names.find((n) => n === name);
    if (!facet) throw new UsageError(`unknown parameter "${name}"`, name, ["q", ...names]);
    present ??= deps.index.resourceFacets({ kind: [kind] });
    const valid = present[facet].map((c) => c.value).sort();
    const wanted = [...new Set(splitKnown(raw, valid))];
    for (const v of wanted) {
      if (!valid.includes(v)) throw new UsageError(`${facet}: unknown value "${v}"`, facet, valid);
    }
    filter[facet] = wanted;
  }
  const query: ModelQuery = { kind: [kind], ...filter, ...(q ? { q } : {}) };
  const matching = new Set(deps.index.queryModels(query).items.map((i) => i.id));
  const counts = deps.index.resourceFacets(query);
  const all = listResources(deps, kind);
  return {
    total: all.length,
    matching: matching.size,
    ...(q ? { q } : {}),
    filter,
    facets: Object.fromEntries(names.map((n) => [n, counts[n]])) as Partial<
      Record<ResourceFacetName, FacetCount[]>
    >,
    items: all.filter((r) => matching.has(r.id)),
  };
}

/**
 * A resource list page: every entry of the kind, those the filter leaves out `hidden`, each row with its
 * facet values (see facetValuesByEntry) for the page's script, which filters in place as the reader
 * checks boxes and applies the URL's filter on a static host (which ignores the query). Filter values are
 * all the kind has, counted under the other filters; those with none left are hidden unless checked.
 */
export function renderResourceList(
  ctx: PageContext,
  deps: AppDeps,
  kind: ResourceKind,
  data: ReturnType<typeof resourceListData>,
): Html {
  const { t } = ctx;
  const title = t[`${kind}_title`];
  const legends: Record<ResourceFacetName, string> = {
    task: t.facet_task,
    lang: t.facet_lang,
    modality: t.facet_modality,
    group: t.facet_group,
  };
  const names = resourceFacets(kind);
  const present = deps.index.resourceFacets({ kind: [kind] });
  const offered = Object.fromEntries(names.map((n) => [n, present[n]]));
  const values = facetValuesByEntry(deps, { kind: [kind] }, offered);
  const groups = names.map((name) => {
    const checked = data.filter[name] ?? [];
    const counted = data.facets[name] ?? [];
    // The index's order (most entries first, then by value), then the values with none left, at 0.
    const none = present[name]
      .filter((v) => !counted.some((c) => c.value === v.value))
      .map((v) => ({ value: v.value, count: 0 }))
      .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return {
      name,
      legend: legends[name],
      values: [...counted, ...none].map((v) => ({
        ...v,
        label: filterValueLabel(ctx, name, v.value),
        checked: checked.includes(v.value),
        hidden: v.count === 0 && !checked.includes(v.value),
      })),
    };
  });
  const shown = new Set(data.items.map((r) => r.id));
  const titles = resourceSectionTitles(deps);
  return html`<h1>${title}</h1>
<div class="cat">
${filterPanel(
  ctx,
  html`<form id="list-filters" class="facets" method="get" action="${pageHref(ctx, `/${kind}`)}" aria-label="${t.filters}" data-client-filter data-recount>
${staticNotice(ctx)}
${renderFacetGroups(groups)}
<button type="submit">${t.apply}</button> <a class="btn" href="${pageHref(ctx, `/${kind}`)}">${t.clear}</a>
</form>`,
)}
<div>
<div class="searchbar" role="search">
<label class="visually-hidden" for="q">${t.search}</label>
<input id="q" type="search" name="q" form="list-filters" value="${data.q ?? ""}" placeholder="${t.search_resources_placeholder}" autocomplete="off" spellcheck="false">
<button type="submit" form="list-filters">${t.search}</button>
</div>
<p class="count" role="status" data-template="${t.showing}">${fillCount(t, data.items.length, data.matching, data.total)}</p>
<p data-empty${shown.size > 0 ? html` hidden` : ""}>${t.no_results}</p>
<div class="scroll-narrow"><table><thead><tr><th scope="col">${t.col_name}</th><th scope="col">${kind === "leaderboards" ? t.f_benchmarks : t.f_tasks}</th><th scope="col">${t.f_languages}</th><th scope="col">${t.facet_group}</th></tr></thead>
<tbody>${listResources(deps, kind).map(
    (r) =>
      html`<tr data-facets="${JSON.stringify(values.get(r.id) ?? {})}" data-text="${resourceSearchText(r, titles)}"${shown.has(r.id) ? "" : html` hidden`}><td><a href="${pageHref(ctx, `/${kind}/${r.id}`)}">${r.name}</a></td><td>${"tasks" in r ? codeLabels("task", r.tasks, ctx.lang) : r.benchmarks.join(", ")}</td><td>${"languages" in r ? r.languages.map((code) => languageName(code, ctx.lang)).join(", ") : ""}</td><td>${r.group ?? ""}</td></tr>`,
  )}</tbody></table></div>
</div>
</div>`;
}

/** Every field of a benchmark, dataset or leaderboard. */
export function renderResourceDetail(ctx: PageContext, deps: AppDeps, kind: ResourceKind, r: Resource): Html {
  const { t } = ctx;
  const notes = pickText(r.notes, ctx.lang);
  const list = (items: string[] | undefined) => (items?.length ? items.join(", ") : "—");
  const usedBy = kind === "leaderboards" ? [] : evaluatedOn(deps, r.id);
  return html`<article>
<h1>${r.name}${r.status === "archived" ? html` <span class="badge arch">${t.archived}</span>` : ""}</h1>
${notes ? html`<p>${notes}</p>` : ""}
<dl class="fields">
<dt>${t.f_sections}</dt><dd>${list(r.sections.map((s) => sectionTitle(ctx, deps.data.sections.get(s)?.title, s)))}</dd>
<dt>${t.facet_group}</dt><dd>${r.group ?? "—"}</dd>
${"tasks" in r ? html`<dt>${t.f_tasks}</dt><dd>${list(r.tasks.map((c) => codeLabel("task", c, ctx.lang)))}</dd><dt>${t.f_languages}</dt><dd>${list(r.languages?.map((code) => languageName(code, ctx.lang)))}</dd><dt>${t.f_modality}</dt><dd>${list(r.modality.map((c) => codeLabel("modality", c, ctx.lang)))}</dd><dt>${t.f_size}</dt><dd>${list(r.size.map((q) => `${q.value} ${q.unit}`))}</dd><dt>${t.f_source_type}</dt><dd>${list(r.source_type.map((c) => codeLabel("source", c, ctx.lang)))}</dd><dt>${t.f_license}</dt><dd>${r.license ?? "—"}</dd><dt>${t.f_leaderboards}</dt><dd>${resourceLinks(ctx, deps, "leaderboards", r.leaderboards)}</dd>` : ""}
${"benchmarks" in r ? html`<dt>${t.f_benchmarks}</dt><dd>${resourceLinks(ctx, deps, "benchmarks", r.benchmarks)}</dd>` : ""}
<dt>${t.f_tags}</dt><dd>${list(r.tags)}</dd>
</dl>
<h2>${t.f_links}</h2>
${r.links.length ? html`<ul>${r.links.map((l) => html`<li>${link(t, l)}</li>`)}</ul>` : html`<p class="muted">—</p>`}
${kind !== "leaderboards" ? html`<h2>${t.f_scores}</h2>${usedBy.length ? html`<ul>${usedBy.map((m) => html`<li><a href="${pageHref(ctx, `/models/${m.id}`)}">${deps.data.label(m.id)}</a>: ${m.score.value === undefined ? html`<span class="muted">${t.evaluated_no_result}</span>` : renderScore(ctx.lang, m.score)}</li>`)}</ul>` : html`<p class="muted">—</p>`}` : ""}
<h2>${t.f_provenance}</h2>
${r.provenance.length ? html`<ul>${r.provenance.map((p) => html`<li>${p.source}:${p.line} ${p.section ?? ""} <code>${p.raw.join(" | ")}</code></li>`)}</ul>` : html`<p class="muted">—</p>`}
<h2>${t.f_corrections}</h2>
${r.corrections.length ? html`<ul>${r.corrections.map((c) => html`<li>${c.field}: ${c.reason} (${c.by})</li>`)}</ul>` : html`<p class="muted">—</p>`}
</article>`;
}

/** "Showing n of m matching (t in total)". */
export function fillCount(t: Messages, shown: number, matching: number, total: number): string {
  return t.showing
    .replace("{shown}", String(shown))
    .replace("{matching}", String(matching))
    .replace("{total}", String(total));
}

// --- helpers ---

/** Section titles as the index searches them (a search for a section's title finds its entries). */
const resourceSectionTitles = oncePerApp((deps) => sectionTitles(deps.index.sections()));

function resourceLinks(ctx: PageContext, deps: AppDeps, kind: ResourceKind, ids: string[]): Html {
  if (ids.length === 0) return html`—`;
  return html`${ids.map((id, i) => {
    const r = getResource(deps, kind, id);
    const sep = i > 0 ? ", " : "";
    return r ? html`${sep}<a href="${pageHref(ctx, `/${kind}/${id}`)}">${r.name}</a>` : html`${sep}${id}`;
  })}`;
}
