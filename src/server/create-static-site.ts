import { type AppOptions, appDeps } from "./app-deps.js";
import { errorBody, errorPage, NotFoundError } from "./error-pages.js";
import { type SiteRoute, siteRoutes } from "./site-routes.js";

export type { AppOptions };

/** Every file of a static build, rendered without a request, over one read of the index. */
export interface StaticSite {
  /** In build order; each renders what the app in static mode answers for its path. */
  routes: SiteRoute[];
  /** The page the app answers for a path it does not know (GitHub Pages serves it as `404.html`). */
  notFound: () => string;
}

/**
 * The static site: the files the app answers in static mode (links end in `/`, unprefixed pages use
 * `defaultLang`), each rendered by the same functions as the app's routes.
 *
 * @example const { routes, notFound } = createStaticSite({ index, base: "/llm-radar/" })
 */
export function createStaticSite(options: Omit<AppOptions, "staticSite">): StaticSite {
  const deps = appDeps({ ...options, staticSite: true });
  const missing = errorBody(new NotFoundError("no such page"));
  return {
    routes: siteRoutes(deps),
    notFound: () => errorPage(missing, deps.base, deps.defaultLang ?? "en", true),
  };
}
