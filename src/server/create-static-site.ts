import type { Hono } from "hono";
import type { AppEnv } from "./app-deps.js";
import { type AppOptions, appDeps, appFor } from "./create-app.js";
import { type SiteRoute, siteRoutes } from "./site-routes.js";

/** The app of a static build and every route it writes, over one read of the index. */
export interface StaticSite {
  app: Hono<AppEnv>;
  /** In build order; routes with `render` are rendered directly, the rest are requested from `app`. */
  routes: SiteRoute[];
}

/**
 * The app in static mode (links end in `/`, unprefixed pages use `defaultLang`) and the routes of the
 * static site. The per-entry routes render with the same functions as the app's routes, without HTTP.
 *
 * @example const { app, routes } = createStaticSite({ index, base: "/llm-radar/" })
 */
export function createStaticSite(options: Omit<AppOptions, "staticSite">): StaticSite {
  const deps = appDeps({ ...options, staticSite: true });
  return { app: appFor(deps), routes: siteRoutes(deps) };
}
