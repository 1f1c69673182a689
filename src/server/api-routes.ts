import { type Handler, Hono } from "hono";
import { UsageError, YearMonth } from "../core/index.js";
import { parseModelQuery, summariesCsv } from "../query/index.js";
import type { AppDeps, AppEnv, Queries } from "./app-deps.js";
import { NotFoundError } from "./handle-error.js";
import { medicalData } from "./medical-page.js";
import { modelPageData } from "./model-page.js";
import { getResource, RESOURCE_KINDS, resourceListData } from "./resource-pages.js";
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

/**
 * The answers that list or summarise, by path under `/api/v1`. The server routes them and the static
 * build writes them (with no query) as `<path>.json` through the same functions.
 */
export const API_LISTS: Record<string, (deps: AppDeps, params: Queries) => unknown> = {
  "/models": (deps, params) => {
    const withFacets = params.facets !== undefined;
    if (withFacets && !["", "true", "1"].includes(params.facets?.[0] ?? "")) {
      throw new UsageError(`facets: "${params.facets?.[0]}" is not one of true, 1`, "facets", ["true", "1"]);
    }
    const query = parseModelQuery(params, { vocabulary: deps.vocabulary, ignore: ["facets"] });
    const result = deps.index.queryModels(query);
    const facets = withFacets
      ? deps.index.facets({ ...query, limit: undefined, offset: undefined })
      : undefined;
    return { ok: true as const, ...result, ...(facets ? { facets } : {}) };
  },
  ...Object.fromEntries(
    RESOURCE_KINDS.map((kind) => [
      `/${kind}`,
      (deps: AppDeps, params: Queries) => ({ ok: true as const, ...resourceListData(deps, kind, params) }),
    ]),
  ),
  "/medical": (deps, params) => ({ ok: true as const, ...medicalData(deps, params) }),
  "/news": (deps, params) => {
    rejectParams(params, ["since", "limit"]);
    const since = params.since?.[0];
    if (since !== undefined && !YearMonth.safeParse(since).success) {
      throw new UsageError(`since: "${since}" is not a date (YYYY-MM or YYYY-MM-DD)`, "since");
    }
    const limitText = params.limit?.[0];
    if (limitText !== undefined && !/^[1-9]\d*$/.test(limitText)) {
      throw new UsageError(`limit: "${limitText}" is not an integer ≥ 1`, "limit");
    }
    const items = deps.index.listNews({
      ...(since ? { since } : {}),
      ...(limitText ? { limit: Number(limitText) } : {}),
    });
    return { ok: true as const, total: items.length, items };
  },
  "/stats": (deps, params) => {
    rejectParams(params);
    return {
      ok: true as const,
      stats: deps.index.stats(),
      sections: deps.index.sections(),
      licenses: deps.index.licenses(),
    };
  },
};

/**
 * `/api/v1/models.csv`: the models list as CSV, with the same filters, search, sorting and paging as
 * `/models` (every matching row unless `limit` is given) and the columns of `llm-radar ls --csv`.
 */
export function modelsCsv(deps: AppDeps, params: Queries): string {
  const query = parseModelQuery(params, { vocabulary: deps.vocabulary });
  return summariesCsv(deps.index.queryModels(query).items);
}

/** API paths also answer with a `.json` suffix, which is how the static build stores them. */
function both(api: Hono<AppEnv>, path: string, handler: Handler<AppEnv>): void {
  api.get(path, handler);
  api.get(`${path}.json`, handler);
}

/** Endpoints without parameters reject any, naming the ones they accept. */
function rejectParams(params: Record<string, string[]>, allowed: string[] = []): void {
  for (const name of Object.keys(params)) {
    if (!allowed.includes(name)) throw new UsageError(`unknown parameter "${name}"`, name, allowed);
  }
}
