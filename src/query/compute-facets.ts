import type Database from "better-sqlite3";
import { FACET_NAMES, type FacetCount, type FacetName, type Facets } from "./catalog-index.js";
import type { ModelQuery } from "./model-query.js";
import { buildQuerySql, COMMERCIAL } from "./query-sql.js";
import { SIZE_BUCKET_IDS } from "./size-buckets.js";

/** Facets stored one row per value in `entry_values`; the others are columns of `entries`. */
const VALUE_FACETS = new Set<FacetName>(["section", "lang", "tag", "org", "size"]);
const COLUMN: Partial<Record<FacetName, string>> = {
  kind: "e.kind",
  status: "e.status",
  availability: "e.availability",
  license: "e.license",
  commercial: COMMERCIAL,
  year: "e.year",
};

/** Counts per facet value, each facet computed with its own filter left out. */
export function computeFacets(
  prepare: (sql: string) => Database.Statement,
  query: ModelQuery,
  only: readonly FacetName[] = FACET_NAMES,
): Facets {
  const facets = {} as Facets;
  for (const name of FACET_NAMES) facets[name] = [];
  for (const name of only) {
    const sql = buildQuerySql(query, name);
    const rows = VALUE_FACETS.has(name)
      ? (prepare(
          `SELECT v.value AS value, count(*) AS count FROM entry_values v JOIN ${sql.from.replace(
            "entries e",
            "entries e ON e.rid = v.rid",
          )} WHERE v.facet = ? AND ${sql.where} GROUP BY v.value`,
        ).all(...reorder(sql, name)) as FacetCount[])
      : (prepare(
          `SELECT ${COLUMN[name]} AS value, count(*) AS count FROM ${sql.from} WHERE ${sql.where} ` +
            `AND ${COLUMN[name]} IS NOT NULL GROUP BY 1`,
        ).all(...sql.params) as FacetCount[]);
    facets[name] = sortCounts(
      name,
      rows.map((r) => ({ value: String(r.value), count: r.count })),
    );
  }
  return facets;
}

// --- helpers ---

/** FROM parameters (the FTS match) come before `v.facet = ?`, then the WHERE parameters. */
function reorder(sql: ReturnType<typeof buildQuerySql>, facet: FacetName): unknown[] {
  const fromCount = sql.fts ? 1 : 0;
  return [...sql.params.slice(0, fromCount), facet, ...sql.params.slice(fromCount)];
}

function sortCounts(name: FacetName, rows: FacetCount[]): FacetCount[] {
  if (name === "year") return rows.sort((a, b) => Number(b.value) - Number(a.value));
  if (name === "size") {
    return rows.sort(
      (a, b) => SIZE_BUCKET_IDS.indexOf(a.value as never) - SIZE_BUCKET_IDS.indexOf(b.value as never),
    );
  }
  return rows.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
