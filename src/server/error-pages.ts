import { html } from "hono/html";
import { UsageError } from "../core/index.js";
import type { Lang } from "./lang.js";
import { layout } from "./layout.js";
import { pageContext } from "./page-context.js";

// Errors as the client sees them, without the HTTP framework: the static build writes its 404 page
// with these, and the server's handlers (handle-error) answer with them.

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

/** Maps an error to the shape and status the client sees (the server adds its HTTP errors: handle-error). */
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
  return { ok: false, error: "internal error", errors: [{ message: "internal error" }], status: 500 };
}

/** API routes and JSON twins answer errors in JSON; everything else is an HTML page. */
export function wantsJson(path: string): boolean {
  return path.startsWith("/api/") || path.endsWith(".json");
}
