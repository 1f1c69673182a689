import { type Handler, Hono } from "hono";
import { API_LISTS, modelsCsv, rejectParams } from "./api-answers.js";
import type { AppDeps, AppEnv } from "./app-deps.js";
import { NotFoundError } from "./error-pages.js";
import { modelPageData } from "./model-page.js";
import { getResource, RESOURCE_KINDS } from "./resource-pages.js";
import { responseCache } from "./response-cache.js";
import { CSV_TYPE, itemJson, JSON_TYPE, send, sendJson } from "./send.js";

/**
 * The JSON API under `/api/v1`: the same filters, search, sorting and paging as the CLI (one parser,
 * `parseModelQuery`), detail by id, the resource lists, news and stats. Bad parameters throw UsageError,
 * which `handleError` turns into a 400 naming the parameter and its valid values.
 */
export function apiRoutes(deps: AppDeps): Hono<AppEnv> {
  const api = new Hono<AppEnv>({ strict: false });
  api.use(async (c, next) => {
    await next();
    if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "public, max-age=60");
  });
  api.use(responseCache());

  for (const [path, answer] of Object.entries(API_LISTS)) {
    both(api, path, (c) => sendJson(c, answer(deps, c.req.queries())));
  }

  api.get("/models.csv", (c) =>
    send(c, modelsCsv(deps, c.req.queries()), CSV_TYPE, {
      "Content-Disposition": 'attachment; filename="llm-radar-models.csv"',
    }),
  );

  api.get("/models/:id{.+}", (c) => {
    const id = c.req.param("id").replace(/\.json$/, "");
    rejectParams(c.req.queries());
    const data = modelPageData(deps, id);
    if (!data) throw new NotFoundError(`no model with id "${id}"`);
    return send(c, itemJson(JSON.stringify(data)), JSON_TYPE);
  });

  for (const kind of RESOURCE_KINDS) {
    api.get(`/${kind}/:id{.+}`, (c) => {
      const id = c.req.param("id").replace(/\.json$/, "");
      rejectParams(c.req.queries());
      const item = getResource(deps, kind, id);
      if (!item) throw new NotFoundError(`no ${kind.slice(0, -1)} with id "${id}"`);
      return send(c, itemJson(JSON.stringify(item)), JSON_TYPE);
    });
  }

  return api;
}

/** API paths also answer with a `.json` suffix, which is how the static build stores them. */
function both(api: Hono<AppEnv>, path: string, handler: Handler<AppEnv>): void {
  api.get(path, handler);
  api.get(`${path}.json`, handler);
}
