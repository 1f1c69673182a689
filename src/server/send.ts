import { createHash } from "node:crypto";
import type { Context } from "hono";

/**
 * Sends a 200 body with a strong ETag (SHA-1 of the text, hashed where the text is made rather than read
 * back from the Response), or 304 when If-None-Match already has it (RFC 9110 §13.1.2). A 304 carries
 * the headers a 200 would have sent that matter to caches (§15.4.5: ETag, Cache-Control, Vary…).
 */
export function send(c: Context, body: string, type: string, headers: Record<string, string> = {}): Response {
  return sendTagged(c, body, `"${createHash("sha1").update(body).digest("hex")}"`, type, headers);
}

/** `send` with the body's ETag already known (e.g. kept with a cached answer, already UTF-8 encoded). */
export function sendTagged(
  c: Context,
  body: string | Uint8Array<ArrayBuffer>,
  tag: string,
  type: string,
  headers: Record<string, string> = {},
): Response {
  const all = { "Content-Type": type, ETag: tag, ...headers };
  const match = c.req.header("If-None-Match");
  if (match?.split(",").some((t) => t.trim() === "*" || t.trim().replace(/^W\//, "") === tag)) {
    const { "Content-Type": _type, ...rest } = all;
    return c.body(null, 304, rest);
  }
  const bytes = typeof body === "string" ? encoder.encode(body) : body;
  sent.set(c, { body: bytes, tag, type, headers });
  return c.body(bytes, 200, all);
}

/** A 200 answer as `sendTagged` sent it: encoded once, with its ETag and its other headers. */
export interface SentAnswer {
  body: Uint8Array<ArrayBuffer>;
  tag: string;
  type: string;
  headers: Record<string, string>;
}

const encoder = new TextEncoder();
const sent = new WeakMap<Context, SentAnswer>();

/**
 * The 200 answer `sendTagged` made for this request, if it made one: the response cache keeps it without
 * reading the Response back (a clone tees the body stream and copies its bytes).
 */
export function sentAnswer(c: Context): SentAnswer | undefined {
  return sent.get(c);
}

export const JSON_TYPE = "application/json; charset=utf-8";
export const CSV_TYPE = "text/csv; charset=utf-8";

/** `send` for a JSON value (compact, UTF-8). */
export function sendJson(c: Context, value: unknown, headers: Record<string, string> = {}): Response {
  return send(c, JSON.stringify(value), JSON_TYPE, headers);
}

/**
 * An API item answer, `{"ok":true,"item":…}`, around the item's JSON text (the same text as
 * `JSON.stringify({ ok: true, item })`), so the static build can reuse the JSON twin's text.
 */
export function itemJson(item: string): string {
  return `{"ok":true,"item":${item}}`;
}
