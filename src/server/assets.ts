import { createHash } from "node:crypto";
import { CLIENT_SCRIPT } from "./client-script.js";
import { STYLE_CSS } from "./style-css.js";

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

/** The site's static files: one stylesheet and one script, both served from memory (no disk access). */
export const ASSETS = {
  css: asset("style", "css", "text/css; charset=utf-8", STYLE_CSS),
  js: asset("app", "js", "text/javascript; charset=utf-8", CLIENT_SCRIPT),
} as const;
