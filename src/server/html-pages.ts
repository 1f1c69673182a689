import { Hono } from "hono";
import { html, raw } from "hono/html";
import { type AppDeps, type AppEnv, type Page, sendPage } from "./app-deps.js";
import { ASSETS } from "./assets.js";
import {
  CATALOGUE_FACETS,
  catalogueData,
  facetLabels,
  facetLegends,
  PAGE_SIZE,
  renderCataloguePage,
} from "./catalogue-page.js";
import { chartsData, renderChartsPage } from "./charts-page.js";
import { FACET_LIMIT } from "./facet-form.js";
import { NotFoundError } from "./handle-error.js";
import { jsonForHtml } from "./json-for-html.js";
import { type Lang, negotiateLang } from "./lang.js";
import { lineageForest, renderLineagePage } from "./lineage-page.js";
import { medicalData, renderMedicalPage } from "./medical-page.js";
import { type ModelPageData, modelPageData, renderModelPage } from "./model-page.js";
import { renderNewsPage } from "./news-page.js";
import { fileHref, type PageContext, pageContext, pageHref } from "./page-context.js";
import {
  getResource,
  RESOURCE_KINDS,
  type Resource,
  type ResourceKind,
  renderResourceDetail,
  renderResourceList,
  resourceListData,
} from "./resource-pages.js";

/**
 * The HTML pages, mounted three times: under `/ja` and `/en`, and at `/` where the language comes from
 * Accept-Language (`Vary` says so). Links inside pages always carry the language prefix.
 */
export function htmlPages(deps: AppDeps, lang: Lang | undefined): Hono<AppEnv> {
  const pages = new Hono<AppEnv>({ strict: false });
  pages.use(async (c, next) => {
    const url = new URL(c.req.url);
    const prefix = lang ? `/${lang}` : "";
    const path = url.pathname.slice(prefix.length).replace(/\/+$/, "") || "/";
    const chosen =
      lang ?? (deps.staticSite ? (deps.defaultLang ?? "en") : negotiateLang(c.req.header("Accept-Language")));
    c.set("page", requestPageContext(deps, chosen, path, url.search));
    await next();
    if (!lang) c.header("Vary", "Accept-Language", { append: true });
    c.header("Content-Language", chosen);
  });

  pages.get("/", (c) => {
    const ctx = c.get("page");
    const data = catalogueData(deps, c.req.queries());
    const config = {
      facets: CATALOGUE_FACETS,
      facetLimit: FACET_LIMIT,
      pageSize: PAGE_SIZE,
      dataUrl: fileHref(ctx, "/search-index.json"),
      pageHref: pageHref(ctx, "/"),
      modelHref: pageHref(ctx, "/models/__ID__"),
      labels: facetLabels(ctx, deps),
      legends: facetLegends(ctx.t),
      t: {
        new_badge: ctx.t.new_badge,
        archived: ctx.t.archived,
        showing: ctx.t.showing,
        no_results: ctx.t.no_results,
        more: ctx.t.more,
      },
    };
    const json = `/api/v1/models${ctx.search}`;
    // raw() is safe here: jsonForHtml escapes `<`, `>` and `&`, so no value can leave the script element.
    const body = html`${renderCataloguePage(ctx, deps, data)}
<script type="application/json" id="config">${raw(jsonForHtml(config))}</script>`;
    return sendPage(
      c,
      { title: `${ctx.t.site_title} — ${ctx.t.nav_catalogue}`, json, script: true, inlineStyle: true },
      body,
    );
  });

  pages.get("/models/:id", (c) => {
    const data = modelPageData(deps, c.req.param("id"));
    if (!data) throw new NotFoundError(`no model with id "${c.req.param("id")}"`);
    const page = modelPage(c.get("page"), deps, data);
    return sendPage(c, page.options, page.body);
  });

  pages.get("/news", (c) => {
    const ctx = c.get("page");
    return sendPage(
      c,
      { title: `${ctx.t.news_title} — ${ctx.t.site_title}`, json: "/news.json" },
      renderNewsPage(ctx, deps, deps.index.listNews()),
    );
  });

  pages.get("/charts", (c) => {
    const ctx = c.get("page");
    return sendPage(
      c,
      { title: `${ctx.t.charts_title} — ${ctx.t.site_title}`, json: "/charts.json" },
      renderChartsPage(ctx, deps, chartsData(deps)),
    );
  });

  pages.get("/lineage", (c) => {
    const ctx = c.get("page");
    return sendPage(
      c,
      { title: `${ctx.t.lineage_title} — ${ctx.t.site_title}`, json: "/lineage.json" },
      renderLineagePage(ctx, deps, lineageForest(deps)),
    );
  });

  pages.get("/medical", (c) => {
    const ctx = c.get("page");
    const data = medicalData(deps, c.req.queries());
    return sendPage(
      c,
      { title: `${ctx.t.nav_medical} — ${ctx.t.site_title}`, json: `/api/v1/medical${ctx.search}` },
      renderMedicalPage(ctx, data),
    );
  });

  for (const kind of RESOURCE_KINDS) {
    pages.get(`/${kind}`, (c) => {
      const ctx = c.get("page");
      const data = resourceListData(deps, kind, c.req.queries());
      return sendPage(
        c,
        { title: `${ctx.t[`${kind}_title`]} — ${ctx.t.site_title}`, json: `/api/v1/${kind}${ctx.search}` },
        renderResourceList(ctx, kind, data),
      );
    });
    pages.get(`/${kind}/:id`, (c) => {
      const r = getResource(deps, kind, c.req.param("id"));
      if (!r) throw new NotFoundError(`no ${kind.slice(0, -1)} with id "${c.req.param("id")}"`);
      const page = resourcePage(c.get("page"), deps, kind, r);
      return sendPage(c, page.options, page.body);
    });
  }
  return pages;
}

/** The context every page request gets; the static build makes the same one to render pages directly. */
export function requestPageContext(deps: AppDeps, lang: Lang, path: string, search: string): PageContext {
  return pageContext({ lang, base: deps.base, staticSite: deps.staticSite, path, search });
}

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

/** Where the stylesheet and script live (fingerprinted), for the static build's crawl. */
export const ASSET_PATHS = [ASSETS.css.path, ASSETS.js.path];
