import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type ErrorBody, errorBody, errorPage, NotFoundError, wantsJson } from "./error-pages.js";
import { isLang, type Lang, negotiateLang } from "./lang.js";

/**
 * The server's one place where errors become responses: JSON `{ ok: false, error, errors, status }` for
 * API and `.json` routes, an HTML page otherwise. Client mistakes are 4xx; only our own bugs are 500.
 */
export function handleError(base: string, staticLang?: Lang): ErrorHandler {
  return (error, c) => {
    const body = httpErrorBody(error);
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

// --- helpers ---

/** errorBody, with the status and message of Hono's HTTP errors (405 from readOnly, and the like). */
function httpErrorBody(error: unknown): ErrorBody {
  if (error instanceof HTTPException) {
    const message = error.message || "request failed";
    return { ok: false, error: message, errors: [{ message }], status: error.status };
  }
  return errorBody(error);
}

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
