import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import {
  type Benchmark,
  type Dataset,
  type Leaderboard,
  type License,
  type Model,
  type NewsItem,
  type Section,
  UsageError,
  type WithId,
} from "../core/index.js";
import { buildFreshIndex } from "./build-fresh-index.js";
import {
  type CatalogIndex,
  type EntrySummary,
  FACET_NAMES,
  type FacetCount,
  type FacetName,
  type Facets,
  type Lineage,
  type LineageNode,
  type ListOptions,
  type ModelDetail,
  type QueryResult,
  RESOURCE_FACET_NAMES,
  type RefreshResult,
  type ResourceFacetName,
  type Stats,
} from "./catalog-index.js";
import { computeFacets } from "./compute-facets.js";
import type { IndexedEntry } from "./entry-record.js";
import { findMatch } from "./find-match.js";
import { INDEX_VERSION } from "./index-schema.js";
import { MatchEngine } from "./match-engine.js";
import type { ModelQuery, QueryKind, Vocabulary } from "./model-query.js";
import { normalizeText } from "./normalize-text.js";
import { COMMERCIAL } from "./query-sql.js";
import {
  type FileCache,
  type FullYamlParser,
  refreshIndex,
  withFullParserIfNeeded,
} from "./refresh-index.js";
import { defaultIndexPath, INDEX_ENV, userCacheIndexPath } from "./resolve-index-path.js";

export interface OpenIndexOptions {
  /** The `catalog/` folder. */
  catalogDir: string;
  /**
   * SQLite file; default `defaultIndexPath(catalogDir)` (`$LLM_RADAR_INDEX` or
   * `<catalog>/../.cache/llm-radar/index.sqlite`, or `userCacheIndexPath` when that folder is read-only).
   */
  indexPath?: string;
}

/**
 * Opens (creating if needed) the derived index of a catalogue and brings it up to date: only files
 * whose content hash changed are re-indexed. Deleting the file is always safe.
 *
 * @example
 * const index = await openIndex({ catalogDir: "catalog" });
 * index.queryModels({ section: ["medical"], lang: ["ja"] }).items;
 */
export async function openIndex(options: OpenIndexOptions): Promise<CatalogIndex> {
  const catalogDir = path.resolve(options.catalogDir);
  if (!existsSync(catalogDir) || !statSync(catalogDir).isDirectory()) {
    throw new UsageError(`catalogue folder not found: ${options.catalogDir}`, "catalog");
  }
  let file = path.resolve(options.indexPath ?? defaultIndexPath(catalogDir));
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Only the default location falls back; a path the user chose fails loudly.
    if (
      options.indexPath ||
      process.env[INDEX_ENV] ||
      (code !== "EACCES" && code !== "EROFS" && code !== "EPERM")
    )
      throw error;
    file = userCacheIndexPath(catalogDir);
    mkdirSync(path.dirname(file), { recursive: true });
  }
  // Loaded here so importing the query layer (e.g. for its types or parser) stays cheap.
  const { default: Sqlite } = await import("better-sqlite3");
  const connect = (f: string) => {
    const db = new Sqlite(f);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("busy_timeout = 10000");
    return db;
  };
  let built: RefreshResult | undefined;
  let db = existsSync(file) ? connect(file) : undefined;
  if (!db || readVersion(db) !== INDEX_VERSION) {
    // No index yet, or another layout (derived data, so start over).
    db?.close();
    built = await buildFreshIndex(Sqlite, file, catalogDir);
    db = connect(file);
  }
  const index = new SqliteCatalogIndex(db, file, catalogDir);
  if (built) index.lastRefresh = built;
  else await index.refresh();
  return index;
}

// --- helpers ---

function readVersion(db: Database.Database): string | undefined {
  try {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'version'").get() as
      | { value: string }
      | undefined;
    return row?.value;
  } catch {
    return undefined;
  }
}

