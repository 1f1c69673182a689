import { API_LISTS, modelsCsv } from "./api-answers.js";
import { type AppDeps, type Page, pageDocument, siteUrlOf } from "./app-deps.js";
import { ASSETS, FAVICON } from "./assets.js";
import { NotFoundError } from "./error-pages.js";
import { LANGS, type Lang } from "./lang.js";
import { LIST_TWINS, searchIndexJson } from "./list-twins.js";
import { modelPageData } from "./model-page.js";
import type { PageContext } from "./page-context.js";
import { cataloguePage, LIST_PAGES, modelPage, requestPageContext, resourcePage } from "./pages.js";
import { getResource, RESOURCE_KINDS } from "./resource-pages.js";
import { itemJson } from "./send.js";
import { SITE_FILES } from "./site-files.js";

/** One route of the static build and the file it is written to (relative, `/`-separated). */
export interface SiteRoute {
  path: string;
  file: string;
  /**
   * The body the app answers for `path`, made by the same functions as its route but without a request
   * (no Request, Response or ETag, so the build never loads Node's fetch implementation).
   */
  render: () => string;
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
  const htmlFile = (lang: Lang, path: string, page: (ctx: PageContext) => Page) => {
    const ctx = requestPageContext(deps, lang, path, "");
    const { options, body } = page(ctx);
    return pageDocument(ctx, options, body);
  };
  const rootLang = deps.defaultLang ?? "en";
  const routes: SiteRoute[] = [
    {
      path: "/",
      file: "index.html",
      render: () => htmlFile(rootLang, "/", (ctx) => cataloguePage(ctx, deps, {})),
    },
  ];
  const page = (p: string, render: (ctx: PageContext) => Page) => {
    for (const lang of LANGS) {
      const path = `/${lang}${p === "/" ? "/" : p}`;
      routes.push({
        path,
        file: `${path.slice(1).replace(/\/$/, "")}/index.html`,
        render: () => htmlFile(lang, p, render),
      });
    }
  };
  for (const [p, render] of Object.entries(LIST_PAGES)) page(p, (ctx) => render(ctx, deps, {}));
  // A model's pages and JSON files one after another, so they share one lookup and one serialisation:
  // the two pages and the twin read the data, the twin and the API file the JSON.
  for (const { id } of deps.data.models) {
    const detail = sharedBy(3, () => found(modelPageData(deps, id), `no model with id "${id}"`));
    const twin = sharedBy(2, () => JSON.stringify(detail()));
    page(`/models/${id}`, (ctx) => modelPage(ctx, deps, detail()));
    routes.push({ path: `/models/${id}.json`, file: `models/${id}.json`, render: twin });
    routes.push({
      path: `/api/v1/models/${id}.json`,
      file: `api/v1/models/${id}.json`,
      render: () => itemJson(twin()),
    });
  }
  const jsonFile = (path: string, value: () => unknown) =>
    routes.push({ path, file: path.slice(1), render: () => JSON.stringify(value()) });
  routes.push({ path: "/search-index.json", file: "search-index.json", render: () => searchIndexJson(deps) });
  for (const [path, twin] of Object.entries(LIST_TWINS)) jsonFile(path, () => twin(deps, {}));
  const siteUrl = siteUrlOf(deps);
  for (const [path, file] of Object.entries(SITE_FILES)) {
    routes.push({ path, file: path.slice(1), render: () => file.render(deps, siteUrl) });
  }
  for (const [path, answer] of Object.entries(API_LISTS))
    jsonFile(`/api/v1${path}.json`, () => answer(deps, {}));
  routes.push({ path: "/api/v1/models.csv", file: "api/v1/models.csv", render: () => modelsCsv(deps, {}) });
  for (const asset of [...Object.values(ASSETS), FAVICON]) {
    routes.push({ path: asset.path, file: asset.path.slice(1), render: () => asset.body });
  }
  for (const { kind, ids } of resources) {
    for (const id of ids) {
      // The twin and the two pages read the item, the twin and the API file the JSON.
      const detail = sharedBy(3, () => found(getResource(deps, kind, id), `no ${kind.slice(0, -1)} "${id}"`));
      const twin = sharedBy(2, () => JSON.stringify(detail()));
      routes.push(
        { path: `/${kind}/${id}.json`, file: `${kind}/${id}.json`, render: twin },
        {
          path: `/api/v1/${kind}/${id}.json`,
          file: `api/v1/${kind}/${id}.json`,
          render: () => itemJson(twin()),
        },
      );
      page(`/${kind}/${id}`, (ctx) => resourcePage(ctx, deps, kind, detail()));
    }
  }
  return routes;
}

/**
 * A value the next `uses` renders share (an entry's pages and JSON files, rendered one after another):
 * computed at the first and dropped after the last, so a build does not keep every entry's data until
 * it ends (copied by each young-generation collection meanwhile). Any other order computes it again.
 */
function sharedBy<T>(uses: number, compute: () => T): () => T {
  let value: T | undefined;
  let left = 0;
  return () => {
    if (left === 0) {
      value = compute();
      left = uses;
    }
    const shared = value as T;
    if (--left === 0) value = undefined;
    return shared;
  };
}

function found<T>(value: T | undefined, message: string): T {
  if (value === undefined) throw new NotFoundError(message);
  return value;
}
