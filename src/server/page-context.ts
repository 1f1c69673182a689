import type { Lang } from "./lang.js";
import { type Messages, messages } from "./messages.js";

/** What every HTML renderer needs to know about the request. */
export interface PageContext {
  lang: Lang;
  t: Messages;
  /** URL prefix the site is served under, always ending in `/` (e.g. `/` or `/llm-radar/`). */
  base: string;
  /** Static build: page links get a trailing slash so any static host finds `index.html`. */
  staticSite: boolean;
  /** The page's path without base or language prefix, e.g. `/models/qwen3`. */
  path: string;
  /** The query string including `?`, or empty. */
  search: string;
}

export function pageContext(options: Omit<PageContext, "t">): PageContext {
  return { ...options, t: messages(options.lang) };
}

/**
 * Link to an HTML page in the current (or given) language: `/en/models/x`, or `/en/models/x/` in a static
 * build. `path` starts with `/`; `query` is appended as is.
 */
export function pageHref(ctx: PageContext, path: string, query = "", lang: Lang = ctx.lang): string {
  const trimmed = path === "/" ? "" : path;
  const slash = ctx.staticSite || trimmed === "" ? "/" : "";
  return `${ctx.base}${lang}${trimmed}${slash}${query}`;
}

/** Link to a language-neutral file (`/models/x.json`, `/feed.atom`, `/assets/app.js`). */
export function fileHref(ctx: { base: string }, path: string): string {
  return `${ctx.base}${path.replace(/^\//, "")}`;
}

/** Normalises a `--base` value to start and end with `/`. */
export function normalizeBase(base: string | undefined): string {
  if (!base) return "/";
  const trimmed = base.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}
