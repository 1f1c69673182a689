import type { CatalogIndex } from "../query/index.js";
import { ASSETS, FAVICON } from "./assets.js";
import { LANGS } from "./lang.js";
import { RESOURCE_KINDS } from "./resource-pages.js";

/** One route of the static build and the file it is written to (relative, `/`-separated). */
export interface SiteRoute {
  path: string;
  file: string;
}

/**
 * Every route the static site needs: the pages in both languages (as `…/index.html`, so any static host
 * serves them), the root page, their JSON twins, the API as `.json` files, the feed, llms.txt, the
 * OpenAPI document and the assets.
 */
export function siteRoutes(index: CatalogIndex): SiteRoute[] {
  const models = index.queryModels({}).items.map((m) => m.id);
  const resources = RESOURCE_KINDS.map((kind) => ({
    kind,
    ids: (kind === "benchmarks"
      ? index.listBenchmarks()
      : kind === "datasets"
        ? index.listDatasets()
        : index.listLeaderboards()
    ).map((r) => r.id),
  }));
  const pages = [
    "/",
    "/news",
    "/charts",
    "/lineage",
    ...RESOURCE_KINDS.map((k) => `/${k}`),
    ...models.map((id) => `/models/${id}`),
    ...resources.flatMap(({ kind, ids }) => ids.map((id) => `/${kind}/${id}`)),
  ];
  const routes: SiteRoute[] = [{ path: "/", file: "index.html" }];
  for (const lang of LANGS) {
    for (const page of pages) {
      const path = `/${lang}${page === "/" ? "/" : page}`;
      routes.push({ path, file: `${path.slice(1).replace(/\/$/, "")}/index.html` });
    }
  }
  const files = [
    "/search-index.json",
    "/news.json",
    "/charts.json",
    "/lineage.json",
    "/feed.atom",
    "/llms.txt",
    "/api/openapi.json",
    "/api/v1/models.json",
    "/api/v1/news.json",
    "/api/v1/stats.json",
    ASSETS.css.path,
    ASSETS.js.path,
    FAVICON.path,
    ...models.flatMap((id) => [`/models/${id}.json`, `/api/v1/models/${id}.json`]),
    ...resources.flatMap(({ kind, ids }) => [
      `/api/v1/${kind}.json`,
      ...ids.flatMap((id) => [`/${kind}/${id}.json`, `/api/v1/${kind}/${id}.json`]),
    ]),
  ];
  for (const path of files) routes.push({ path, file: path.slice(1) });
  return routes;
}
