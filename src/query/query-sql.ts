import { type CountableFacet, RESOURCE_FACET_NAMES } from "./catalog-index.js";
import type { ModelQuery, SortOrder } from "./model-query.js";
import { normalizeText } from "./normalize-text.js";

/** Commercial use of an entry's licence; no licence, or one not in the registry, is `unknown`. */
export const COMMERCIAL = "COALESCE((SELECT commercial FROM licenses WHERE id = e.license), 'unknown')";

/** Query fields stored per value in `entry_values` under their own name (see entryRecord). */
export const FACT_FILTERS = ["task", "modality", "group", "specialty", "restriction", "benchmark"] as const;

/** Shortest term the trigram index can answer; shorter terms fall back to a scan of `search_text`. */
const TRIGRAM = 3;

/** Deepest lineage followed (guards against cycles in hand-written data). */
const MAX_LINEAGE_DEPTH = 64;

/** One condition of a query: a statement selecting the rowids of every entry that satisfies it. */
export interface Predicate {
  sql: string;
  params: unknown[];
  /** The facet this condition filters, so facet counts can leave it out. */
  facet?: CountableFacet;
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
 * The conditions of a query other than its full-text terms, each answerable from one index: lists are
 * IN (…), facets stored per value go through `entry_values`, sizes through `sizes`, lineage through a
 * recursive CTE. An entry matches the query when it satisfies all of them.
 */
export function queryPredicates(query: ModelQuery): Predicate[] {
  const predicates: Predicate[] = [];
  const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ");
  const column = (sql: string, values: readonly unknown[] | undefined, facet: CountableFacet) => {
    if (values && values.length > 0)
      predicates.push({
        sql: `SELECT rid FROM entries e WHERE ${sql} IN (${marks(values)})`,
        params: [...values],
        facet,
      });
  };
  const byValue = (name: string, values: readonly string[] | undefined, facet?: CountableFacet) => {
    if (!values || values.length === 0) return;
    predicates.push({
      sql: `SELECT rid FROM entry_values WHERE facet = ? AND value IN (${marks(values)})`,
      params: [name, ...values],
      ...(facet ? { facet } : {}),
    });
  };

  column("e.kind", query.kind ?? ["models"], "kind");
  byValue("section", query.section, "section");
  byValue("lang", query.lang, "lang");
  byValue("tag", query.tag, "tag");
  byValue("org", query.org, "org");
  byValue("size", query.size, "size");
  // Resource and medical facts (kept in entry_values, but not facets of the catalogue page).
  for (const fact of FACT_FILTERS) {
    // The resource lists count task, modality and group as facets (each without its own filter).
    const facet = RESOURCE_FACET_NAMES.find((name) => name === fact);
    byValue(fact, query[fact], facet);
  }
  column("e.status", query.status, "status");
  column("e.availability", query.availability, "availability");
  column("e.license", query.license, "license");
  column(COMMERCIAL, query.commercial, "commercial");
  column("e.year", query.year, "year");

  if (query.min_params !== undefined || query.max_params !== undefined) {
    // A size matches when it overlaps [min, max]; the lower-bound expressions match the indexes
    // sizes_params and sizes_active.
    const [low, high] =
      query.params_basis === "active"
        ? ["COALESCE(active, params)", "COALESCE(active, high)"]
        : ["params", "high"];
    predicates.push({
      sql: `SELECT rid FROM sizes WHERE ${low} <= ? AND ${high} >= ?`,
      params: [query.max_params ?? Number.MAX_VALUE, query.min_params ?? 0],
    });
  }
  if (query.since)
    predicates.push({ sql: "SELECT rid FROM entries WHERE released >= ?", params: [query.since] });
  if (query.until) {
    // A month bound includes every day of that month: "2024-05-31" <= "2024-05-~".
    const until = query.until.length === 7 ? `${query.until}-~` : query.until;
    predicates.push({ sql: "SELECT rid FROM entries WHERE released <= ?", params: [until] });
  }
  if (query.hf !== undefined)
    predicates.push({ sql: "SELECT rid FROM entries WHERE has_hf = ?", params: [query.hf ? 1 : 0] });
  if (query.base && query.base.length > 0) {
    predicates.push({
      sql:
        "SELECT rid FROM entries WHERE kind = 'models' AND id IN (WITH RECURSIVE down(id, depth) AS (" +
        `SELECT child, 1 FROM lineage WHERE parent IN (${marks(query.base)}) ` +
        "UNION SELECT l2.child, d.depth + 1 FROM lineage l2 JOIN down d ON l2.parent = d.id " +
        `WHERE d.depth < ${MAX_LINEAGE_DEPTH}) SELECT id FROM down)`,
      params: [...query.base],
    });
  }
  return predicates;
}

const ORDER: Record<Exclude<SortOrder, "relevance">, string> = {
  "-released": "e.released IS NULL, e.released DESC, e.name_norm, e.id",
  released: "e.released IS NULL, e.released ASC, e.name_norm, e.id",
  "-params": "e.params_max IS NULL, e.params_max DESC, e.name_norm, e.id",
  params: "e.params_max IS NULL, e.params_max ASC, e.name_norm, e.id",
  name: "e.name_norm ASC, e.id",
  "-name": "e.name_norm DESC, e.id DESC",
};

/** Every entry's rowid in a sort order (the same expressions as the indexes in index-schema.ts). */
export function orderSql(sort: Exclude<SortOrder, "relevance">): string {
  return `SELECT rid FROM entries e ORDER BY ${ORDER[sort]}`;
}

/**
 * The rowids of every entry containing all `terms`, best first: the name equal to, starting with or
 * containing the whole query, then BM25 over the weighted search fields, then name. Terms of three or
 * more characters go through the trigram index; shorter ones scan `search_text`. A term that
 * `sectionsOf` finds in section titles also matches the entries of those sections, which rank after
 * the entries whose own text holds every term (within the same name tier).
 */
export function rankedSearchSql(
  terms: string[],
  sectionsOf: (term: string) => readonly string[] = () => [],
): Predicate {
  // A term found in the title of some sections also matches every entry listed in them.
  const widened = new Map(terms.map((t) => [t, sectionsOf(t)] as const).filter(([, ids]) => ids.length > 0));
  const isLong = (t: string) => [...t].length >= TRIGRAM;
  const long = terms.filter(isLong);
  const text = terms.join(" ");
  let sql = "SELECT e.rid AS rid FROM entries e";
  const params: unknown[] = [];
  // Long terms are ranked by BM25. Where some may match through a title only, an entry need not be in
  // the FTS result (LEFT JOIN); the WHERE conditions below still require every term.
  const outer = long.some((t) => widened.has(t));
  if (long.length > 0) {
    // Column weights follow SEARCH_FIELDS: name, org, tags, notes, training, links, other.
    sql +=
      ` ${outer ? "LEFT JOIN" : "JOIN"} (SELECT rowid AS rid, bm25(fts, 10.0, 5.0, 3.0, 2.0, 1.0, 1.0, 0.5) AS score ` +
      "FROM fts WHERE fts MATCH ?) f ON f.rid = e.rid";
    params.push(ftsPhrases(long));
  }
  const where: string[] = [];
  const inText = (term: string) => {
    if (isLong(term)) {
      params.push(ftsPhrases([term]));
      return "e.rid IN (SELECT rowid FROM fts WHERE fts MATCH ?)";
    }
    params.push(term);
    return IN_SEARCH_TEXT;
  };
  for (const term of terms) {
    const ids = widened.get(term);
    // A plain long term is already required by an inner FTS join.
    if (!ids && isLong(term) && !outer) continue;
    const found = inText(term);
    if (!ids) {
      where.push(found);
      continue;
    }
    params.push(...ids);
    where.push(
      `(${found} OR e.rid IN (SELECT rid FROM entry_values WHERE facet = 'section' AND value IN (${ids.map(() => "?").join(", ")})))`,
    );
  }
  if (where.length > 0) sql += ` WHERE ${where.join(" AND ")}`;
  sql +=
    " ORDER BY CASE WHEN e.name_norm = ? THEN 0 WHEN substr(e.name_norm, 1, length(?)) = ? THEN 1 " +
    "WHEN instr(e.name_norm, ?) > 0 THEN 2 ELSE 3 END";
  params.push(text, text, text, text);
  // Within a tier, entries whose own text holds every term come before those found through a title.
  const ownText = [
    ...(outer ? ["f.rid IS NOT NULL"] : []),
    ...terms
      .filter((t) => widened.has(t) && !isLong(t))
      .map((t) => {
        params.push(t);
        return IN_SEARCH_TEXT;
      }),
  ];
  if (ownText.length > 0) sql += `, CASE WHEN ${ownText.join(" AND ")} THEN 0 ELSE 1 END`;
  sql += `, ${long.length > 0 ? "f.score, " : ""}e.name_norm, e.id`;
  return { sql, params };
}

/** A short term (bound as its parameter) found in the entry's normalised search text, by scanning it. */
const IN_SEARCH_TEXT = "instr((SELECT search_text FROM entry_text t WHERE t.rid = e.rid), ?) > 0";

/** An FTS5 query matching every term as a phrase (quotes doubled). */
function ftsPhrases(terms: string[]): string {
  return terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(" ");
}
