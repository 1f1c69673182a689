import type { AppDeps, Queries } from "./app-deps.js";
import { chartsData } from "./charts-page.js";
import { buildClientData } from "./client-data.js";
import { lineageForest } from "./lineage-page.js";
import { medicalData } from "./medical-page.js";

/** The data behind instant search and facets, as `/search-index.json` serves it. */
export function searchIndexJson(deps: AppDeps): string {
  return JSON.stringify(buildClientData(deps.index, deps.data));
}

/** The JSON twins of the pages that are not one entry's, by path; the static build writes them too. */
export const LIST_TWINS: Record<string, (deps: AppDeps, queries: Queries) => unknown> = {
  "/news.json": (deps) => deps.index.listNews(),
  "/charts.json": (deps) => chartsData(deps),
  "/lineage.json": (deps) => lineageForest(deps),
  "/medical.json": (deps, queries) => medicalData(deps, queries),
};
