import type Database from "better-sqlite3";
import type { Section } from "../core/index.js";
import type { CountableFacet, EntrySummary } from "./catalog-index.js";
import type { ModelQuery, SortOrder } from "./model-query.js";
import {
  COMMERCIAL,
  orderSql,
  type Predicate,
  queryPredicates,
  queryTerms,
  rankedSearchSql,
} from "./query-sql.js";
import { RidSet } from "./rid-set.js";
import { type SectionTitle, sectionsMatching, sectionTitles } from "./section-titles.js";

/** Distinct conditions, search rankings and facet postings kept per index generation (least recently used go first). */
const CACHE_LIMIT = 512;
const RANKING_LIMIT = 64;
/** Parsed page rows kept per generation: a page of a popular query then costs no SQL at all. */
const SUMMARY_LIMIT = 20000;

/** The rowids of one page of a query and how many entries match it in all. */
export interface MatchPage {
  total: number;
  rids: number[];
  terms: string[];
}

/**
 * Answers queries from bitsets: each condition of a query (a facet value list, a size range, a search)
 * is read from SQLite once, through its own index, and kept as a RidSet; a query is then the AND of
 * its conditions, its total a popcount, and its page a walk along a cached sort order. Everything is
 * derived from the index file and dropped when it changes (`PRAGMA data_version` for other
 * connections, `invalidate()` after this connection's own refresh).
 */
