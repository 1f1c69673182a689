import { type AppDeps, pageDocument } from "./app-deps.js";
import { ASSETS, FAVICON } from "./assets.js";
import { NotFoundError } from "./handle-error.js";
import { modelPage, requestPageContext, resourcePage } from "./html-pages.js";
import { LANGS } from "./lang.js";
import { type ModelPageData, modelPageData } from "./model-page.js";
import { getResource, RESOURCE_KINDS, type Resource } from "./resource-pages.js";
import { itemJson } from "./send.js";

/** One route of the static build and the file it is written to (relative, `/`-separated). */
export interface SiteRoute {
  path: string;
  file: string;
  /**
   * The body the app answers for `path`, made by the same functions as its route but without a request
   * (no Request, Response or ETag). Set for the per-entry pages and JSON files, which are most of the site.
   */
  render?: () => string;
}

/**
 * Every route the static site needs: the pages in both languages (as `…/index.html`, so any static host
 * serves them), the root page, their JSON twins, the API as `.json` files, the feed, llms.txt, the
 * OpenAPI document and the assets.
 */
export function siteRoutes(deps: AppDeps): SiteRoute[] {
  const resources = RESOURCE_KINDS.map((kind) => ({
    kind,
    ids: (kind === "benchmarks"
      ? deps.index.listBenchmarks()
      : kind === "datasets"
        ? deps.index.listDatasets()
        : deps.index.listLeaderboards()
    ).map((r) => r.id),
  }));
  const routes: SiteRoute[] = [{ path: "/", file: "index.html" }];
  const page = (p: string, render?: (lang: (typeof LANGS)[number]) => string) => {
    for (const lang of LANGS) {
      const path = `/${lang}${p === "/" ? "/" : p}`;
      routes.push({
        path,
        file: `${path.slice(1).replace(/\/$/, "")}/index.html`,
        ...(render ? { render: () => render(lang) } : {}),
      });
    }
  };
  for (const p of ["/", "/news", "/charts", "/lineage", "/medical", ...RESOURCE_KINDS.map((k) => `/${k}`)]) {
    page(p);
  }
  // A model's pages and JSON files one after another, so they share one lookup and one serialisation.
  for (const { id } of deps.data.models) {
    let data: ModelPageData | undefined;
    let json: string | undefined;
    const detail = () => (data ??= found(modelPageData(deps, id), `no model with id "${id}"`));
    const twin = () => (json ??= JSON.stringify(detail()));
    page(`/models/${id}`, (lang) => {
      const ctx = requestPageContext(deps, lang, `/models/${id}`, "");
      const { options, body } = modelPage(ctx, deps, detail());
      return pageDocument(ctx, options, body);
    });
    routes.push({ path: `/models/${id}.json`, file: `models/${id}.json`, render: twin });
    routes.push({
      path: `/api/v1/models/${id}.json`,
      file: `api/v1/models/${id}.json`,
      render: () => itemJson(twin()),
    });
  }
  for (const path of [
    "/search-index.json",
    "/news.json",
    "/charts.json",
    "/lineage.json",
    "/medical.json",
    "/api/v1/medical.json",
    "/feed.atom",
    "/llms.txt",
    "/api/openapi.json",
    "/api/v1/models.json",
    "/api/v1/news.json",
    "/api/v1/stats.json",
    ASSETS.css.path,
    ASSETS.js.path,
    FAVICON.path,
  ]) {
    routes.push({ path, file: path.slice(1) });
  }
  for (const { kind, ids } of resources) {
    routes.push({ path: `/api/v1/${kind}.json`, file: `api/v1/${kind}.json` });
    for (const id of ids) {
      let item: Resource | undefined;
      let json: string | undefined;
      const detail = () => (item ??= found(getResource(deps, kind, id), `no ${kind.slice(0, -1)} "${id}"`));
      const twin = () => (json ??= JSON.stringify(detail()));
      routes.push(
        { path: `/${kind}/${id}.json`, file: `${kind}/${id}.json`, render: twin },
        {
          path: `/api/v1/${kind}/${id}.json`,
          file: `api/v1/${kind}/${id}.json`,
          render: () => itemJson(twin()),
        },
      );
      page(`/${kind}/${id}`, (lang) => {
        const ctx = requestPageContext(deps, lang, `/${kind}/${id}`, "");
        const { options, body } = resourcePage(ctx, deps, kind, detail());
        return pageDocument(ctx, options, body);
      });
    }
  }
  return routes;
}

function found<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new NotFoundError(message);
  return value;
}
