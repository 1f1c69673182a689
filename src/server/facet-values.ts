import type { ModelQuery } from "../query/index.js";
import type { AppDeps } from "./app-deps.js";

/** Facet name → the values a browser-side filter offers for it. */
export type FacetValues = Record<string, { value: string }[]>;

/**
 * Each entry's values of the given facets, as the index files them (one query per value, so a row
 * filtered in the browser matches exactly when the server's query would return it). The list pages put
 * them on their rows for the filter script.
 */
export function facetValuesByEntry(
  deps: AppDeps,
  base: ModelQuery,
  facets: FacetValues,
): Map<string, Record<string, string[]>> {
  const byEntry = new Map<string, Record<string, string[]>>();
  for (const [name, values] of Object.entries(facets)) {
    for (const { value } of values) {
      for (const item of deps.index.queryModels({ ...base, [name]: [value] }).items) {
        const entry = byEntry.get(item.id) ?? {};
        byEntry.set(item.id, entry);
        entry[name] = [...(entry[name] ?? []), value];
      }
    }
  }
  return byEntry;
}
