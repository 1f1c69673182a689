import { UsageError, YearMonth } from "../core/index.js";
import { parseModelQuery, summariesCsv } from "../query/index.js";
import type { AppDeps, Queries } from "./app-deps.js";
import { medicalData } from "./medical-page.js";
import { RESOURCE_KINDS, resourceListData } from "./resource-pages.js";

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

/** Endpoints without parameters reject any, naming the ones they accept. */
export function rejectParams(params: Record<string, string[]>, allowed: string[] = []): void {
  for (const name of Object.keys(params)) {
    if (!allowed.includes(name)) throw new UsageError(`unknown parameter "${name}"`, name, allowed);
  }
}
