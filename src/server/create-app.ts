import { Hono } from "hono";
import { cors } from "hono/cors";
import type { CatalogIndex } from "../query/index.js";
import { apiRoutes } from "./api-routes.js";
import { type AppDeps, type AppEnv, type HubFacts, siteUrlOf } from "./app-deps.js";
import { ASSETS, FAVICON } from "./assets.js";
import { handleError, handleNotFound } from "./handle-error.js";
import { htmlPages } from "./html-pages.js";
import { jsonTwins } from "./json-twins.js";
import type { Lang } from "./lang.js";
import { normalizeBase } from "./page-context.js";
import { readOnly } from "./read-only.js";
import { securityHeaders } from "./security-headers.js";
import { send } from "./send.js";
import { buildSiteData } from "./site-data.js";
import { SITE_FILES } from "./site-files.js";

export interface AppOptions {
  /** The catalogue index (`openIndex`); every listing, filter and search goes through it. */
  index: CatalogIndex;
  /** Path prefix of every link, e.g. `/llm-radar/` on GitHub Pages. Default `/`. */
  base?: string;
  /** Absolute URL of the site root for the feed and llms.txt; default: the request's origin + base. */
  siteUrl?: string;
  /** Static build: links end in `/` so static hosts find `index.html`; unprefixed pages use `defaultLang`. */
  staticSite?: boolean;
  /** UI language of unprefixed pages in a static build (a server negotiates per request). Default `en`. */
  defaultLang?: Lang;
  /** Clock for the "new" badge (models released in the last 90 days). Default: now. */
  now?: Date;
  /** Hub snapshots per model id (from `llm-radar sync`), shown on detail pages. */
  hubFacts?: (modelId: string) => HubFacts[] | undefined;
}

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

/** What every route shares, read from the index once per app. */
export function appDeps(options: AppOptions): AppDeps {
  return {
    index: options.index,
    data: buildSiteData(options.index, options.now ?? new Date()),
    vocabulary: options.index.vocabulary(),
    base: normalizeBase(options.base),
    siteUrl: options.siteUrl ?? "",
    staticSite: options.staticSite ?? false,
    ...(options.defaultLang ? { defaultLang: options.defaultLang } : {}),
    ...(options.hubFacts ? { hubFacts: options.hubFacts } : {}),
  };
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