export class MatchEngine {
  private readonly sets = new Map<string, RidSet>();
  private readonly rankings = new Map<string, Int32Array>();
  private readonly orders = new Map<string, Int32Array>();
  private readonly postings = new Map<string, Map<string, Int32Array>>();
  private readonly summaries = new Map<string, Readonly<EntrySummary>>();
  private readonly memos = new Map<string, unknown>();
  private readonly matches = new Map<string, EntrySummary["match"] | null>();
  private size = 0;
  private version = -1;
  private pinned = false;
  private readonly dataVersion: Database.Statement;
  private readonly maxRid: Database.Statement;
  private readonly summaryOf: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly sections: () => readonly Section[],
  ) {
    this.dataVersion = db.prepare("PRAGMA data_version").pluck();
    this.maxRid = db.prepare("SELECT COALESCE(max(rid), 0) FROM entries").pluck();
    this.summaryOf = db.prepare(
      `SELECT d.summary AS summary, ${COMMERCIAL} AS commercial FROM entries e JOIN entry_data d ON d.rid = e.rid WHERE e.rid = ?`,
    );
  }

  /** Forgets everything derived (call after writing to the index through this connection). */
  invalidate(): void {
    this.version = -1;
  }

  /** Stops checking for other connections' writes while a read transaction holds the snapshot. */
  pin(): void {
    this.fresh();
    this.pinned = true;
  }

  unpin(): void {
    this.pinned = false;
  }

  /** The entries matching `query`, leaving out the filter of facet `omit` (for facet counts). */
  match(query: ModelQuery, omit?: CountableFacet): RidSet {
    this.fresh();
    let result: RidSet | undefined;
    for (const predicate of queryPredicates(query)) {
      if (predicate.facet !== undefined && predicate.facet === omit) continue;
      const set = this.predicateSet(predicate);
      result = result ? result.intersect(set) : set.clone();
    }
    const terms = queryTerms(query.q);
    if (terms.length > 0) {
      const found = this.searchSet(terms);
      result = result ? result.intersect(found) : found.clone();
    }
    return result ?? this.all();
  }

  /** One page of `query` in its sort order; with search terms and no sort (or `relevance`), best first. */
  page(query: ModelQuery): MatchPage {
    const set = this.match(query);
    const terms = queryTerms(query.q);
    const sort: SortOrder =
      query.sort && query.sort !== "relevance" ? query.sort : terms.length > 0 ? "relevance" : "-released";
    const order = sort === "relevance" ? this.ranking(terms) : this.order(sort);
    const total = set.count();
    const offset = query.offset ?? 0;
    const end = query.limit === undefined ? total : Math.min(total, offset + query.limit);
    const rids: number[] = [];
    let seen = 0;
    for (let i = 0; i < order.length && seen < end; i++) {
      const rid = order[i]!;
      if (!set.has(rid)) continue;
      if (seen >= offset) rids.push(rid);
      seen++;
    }
    return { total, rids, terms };
  }

  /**
   * The summary of an entry listed by `page` (call in the same generation, i.e. right after it), with
   * its licence's commercial use; shared and frozen, so callers copy it.
   */
  summary(rid: number): Readonly<EntrySummary> {
    return remember(this.summaries, String(rid), SUMMARY_LIMIT, () => {
      const row = this.summaryOf.get(rid) as { summary: string; commercial: EntrySummary["commercial"] };
      // Copied once here: spreading an object straight from JSON.parse on every query made V8 keep
      // the copies long enough to cost ~20 ms young-generation pauses every ~90 queries.
      return Object.freeze({ ...(JSON.parse(row.summary) as EntrySummary), commercial: row.commercial });
    });
  }

  /**
   * Every value of a facet with the rowids carrying it (a value listed twice for one entry appears
   * twice), from one statement selecting `value, group_concat(rid)` rows.
   */
  facetPostings(facet: string, sql: string, params: unknown[] = []): Map<string, Int32Array> {
    this.fresh();
    return remember(this.postings, `${facet}\n${sql}`, CACHE_LIMIT, () => {
      // One row per value: far fewer rows (and objects) than one per (value, rid) pair.
      const rows = this.db
        .prepare(sql)
        .raw()
        .all(...params) as [unknown, string][];
      return new Map(rows.map(([value, rids]) => [String(value), Int32Array.from(rids.split(","), Number)]));
    });
  }

  /** Which field of entry `rid` matched `terms` (see findMatch), kept like the page summaries. */
  matchedField(rid: number, terms: string[], compute: () => EntrySummary["match"]): EntrySummary["match"] {
    return (
      remember(this.matches, `${rid}\n${terms.join(" ")}`, SUMMARY_LIMIT, () => compute() ?? null) ??
      undefined
    );
  }

  /** A value derived from the index (e.g. the lineage graph), computed once per generation. */
  memo<T>(key: string, compute: () => T): T {
    this.fresh();
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  // --- private ---

  private fresh(): void {
    if (this.pinned) return;
    const version = this.dataVersion.get() as number;
    if (version === this.version) return;
    this.sets.clear();
    this.rankings.clear();
    this.orders.clear();
    this.postings.clear();
    this.summaries.clear();
    this.memos.clear();
    this.matches.clear();
    this.size = (this.maxRid.get() as number) + 1;
    this.version = version;
  }

  /** Every entry (a facet count of `kind` leaves out the only condition a query may have). */
  private all(): RidSet {
    return this.predicateSet({ sql: "SELECT rid FROM entries", params: [] }).clone();
  }

  private predicateSet(predicate: Predicate): RidSet {
    const key = `${predicate.sql}\n${JSON.stringify(predicate.params)}`;
    return remember(this.sets, key, CACHE_LIMIT, () =>
      RidSet.of(
        this.size,
        this.db
          .prepare(predicate.sql)
          .pluck()
          .all(...predicate.params) as number[],
      ),
    );
  }

  private searchSet(terms: string[]): RidSet {
    return remember(this.sets, `search\n${terms.join(" ")}`, CACHE_LIMIT, () =>
      RidSet.of(this.size, this.ranking(terms)),
    );
  }

  /** Section titles by section id, read once per generation. */
  titles(): Map<string, SectionTitle[]> {
    return this.memo("section-titles", () => sectionTitles(this.sections()));
  }

  private ranking(terms: string[]): Int32Array {
    return remember(this.rankings, terms.join(" "), RANKING_LIMIT, () => {
      const titles = this.titles();
      const { sql, params } = rankedSearchSql(terms, (term) => sectionsMatching(term, titles));
      return Int32Array.from(
        this.db
          .prepare(sql)
          .pluck()
          .all(...params) as number[],
      );
    });
  }

  private order(sort: Exclude<SortOrder, "relevance">): Int32Array {
    return remember(this.orders, sort, CACHE_LIMIT, () =>
      Int32Array.from(this.db.prepare(orderSql(sort)).pluck().all() as number[]),
    );
  }
}

/** The cached value of `key`, computed on a miss; the least recently used entry goes past `limit`. */
function remember<T>(cache: Map<string, T>, key: string, limit: number, compute: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = compute();
  cache.set(key, value);
  if (cache.size > limit) cache.delete(cache.keys().next().value as string);
  return value;
}
