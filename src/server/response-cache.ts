import type { MiddlewareHandler } from "hono";
import { type SentAnswer, sendTagged, sentAnswer } from "./send.js";

export interface ResponseCacheOptions {
  /** Most answers kept (least recently used go first). */
  entries?: number;
  /** Larger bodies (e.g. an unpaged listing of a huge catalogue) are not kept. */
  maxBodyBytes?: number;
}

/**
 * Remembers successful GET answers by URL. The server answers from one catalogue snapshot for its whole
 * life (the index and site data are read at start), so an answer never goes stale; a repeated query
 * then costs neither the query, nor JSON encoding, nor the ETag hash. Conditional requests still get
 * 304 from the stored ETag.
 */
export function responseCache(options: ResponseCacheOptions = {}): MiddlewareHandler {
  const limit = options.entries ?? 2000;
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const cache = new Map<string, SentAnswer>();
  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const key = c.req.url;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return sendTagged(c, hit.body, hit.tag, hit.type, hit.headers);
    }
    await next();
    const answer = sentAnswer(c);
    if (c.res.status !== 200 || !answer || answer.body.byteLength > maxBody) return;
    cache.set(key, answer);
    if (cache.size > limit) cache.delete(cache.keys().next().value as string);
  };
}
