import { html, raw } from "hono/html";
import type { AppDeps, Page, Queries } from "./app-deps.js";
import {
  ALSO_LIMIT,
  CATALOGUE_FACETS,
  catalogueData,
  facetLabels,
  facetLegends,
  PAGE_SIZE,
  queryString,
  renderCataloguePage,
} from "./catalogue-page.js";
import { chartsData, renderChartsPage } from "./charts-page.js";
import { FACET_LIMIT } from "./facet-form.js";
import { jsonForHtml } from "./json-for-html.js";
import type { Lang } from "./lang.js";
import { lineageForest, renderLineagePage } from "./lineage-page.js";
import { medicalData, renderMedicalPage } from "./medical-page.js";
import { type ModelPageData, renderModelPage } from "./model-page.js";
import { renderNewsPage } from "./news-page.js";
import { fileHref, type PageContext, pageContext, pageHref } from "./page-context.js";
import {
  RESOURCE_KINDS,
  type Resource,
  type ResourceKind,
  renderResourceDetail,
  renderResourceList,
  resourceListData,
} from "./resource-pages.js";

/** The context every page request gets; the static build makes the same one to render pages directly. */
export function requestPageContext(deps: AppDeps, lang: Lang, path: string, search: string): PageContext {
  return pageContext({ lang, base: deps.base, staticSite: deps.staticSite, path, search });
}

/** The catalogue page (`/<lang>/`): the table, its facets and the script's configuration. */
export function cataloguePage(ctx: PageContext, deps: AppDeps, queries: Queries): Page {
  const data = catalogueData(deps, queries);
  const config = {
    facets: CATALOGUE_FACETS,
    facetLimit: FACET_LIMIT,
    pageSize: PAGE_SIZE,
    dataUrl: fileHref(ctx, "/search-index.json"),
    pageHref: pageHref(ctx, "/"),
    // The query the rows below answer (always none in the static build), so the script knows whose order they are in.
    rendered: ctx.search,
    modelHref: pageHref(ctx, "/models/__ID__"),
    resourceHref: pageHref(ctx, "/__KIND__/__ID__"),
    resourceListHref: pageHref(ctx, "/__KIND__"),
    // The footer's JSON and CSV links follow the filter on the server; a static host has only the whole lists.
    apiHrefs: ctx.staticSite
      ? null
      : { json: fileHref(ctx, "/api/v1/models"), csv: fileHref(ctx, "/api/v1/models.csv") },
    alsoLimit: ALSO_LIMIT,
    labels: facetLabels(ctx, deps),
    legends: facetLegends(ctx.t),
    t: {
      new_badge: ctx.t.new_badge,
      archived: ctx.t.archived,
      showing: ctx.t.showing,
      no_results: ctx.t.no_results,
      also_resources: ctx.t.also_resources,
      also_more: ctx.t.also_more,
      also_all: ctx.t.also_all,
      kinds: {
        benchmarks: ctx.t.kind_benchmarks,
        datasets: ctx.t.kind_datasets,
        leaderboards: ctx.t.kind_leaderboards,
      },
      lists: {
        benchmarks: ctx.t.benchmarks_title,
        datasets: ctx.t.datasets_title,
        leaderboards: ctx.t.leaderboards_title,
      },
      more: ctx.t.more,
    },
  };
  // raw() is safe here: jsonForHtml escapes `<`, `>` and `&`, so no value can leave the script element.
  return {
    options: {
      title: `${ctx.t.site_title} — ${ctx.t.nav_catalogue}`,
      json: apiListHref(ctx, "/api/v1/models"),
      // The whole filtered list, not this page of it.
      csv: `/api/v1/models.csv${queryString(ctx.search, { offset: undefined, limit: undefined })}`,
      script: "catalogue",
    },
    body: html`${renderCataloguePage(ctx, deps, data)}
<script type="application/json" id="config">${raw(jsonForHtml(config))}</script>`,
  };
}

/**
 * The pages that are not one entry's, by path under the language prefix. The server routes them and the
 * static build renders them (with no query) through the same functions.
 */
export const LIST_PAGES: Record<string, (ctx: PageContext, deps: AppDeps, queries: Queries) => Page> = {
  "/": cataloguePage,
  "/news": (ctx, deps) => ({
    options: { title: `${ctx.t.news_title} — ${ctx.t.site_title}`, json: "/news.json" },
    body: renderNewsPage(ctx, deps, deps.index.listNews()),
  }),
  "/charts": (ctx, deps) => ({
    options: { title: `${ctx.t.charts_title} — ${ctx.t.site_title}`, json: "/charts.json" },
    body: renderChartsPage(ctx, deps, chartsData(deps)),
  }),
  "/lineage": (ctx, deps) => ({
    options: { title: `${ctx.t.lineage_title} — ${ctx.t.site_title}`, json: "/lineage.json" },
    body: renderLineagePage(ctx, deps, lineageForest(deps)),
  }),
  "/medical": (ctx, deps, queries) => ({
    options: {
      title: `${ctx.t.nav_medical} — ${ctx.t.site_title}`,
      json: apiListHref(ctx, "/api/v1/medical"),
      script: "filter",
    },
    body: renderMedicalPage(ctx, deps, medicalData(deps, queries)),
  }),
  ...Object.fromEntries(
    RESOURCE_KINDS.map((kind) => [
      `/${kind}`,
      (ctx: PageContext, deps: AppDeps, queries: Queries): Page => ({
        options: {
          title: `${ctx.t[`${kind}_title`]} — ${ctx.t.site_title}`,
          json: apiListHref(ctx, `/api/v1/${kind}`),
          script: "filter",
        },
        body: renderResourceList(ctx, deps, kind, resourceListData(deps, kind, queries)),
      }),
    ]),
  ),
};

/** A model's page (`/<lang>/models/<id>`). */
export function modelPage(ctx: PageContext, deps: AppDeps, data: ModelPageData): Page {
  return {
    options: { title: `${data.entry.name} — ${ctx.t.site_title}`, json: `/models/${data.entry.id}.json` },
    body: renderModelPage(ctx, deps, data),
  };
}

/** A benchmark's, dataset's or leaderboard's page (`/<lang>/<kind>/<id>`). */
export function resourcePage(ctx: PageContext, deps: AppDeps, kind: ResourceKind, r: Resource): Page {
  return {
    options: { title: `${r.name} — ${ctx.t.site_title}`, json: `/${kind}/${r.id}.json` },
    body: renderResourceDetail(ctx, deps, kind, r),
  };
}

/**
 * An API list as a page links it (footer, `rel="alternate"`): with the page's query on the server; on a
 * static host, which ignores queries and has no extensionless files, the `.json` file the build wrote.
 */
function apiListHref(ctx: PageContext, path: string): string {
  return ctx.staticSite ? `${path}.json` : `${path}${ctx.search}`;
}
