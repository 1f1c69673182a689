import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { html } from "hono/html";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { UsageError } from "../core/index.js";
import { isLang, type Lang, negotiateLang } from "./lang.js";
import { layout } from "./layout.js";
import { pageContext } from "./page-context.js";

/** One entry of `errors`: what was wrong and, for a bad parameter, what would have been accepted. */
export interface ErrorDetail {
  message: string;
  parameter?: string;
  valid?: string[];
}

/** The one JSON error shape (datasette's): every API error looks like this. */
export interface ErrorBody {
  ok: false;
  error: string;
  errors: ErrorDetail[];
  status: number;
}

/** Thrown by routes for a missing entry; becomes a 404 in the route's format. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
}

/**
 * The server's one place where errors become responses: JSON `{ ok: false, error, errors, status }` for
 * API and `.json` routes, an HTML page otherwise. Client mistakes are 4xx; only our own bugs are 500.
 */
export function handleError(base: string, staticLang?: Lang): ErrorHandler {
  return (error, c) => {
    const body = errorBody(error);
    if (body.status >= 500) console.error(error);
    const res = respond(c, body, base, staticLang);
    if (error instanceof HTTPException) {
      const allow = error.getResponse().headers.get("Allow");
      if (allow) res.headers.set("Allow", allow);
    }
    return res;
  };
}

/**
 * 404 for any path no route matched, in the path's format. An HTML page is in the path's language, else
 * `staticLang` (a static build's), else the one Accept-Language asks for.
 */
export function handleNotFound(base: string, staticLang?: Lang): NotFoundHandler {
  return (c) => respond(c, errorBody(new NotFoundError(`no such page: ${c.req.path}`)), base, staticLang);
}

/** The HTML page for an error (the static build writes the 404 page with it, linking as its pages do). */
export function errorPage(body: ErrorBody, base: string, lang: Lang, staticSite = false): string {
  const ctx = pageContext({ lang, base, staticSite, path: "/", search: "" });
  const { status } = body;
  const title = status === 404 ? ctx.t.not_found : status === 400 ? ctx.t.bad_request : ctx.t.error;
  const text = status === 404 ? ctx.t.not_found_text : body.error;
  // A primitive string: given the template object itself, c.html answers a Promise.
  return String(
    layout(
      ctx,
      { title: `${title} — ${ctx.t.site_title}`, navCurrent: false },
      html`<h1>${status} ${title}</h1>
<p>${text}</p>
${body.errors.map((e) => (e.valid ? html`<p>${e.parameter}: ${e.valid.join(", ")}</p>` : ""))}
<p><a href="${`${base}${lang}/`}">${ctx.t.home}</a></p>`,
    ),
  );
}

/** Maps an error to the shape and status the client sees. */
export function errorBody(error: unknown): ErrorBody {
  if (error instanceof UsageError) {
    const detail: ErrorDetail = { message: error.message };
    if (error.parameter) detail.parameter = error.parameter;
    if (error.valid.length > 0) detail.valid = [...error.valid];
    return { ok: false, error: error.message, errors: [detail], status: 400 };
  }
  if (error instanceof NotFoundError) {
    return { ok: false, error: error.message, errors: [{ message: error.message }], status: 404 };
  }
  if (error instanceof HTTPException) {
    const message = error.message || "request failed";
    return { ok: false, error: message, errors: [{ message }], status: error.status };
  }
  return { ok: false, error: "internal error", errors: [{ message: "internal error" }], status: 500 };
}

/** API routes and JSON twins answer errors in JSON; everything else is an HTML page. */
export function wantsJson(path: string): boolean {
  return path.startsWith("/api/") || path.endsWith(".json");
}

// --- helpers ---

function respond(c: Context, body: ErrorBody, base: string, staticLang: Lang | undefined): Response {
  const status = body.status as ContentfulStatusCode;
  if (wantsJson(c.req.path)) {
    return c.json(body, status, { "Cache-Control": "no-store" });
  }
  const first = c.req.path.split("/")[1];
  const lang = isLang(first) ? first : (staticLang ?? negotiateLang(c.req.header("Accept-Language")));
  return c.html(errorPage(body, base, lang, staticLang !== undefined), status, {
    "Cache-Control": "no-store",
  });
}
