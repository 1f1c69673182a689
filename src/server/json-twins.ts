import { Hono } from "hono";
import type { AppDeps, AppEnv } from "./app-deps.js";
import { NotFoundError } from "./error-pages.js";
import { LIST_TWINS, searchIndexJson } from "./list-twins.js";
import { modelPageData } from "./model-page.js";
import { getResource, RESOURCE_KINDS } from "./resource-pages.js";
import { JSON_TYPE, send, sendJson } from "./send.js";

/**
 * JSON twins of the HTML pages (`/models/<id>.json`, `/news.json`…) and the search data the catalogue
 * script loads. Language-neutral, so they live once at the root.
 */
export function jsonTwins(deps: AppDeps): Hono<AppEnv> {
  const twins = new Hono<AppEnv>({ strict: false });
  let clientData: string | undefined;
  twins.use(async (c, next) => {
    await next();
    if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "public, max-age=60");
  });
  twins.get("/search-index.json", (c) => {
    clientData ??= searchIndexJson(deps);
    return send(c, clientData, JSON_TYPE);
  });
  twins.get("/models/:file{.+\\.json}", (c) => {
    const id = c.req.param("file").slice(0, -".json".length);
    const data = modelPageData(deps, id);
    if (!data) throw new NotFoundError(`no model with id "${id}"`);
    return sendJson(c, data);
  });
  for (const [path, twin] of Object.entries(LIST_TWINS)) {
    twins.get(path, (c) => sendJson(c, twin(deps, c.req.queries())));
  }
  for (const kind of RESOURCE_KINDS) {
    twins.get(`/${kind}/:file{.+\\.json}`, (c) => {
      const id = c.req.param("file").slice(0, -".json".length);
      const r = getResource(deps, kind, id);
      if (!r) throw new NotFoundError(`no ${kind.slice(0, -1)} with id "${id}"`);
      return sendJson(c, r);
    });
  }
  return twins;
}
