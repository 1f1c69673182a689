import type { MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";

/** Longest request target accepted (RFC 9112 §3 recommends supporting at least 8000 octets). */
export const MAX_URL_LENGTH = 8000;

/**
 * The site is read-only: GET and HEAD are served, OPTIONS answers CORS preflights, anything else is 405
 * with an `Allow` header (RFC 9110 §15.5.6). Over-long request targets get 414.
 */
export function readOnly(): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== "GET" && method !== "HEAD" && method !== "OPTIONS") {
      throw new HTTPException(405, {
        message: `method ${method} is not allowed; this API is read-only (GET, HEAD)`,
        res: new Response(null, { status: 405, headers: { Allow: "GET, HEAD, OPTIONS" } }),
      });
    }
    if (c.req.url.length > MAX_URL_LENGTH) {
      throw new HTTPException(414, { message: `request target longer than ${MAX_URL_LENGTH} characters` });
    }
    await next();
  };
}