interface LineageGraph {
  /** Child id → parent ids, sorted. */
  up: Map<string, string[]>;
  /** Parent id → child ids, sorted. */
  down: Map<string, string[]>;
  names: Map<string, string>;
}

class SqliteCatalogIndex implements CatalogIndex {
  lastRefresh: RefreshResult = { scanned: 0, added: 0, changed: 0, removed: 0, ms: 0, diagnostics: [] };
  private readonly cache = new Map<string, Database.Statement>();
  private files: FileCache | undefined;
  /** Kept once a refresh needed it. */
  private fullParser: FullYamlParser | undefined;
  /** Holders of the read snapshot (see pin); the first begins it, the last ends it. */
  private pins = 0;
  private readonly engine: MatchEngine;

  constructor(
    private readonly db: Database.Database,
    readonly path: string,
    readonly catalogDir: string,
  ) {
    this.engine = new MatchEngine(db, () => this.sections());
  }

  pin(): () => void {
    if (this.pins++ === 0) {
      this.db.exec("BEGIN");
      // A read transaction takes its snapshot at its first read.
      this.prepare("SELECT value FROM meta WHERE key = 'version'").get();
      this.engine.pin();
    }
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      if (--this.pins > 0) return;
      this.engine.unpin();
      if (this.db.inTransaction) this.db.exec("COMMIT");
    };
  }

  async refresh(): Promise<RefreshResult> {
    if (this.pins > 0) throw new Error("cannot refresh the index while it is pinned (see pin())");
    const { result, cache } = await withFullParserIfNeeded((parser) => {
      this.fullParser = parser;
      return refreshIndex(this.db, this.catalogDir, this.files, parser);
    }, this.fullParser);
    if (result.added + result.changed + result.removed > 0) this.engine.invalidate();
    this.files = cache;
    this.lastRefresh = result;
    return result;
  }

  queryModels(query: ModelQuery): QueryResult {
    const { total, rids, terms } = this.engine.page(query);
    const items = rids.map((rid) => {
      const item: EntrySummary = { ...this.engine.summary(rid) };
      if (terms.length > 0) {
        const match = this.engine.matchedField(rid, terms, () => {
          const data = this.prepare("SELECT data FROM entry_data WHERE rid = ?").pluck().get(rid) as string;
          return findMatch(JSON.parse(data) as IndexedEntry, terms, this.engine.titles());
        });
        if (match) item.match = { ...match };
      }
      return item;
    });
    return { total, offset: query.offset ?? 0, limit: query.limit ?? null, items };
  }

  search(text: string, filters: ModelQuery = {}): QueryResult {
    return this.queryModels({ ...filters, q: text });
  }

  facets(query: ModelQuery = {}, only: readonly FacetName[] = FACET_NAMES): Facets {
    // Facets not asked for are present and empty.
    const empty = Object.fromEntries(FACET_NAMES.map((name) => [name, []])) as unknown as Facets;
    return { ...empty, ...computeFacets(this.engine, query, only) };
  }

  resourceFacets(query: ModelQuery): Record<ResourceFacetName, FacetCount[]> {
    return computeFacets(this.engine, query, RESOURCE_FACET_NAMES);
  }

  getModel(idOrName: string): ModelDetail | undefined {
    const byId = this.prepare(
      `SELECT d.summary, d.data, ${COMMERCIAL} AS commercial FROM entries e JOIN entry_data d ON d.rid = e.rid ` +
        "WHERE e.kind = 'models' AND e.id = ?",
    ).all(idOrName) as { summary: string; data: string; commercial: string }[];
    const rows =
      byId.length > 0
        ? byId
        : (this.prepare(
            `SELECT d.summary, d.data, ${COMMERCIAL} AS commercial FROM entries e JOIN entry_data d ON d.rid = e.rid ` +
              "WHERE e.kind = 'models' AND e.name_norm = ? ORDER BY e.id",
          ).all(normalizeText(idOrName.trim())) as typeof byId);
    if (rows.length === 0) return undefined;
    if (rows.length > 1) {
      const ids = rows.map((r) => (JSON.parse(r.summary) as EntrySummary).id);
      throw new UsageError(
        `"${idOrName}" names ${rows.length} models; use an id: ${ids.join(", ")}`,
        "id",
        ids,
      );
    }
    const row = rows[0]!;
    const entry = JSON.parse(row.data) as WithId<Model>;
    const benchmarkIds = [...new Set(entry.scores.map((s) => s.benchmark))];
    return {
      summary: { ...JSON.parse(row.summary), commercial: row.commercial },
      entry,
      license: entry.license ? (this.licenseById(entry.license) ?? null) : null,
      lineage: this.lineage(entry.id),
      benchmarks: benchmarkIds.flatMap((id) => {
        const b = this.getBenchmark(id);
        return b ? [b] : [];
      }),
    };
  }

  lineage(id: string): Lineage {
    const graph = this.lineageGraph();
    return { up: this.walk(id, graph.up, graph.names), down: this.walk(id, graph.down, graph.names) };
  }

  stats(): Stats {
    const counts = Object.fromEntries(
      (
        this.prepare("SELECT kind, count(*) AS n FROM entries GROUP BY kind").all() as {
          kind: string;
          n: number;
        }[]
      ).map((r) => [r.kind, r.n]),
    );
    const count = (table: string) =>
      (this.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const f = this.facets({ kind: ["models"] }, [
      "section",
      "year",
      "commercial",
      "size",
      "status",
      "availability",
    ]);
    return {
      total: {
        models: counts.models ?? 0,
        benchmarks: counts.benchmarks ?? 0,
        datasets: counts.datasets ?? 0,
        leaderboards: counts.leaderboards ?? 0,
        news: count("news"),
        licenses: count("licenses"),
      },
      by_section: f.section,
      by_year: f.year,
      by_license_class: f.commercial,
      by_size: f.size,
      by_status: f.status,
      by_availability: f.availability,
    };
  }

  vocabulary(): Vocabulary {
    const values = (facet: string) =>
      (
        this.prepare("SELECT DISTINCT value FROM entry_values WHERE facet = ? ORDER BY value").all(facet) as {
          value: string;
        }[]
      ).map((r) => r.value);
    const column = (sql: string) => (this.prepare(sql).all() as { v: string }[]).map((r) => r.v);
    const sections = new Set([...this.sections().map((s) => s.id), ...values("section")]);
    return {
      section: [...sections].sort(),
      lang: values("lang"),
      license: column(
        "SELECT id AS v FROM licenses UNION SELECT license AS v FROM entries WHERE license IS NOT NULL ORDER BY 1",
      ),
      org: values("org"),
      tag: values("tag"),
      task: values("task"),
      modality: values("modality"),
      group: values("group"),
      specialty: values("specialty"),
      restriction: values("restriction"),
      benchmark: values("benchmark"),
      base: column(
        "SELECT id AS v FROM entries WHERE kind = 'models' UNION SELECT parent AS v FROM lineage ORDER BY 1",
      ),
    };
  }

  sections(): Section[] {
    const row = this.prepare("SELECT data FROM sections LIMIT 1").get() as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as Section[]) : [];
  }

  licenses(): WithId<License>[] {
    return this.dataOf("SELECT data FROM licenses ORDER BY id");
  }

  listBenchmarks(options?: ListOptions): WithId<Benchmark>[] {
    return this.listKind("benchmarks", options);
  }

  listDatasets(options?: ListOptions): WithId<Dataset>[] {
    return this.listKind("datasets", options);
  }

  listLeaderboards(options?: ListOptions): WithId<Leaderboard>[] {
    return this.listKind("leaderboards", options);
  }

  getBenchmark(id: string): WithId<Benchmark> | undefined {
    return this.getKind("benchmarks", id);
  }

  getDataset(id: string): WithId<Dataset> | undefined {
    return this.getKind("datasets", id);
  }

  getLeaderboard(id: string): WithId<Leaderboard> | undefined {
    return this.getKind("leaderboards", id);
  }

  listNews(options: { since?: string; limit?: number } = {}): WithId<NewsItem>[] {
    return this.dataOf(
      "SELECT data FROM news WHERE date >= ? ORDER BY date DESC, id LIMIT ?",
      options.since ?? "",
      options.limit ?? -1,
    );
  }

  close(): void {
    this.cache.clear();
    this.db.close();
  }

  // --- private ---

  private prepare(sql: string): Database.Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }

  private dataOf<T>(sql: string, ...params: unknown[]): T[] {
    return (this.prepare(sql).all(...params) as { data: string }[]).map((r) => JSON.parse(r.data) as T);
  }

  private listKind<T>(kind: QueryKind, options: ListOptions = {}): T[] {
    return options.section
      ? this.dataOf(
          "SELECT d.data FROM entries e JOIN entry_data d ON d.rid = e.rid WHERE e.kind = ? AND e.rid IN " +
            "(SELECT rid FROM entry_values WHERE facet = 'section' AND value = ?) ORDER BY e.id",
          kind,
          options.section,
        )
      : this.dataOf(
          "SELECT d.data FROM entries e JOIN entry_data d ON d.rid = e.rid WHERE e.kind = ? ORDER BY e.id",
          kind,
        );
  }

  private getKind<T>(kind: QueryKind, id: string): T | undefined {
    return this.dataOf<T>(
      "SELECT d.data FROM entries e JOIN entry_data d ON d.rid = e.rid WHERE e.kind = ? AND e.id = ?",
      kind,
      id,
    )[0];
  }

  private licenseById(id: string): WithId<License> | undefined {
    const text = this.engine
      .memo(
        "licenses",
        () => new Map(this.prepare("SELECT id, data FROM licenses").raw().all() as [string, string][]),
      )
      .get(id);
    // Parsed per call: callers get their own object.
    return text === undefined ? undefined : (JSON.parse(text) as WithId<License>);
  }

  /** Breadth-first over lineage edges; each id once, at its shortest depth. */
  private walk(start: string, edges: Map<string, string[]>, names: Map<string, string>): LineageNode[] {
    const nodes: LineageNode[] = [];
    const seen = new Set([start]);
    let frontier = [start];
    for (let depth = 1; frontier.length > 0 && depth <= 64; depth++) {
      const next: string[] = [];
      for (const via of frontier) {
        for (const id of edges.get(via) ?? []) {
          if (seen.has(id)) continue;
          seen.add(id);
          next.push(id);
          nodes.push({ id, name: names.get(id) ?? null, depth, via });
        }
      }
      frontier = next;
    }
    return nodes;
  }

  /** Every base-model edge both ways (sorted) and the names of the models on them, read once per generation. */
  private lineageGraph(): LineageGraph {
    return this.engine.memo("lineage", () => {
      const up = new Map<string, string[]>();
      const down = new Map<string, string[]>();
      const add = (map: Map<string, string[]>, from: string, to: string) => {
        const list = map.get(from);
        if (list) list.push(to);
        else map.set(from, [to]);
      };
      for (const [child, parent] of this.prepare(
        "SELECT DISTINCT child, parent FROM lineage ORDER BY child, parent",
      )
        .raw()
        .all() as [string, string][]) {
        add(up, child, parent);
        add(down, parent, child);
      }
      for (const list of down.values()) list.sort();
      const names = new Map(
        this.prepare(
          "SELECT id, name FROM entries WHERE kind = 'models' AND id IN (SELECT child FROM lineage UNION SELECT parent FROM lineage)",
        )
          .raw()
          .all() as [string, string][],
      );
      return { up, down, names };
    });
  }
}
