import type { FacetName } from "./catalog-index.js";
import type { ModelQuery } from "./model-query.js";
import { normalizeText } from "./normalize-text.js";

/** Commercial use of an entry's licence; no licence, or one not in the registry, is `unknown`. */
export const COMMERCIAL = "COALESCE((SELECT commercial FROM licenses WHERE id = e.license), 'unknown')";

/** Query fields stored per value in `entry_values` under their own name (see entryRecord). */
export const FACT_FILTERS = ["task", "modality", "specialty", "restriction", "benchmark"] as const;

/** Shortest term the trigram index can answer; shorter terms fall back to a scan of `search_text`. */
const TRIGRAM = 3;

/** Deepest lineage followed (guards against cycles in hand-written data). */
const MAX_LINEAGE_DEPTH = 64;

/** FROM + WHERE for a query, with its parameters; `omit` leaves one facet's own filter out. */
export interface QuerySql {
  from: string;
  where: string;
  params: unknown[];
  /** Normalized full-text terms (empty without `q`). */
  terms: string[];
  /** Whether `from` joins the FTS table (and so `f.score` exists). */
  fts: boolean;
}

/** Splits a full-text query into normalized terms. */
export function queryTerms(q: string | undefined): string[] {
  return q
    ? normalizeText(q)
        .split(/\s+/u)
        .filter((t) => t.length > 0)
    : [];
}

/**
 * Translates a ModelQuery into SQL over `entries e`: lists are IN (…), facets
 * stored per value go through `entry_values`, sizes through `sizes`, lineage through a recursive CTE.
 */
export function buildQuerySql(query: ModelQuery, omit?: FacetName): QuerySql {
  const where: string[] = [];
  const params: unknown[] = [];
  const fromParams: unknown[] = [];
  const list = (column: string, values: readonly unknown[] | undefined, facet: FacetName) => {
    if (!values || values.length === 0 || omit === facet) return;
    where.push(`${column} IN (${values.map(() => "?").join(", ")})`);
    params.push(...values);
  };
  const byValue = (facet: FacetName, values: readonly string[] | undefined) => {
    if (!values || values.length === 0 || omit === facet) return;
    where.push(
      `e.rid IN (SELECT rid FROM entry_values WHERE facet = ? AND value IN (${values.map(() => "?").join(", ")}))`,
    );
    params.push(facet, ...values);
  };

  list("e.kind", query.kind ?? ["models"], "kind");
  byValue("section", query.section);
  byValue("lang", query.lang);
  byValue("tag", query.tag);
  byValue("org", query.org);
  byValue("size", query.size);
  // Resource and medical facts (kept in entry_values, but not facets of the catalogue page).
  for (const fact of FACT_FILTERS) {
    const values = query[fact];
    if (!values || values.length === 0) continue;
    where.push(
      `e.rid IN (SELECT rid FROM entry_values WHERE facet = ? AND value IN (${values.map(() => "?").join(", ")}))`,
    );
    params.push(fact, ...values);
  }
  list("e.status", query.status, "status");
  list("e.availability", query.availability, "availability");
  list("e.license", query.license, "license");
  list(COMMERCIAL, query.commercial, "commercial");
  list("e.year", query.year, "year");

  if (query.min_params !== undefined || query.max_params !== undefined) {
    // A size matches when it overlaps [min, max]; the lower-bound expressions match the indexes
    // sizes_params and sizes_active.
    const [low, high] =
      query.params_basis === "active"
        ? ["COALESCE(active, params)", "COALESCE(active, high)"]
        : ["params", "high"];
    where.push(`e.rid IN (SELECT rid FROM sizes WHERE ${low} <= ? AND ${high} >= ?)`);
    params.push(query.max_params ?? Number.MAX_VALUE, query.min_params ?? 0);
  }
  if (query.since) {
    where.push("e.released >= ?");
    params.push(query.since);
  }
  if (query.until) {
    // A month bound includes every day of that month: "2024-05-31" <= "2024-05-~".
    where.push("e.released <= ?");
    params.push(query.until.length === 7 ? `${query.until}-~` : query.until);
  }
  if (query.hf !== undefined) where.push(`e.has_hf = ${query.hf ? 1 : 0}`);
  if (query.base && query.base.length > 0) {
    where.push(
      `e.kind = 'models' AND e.id IN (WITH RECURSIVE down(id, depth) AS (` +
        `SELECT child, 1 FROM lineage WHERE parent IN (${query.base.map(() => "?").join(", ")}) ` +
        `UNION SELECT l2.child, d.depth + 1 FROM lineage l2 JOIN down d ON l2.parent = d.id ` +
        `WHERE d.depth < ${MAX_LINEAGE_DEPTH}) SELECT id FROM down)`,
    );
    params.push(...query.base);
  }

  const terms = queryTerms(query.q);
  const long = terms.filter((t) => [...t].length >= TRIGRAM);
  for (const term of terms.filter((t) => [...t].length < TRIGRAM)) {
    where.push("instr((SELECT search_text FROM entry_text t WHERE t.rid = e.rid), ?) > 0");
    params.push(term);
  }
  let from = "entries e";
  if (long.length > 0) {
    // Column weights follow SEARCH_FIELDS: name, org, tags, notes, training, links, other.
    from +=
      " JOIN (SELECT rowid AS rid, bm25(fts, 10.0, 5.0, 3.0, 2.0, 1.0, 1.0, 0.5) AS score " +
      "FROM fts WHERE fts MATCH ?) f ON f.rid = e.rid";
    fromParams.push(long.map((t) => `"${t.replaceAll('"', '""')}"`).join(" "));
  }
  return {
    from,
    where: where.length > 0 ? where.join(" AND ") : "1",
    params: [...fromParams, ...params],
    terms,
    fts: long.length > 0,
  };
}
