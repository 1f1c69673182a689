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
  const routes: SiteRoute[] = [{ path: "/", file: "index.html" }];
  const page = (p: string) => {
    for (const lang of LANGS) {
      const path = `/${lang}${p === "/" ? "/" : p}`;
      routes.push({ path, file: `${path.slice(1).replace(/\/$/, "")}/index.html` });
    }
  };
  for (const p of ["/", "/news", "/charts", "/lineage", "/medical", ...RESOURCE_KINDS.map((k) => `/${k}`)]) {
    page(p);
  }
  // A model's pages and JSON files one after another, so they share one lookup (model-page.ts).
  for (const id of models) {
    page(`/models/${id}`);
    routes.push({ path: `/models/${id}.json`, file: `models/${id}.json` });
    routes.push({ path: `/api/v1/models/${id}.json`, file: `api/v1/models/${id}.json` });
  }
  for (const { kind, ids } of resources) for (const id of ids) page(`/${kind}/${id}`);
  const files = [
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
    ...resources.flatMap(({ kind, ids }) => [
      `/api/v1/${kind}.json`,
      ...ids.flatMap((id) => [`/${kind}/${id}.json`, `/api/v1/${kind}/${id}.json`]),
    ]),
  ];
  for (const path of files) routes.push({ path, file: path.slice(1) });
  return routes;
}
