import type { Context } from "hono";
import type { CatalogIndex, Vocabulary } from "../query/index.js";
import type { Lang } from "./lang.js";
import { type Html, type LayoutOptions, layout } from "./layout.js";
import { normalizeBase, type PageContext } from "./page-context.js";
import { send } from "./send.js";
import { buildSiteData, type SiteData } from "./site-data.js";

/** Hub facts about one model, as stored by `llm-radar sync` (one snapshot per repo). */
export interface HubFacts {
  repo: string;
  /** When the snapshot was taken (RFC 3339). */
  fetched_at: string;
  facts: Record<string, unknown>;
}

/** Everything the routes share. */
export interface AppDeps {
  index: CatalogIndex;
  data: SiteData;
  /** The index's vocabulary, read once: parameter values are checked against it on every request. */
  vocabulary: Vocabulary;
  /** URL prefix every link starts with, ending in `/`. */
  base: string;
  /** Absolute origin + base for feeds and llms.txt (e.g. `https://example.org/llm-radar/`). */
  siteUrl: string;
  staticSite: boolean;
  /** Language of pages without a `/ja/` or `/en/` prefix when there is no Accept-Language (static build). */
  defaultLang?: Lang;
  hubFacts?: (modelId: string) => HubFacts[] | undefined;
}

export type AppEnv = { Variables: { page: PageContext } };

/** The query string's parameters, as `c.req.queries()` gives them (none in a static build). */
export type Queries = Record<string, string[]>;

/**
 * The site's root URL for the feed, llms.txt and the OpenAPI document: the configured one, else the
 * request's origin + base, else (a static build knows no origin) `base` itself, so links stay relative
 * to the host the files are put on.
 */
export function siteUrlOf(deps: AppDeps, requestUrl?: string): string {
  if (deps.siteUrl) return deps.siteUrl;
  return deps.staticSite || !requestUrl ? deps.base : `${new URL(requestUrl).origin}${deps.base}`;
}

/**
 * Sends an HTML page in the layout, pointing at its JSON twin with `Link: rel="alternate"`.
 * Language-negotiated pages say so with `Vary: Accept-Language`.
 */
export function sendPage(
  c: Context<AppEnv>,
  options: LayoutOptions,
  body: Html,
): Response | Promise<Response> {
  const ctx = c.get("page");
  if (options.json) {
    c.header(
      "Link",
      `<${ctx.base}${options.json.replace(/^\//, "")}>; rel="alternate"; type="application/json"`,
    );
  }
  return send(c, pageDocument(ctx, options, body), "text/html; charset=UTF-8", {
    "Cache-Control": "public, max-age=60",
  });
}

/** A page body in the layout, as the document `sendPage` sends (and the static build writes). */
export function pageDocument(ctx: PageContext, options: LayoutOptions, body: Html): string {
  // Templates without promises render synchronously to a string.
  return String(layout(ctx, options, body));
}

/** An HTML page before the layout: its title and twin, and its body. */
export interface Page {
  options: LayoutOptions;
  body: Html;
}

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
