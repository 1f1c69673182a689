import type { CountableFacet, FacetCount, FacetName } from "./catalog-index.js";
import type { MatchEngine } from "./match-engine.js";
import type { ModelQuery } from "./model-query.js";
import { COMMERCIAL } from "./query-sql.js";
import { SIZE_BUCKET_IDS } from "./size-buckets.js";

/** Facets stored one row per value in `entry_values`; the others are columns of `entries`. */
const VALUE_FACETS = new Set<CountableFacet>([
  "section",
  "lang",
  "tag",
  "org",
  "size",
  "task",
  "modality",
  "group",
]);
const COLUMN: Partial<Record<FacetName, string>> = {
  kind: "e.kind",
  status: "e.status",
  availability: "e.availability",
  license: "e.license",
  commercial: COMMERCIAL,
  year: "e.year",
};

/** Counts per value of each facet in `names`, each computed with its own filter left out. */
export function computeFacets<N extends CountableFacet>(
  engine: MatchEngine,
  query: ModelQuery,
  names: readonly N[],
): Record<N, FacetCount[]> {
  const facets = {} as Record<N, FacetCount[]>;
  for (const name of names) {
    const matching = engine.match(query, name);
    const postings = VALUE_FACETS.has(name)
      ? engine.facetPostings(
          name,
          "SELECT value, group_concat(rid) FROM entry_values WHERE facet = ? GROUP BY value",
          [name],
        )
      : engine.facetPostings(
          name,
          `SELECT ${COLUMN[name as FacetName]} AS value, group_concat(rid) FROM entries e WHERE ${COLUMN[name as FacetName]} IS NOT NULL GROUP BY 1`,
        );
    const counts: FacetCount[] = [];
    for (const [value, rids] of postings) {
      const count = matching.countOf(rids);
      if (count > 0) counts.push({ value, count });
    }
    facets[name] = sortCounts(name, counts);
  }
  return facets;
}

// --- helpers ---

function sortCounts(name: CountableFacet, rows: FacetCount[]): FacetCount[] {
  if (name === "year") return rows.sort((a, b) => Number(b.value) - Number(a.value));
  if (name === "size") {
    return rows.sort(
      (a, b) => SIZE_BUCKET_IDS.indexOf(a.value as never) - SIZE_BUCKET_IDS.indexOf(b.value as never),
    );
  }
  return rows.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
