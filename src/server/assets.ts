import { createHash } from "node:crypto";
import { CLIENT_SCRIPT } from "./client-script.js";
import { FILTER_SCRIPT } from "./filter-script.js";
import { PAGE_CSS } from "./style-css.js";

export interface Asset {
  /** Fingerprinted path, so it can be cached forever. */
  path: string;
  type: string;
  body: string;
}

function asset(name: string, ext: string, type: string, body: string): Asset {
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 10);
  return { path: `/assets/${name}-${hash}.${ext}`, type, body };
}

/**
 * The site's static files, served from memory (no disk access): the stylesheet below the header, the catalogue's script
 * and the list pages' filter.
 */
export const ASSETS = {
  css: asset("style", "css", "text/css; charset=utf-8", PAGE_CSS),
  js: asset("app", "js", "text/javascript; charset=utf-8", CLIENT_SCRIPT),
  filter: asset("filter", "js", "text/javascript; charset=utf-8", FILTER_SCRIPT),
} as const;

/**
 * `/favicon.ico` (browsers ask for it even on the feed, and a 404 would be a console error): a radar
 * mark as SVG, which browsers accept whatever the name.
 */
export const FAVICON: Asset = {
  path: "/favicon.ico",
  type: "image/svg+xml",
  body: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#0b57d0"/><circle cx="8" cy="8" r="4" fill="none" stroke="#fff" stroke-width="1.5"/><circle cx="8" cy="8" r="1.5" fill="#fff"/></svg>',
};
