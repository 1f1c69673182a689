import { Hono } from "hono";
import { cors } from "hono/cors";
import { apiRoutes } from "./api-routes.js";
import { type AppDeps, type AppEnv, type AppOptions, appDeps, siteUrlOf } from "./app-deps.js";
import { ASSETS, FAVICON } from "./assets.js";
import { handleError, handleNotFound } from "./handle-error.js";
import { htmlPages } from "./html-pages.js";
import { jsonTwins } from "./json-twins.js";
import { readOnly } from "./read-only.js";
import { securityHeaders } from "./security-headers.js";
import { send } from "./send.js";
import { SITE_FILES } from "./site-files.js";

/**
 * The web catalogue and JSON API as a Hono app. `serve` listens with it and tests call `app.request()`;
 * the static build writes what every route answers, rendered by the same functions without a request.
 * Read-only (GET/HEAD), strict CSP, ETag on every response.
 *
 * @example
 * const app = createApp({ index: await openIndex({ catalogDir: "catalog" }) });
 * const res = await app.request("/api/v1/models?section=medical&lang=ja");
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  return appFor(appDeps(options));
}

/** The app over already-read deps (the static build renders every file from the same deps directly). */
export function appFor(deps: AppDeps): Hono<AppEnv> {
  const base = deps.base;
  const app = new Hono<AppEnv>({ strict: false });
  const staticLang = deps.staticSite ? (deps.defaultLang ?? "en") : undefined;
  app.onError(handleError(base, staticLang));
  app.notFound(handleNotFound(base, staticLang));
  app.use(securityHeaders());
  app.use(cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], maxAge: 86400 }));
  app.use(readOnly());

  for (const asset of Object.values(ASSETS)) {
    app.get(asset.path, (c) =>
      send(c, asset.body, asset.type, { "Cache-Control": "public, max-age=31536000, immutable" }),
    );
  }
  app.get(FAVICON.path, (c) =>
    send(c, FAVICON.body, FAVICON.type, { "Cache-Control": "public, max-age=86400" }),
  );
  for (const [path, file] of Object.entries(SITE_FILES)) {
    // The last answer only: the origin comes from the Host header, so a map of them could be grown by clients.
    let last: { url: string; body: string } | undefined;
    app.get(path, (c) => {
      const url = siteUrlOf(deps, c.req.url);
      if (last?.url !== url) last = { url, body: file.render(deps, url) };
      return send(c, last.body, file.type, { "Cache-Control": "public, max-age=300" });
    });
  }
  app.route("/api/v1", apiRoutes(deps));
  app.route("/", jsonTwins(deps));
  app.route("/ja", htmlPages(deps, "ja"));
  app.route("/en", htmlPages(deps, "en"));
  app.route("/", htmlPages(deps, undefined));
  return app;
}
