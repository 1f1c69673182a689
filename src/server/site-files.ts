import type { AppDeps } from "./app-deps.js";
import { renderFeed } from "./feed.js";
import { renderLlmsTxt } from "./llms-txt.js";
import { openApiDocument } from "./openapi.js";
import { JSON_TYPE } from "./send.js";

/**
 * The files about the whole site, which carry its absolute URL (`siteUrlOf`): the feed, llms.txt and the
 * OpenAPI document. The server renders each again only when the site URL changes; the static build
 * writes them.
 */
export const SITE_FILES: Record<
  string,
  { type: string; render: (deps: AppDeps, siteUrl: string) => string }
> = {
  "/feed.atom": {
    type: "application/atom+xml; charset=utf-8",
    render: (deps, siteUrl) => renderFeed(deps, deps.index.listNews(), siteUrl),
  },
  "/llms.txt": { type: "text/plain; charset=utf-8", render: renderLlmsTxt },
  "/api/openapi.json": {
    type: JSON_TYPE,
    render: (_deps, siteUrl) => JSON.stringify(openApiDocument(siteUrl.replace(/\/$/, "") || "/")),
  },
};
