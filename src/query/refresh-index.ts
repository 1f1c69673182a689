import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import type * as z from "zod";
import type { parseYamlFile } from "../catalog/index.js";
import {
  type Diagnostic,
  ENTRY_KINDS,
  ENTRY_SCHEMAS,
  type EntryKind,
  Id,
  type License,
  type NewsItem,
  SectionsFile,
} from "../core/index.js";
import type { RefreshResult } from "./catalog-index.js";
import { entryRecord, type IndexedEntry } from "./entry-record.js";
import {
  BULK_FINISH,
  BULK_START,
  INDEX_STATEMENTS,
  type SqlValue,
  type StatementName,
} from "./index-statements.js";
import type { QueryKind } from "./model-query.js";
import { parsePlainYaml } from "./parse-plain-yaml.js";

/** A file whose mtime is this close to the scan is re-hashed even if size and mtime look unchanged. */
const RACY_MS = 2000;

interface StoredFile {
  hash: string;
  size: number;
  mtime: number;
  diagnostics: string | null;
}

/** A file to (re-)index. */
export interface Change {
  path: string;
  hash: string;
  size: number;
  mtime: number;
  /** undefined when only the stat changed (same content). */
  text?: string;
}

/** What the index knew about each file after its last refresh, kept between refreshes of one connection. */
export interface FileCache {
  /** `PRAGMA data_version` when the map was read: another connection's commit changes it. */
  dataVersion: number;
  files: Map<string, StoredFile>;
}

/**
 * Brings the index in line with `catalog/`: lists the YAML files, skips those whose size and mtime are
 * unchanged, hashes the rest (sha1 of the content) and re-indexes only the files whose hash changed.
 * Everything is written in one IMMEDIATE transaction, so concurrent readers see the old or new state.
 */
export function refreshIndex(
  db: Database.Database,
  catalogDir: string,
  cache?: FileCache,
  fullParser?: FullYamlParser,
): { result: RefreshResult; cache: FileCache } {
  const started = performance.now();
  const scanStart = Date.now();
  const stored = currentFiles(db, cache);
  const changes: Change[] = [];
  const listed = listCatalogFiles(catalogDir);
  let known = 0;
  const prefix = catalogDir.endsWith(path.sep) ? catalogDir : catalogDir + path.sep;
  for (const rel of listed) {
    // This loop runs over every file on every refresh: keep it to one stat and no extra allocations.
    const stat = statSync(prefix + rel);
    const old = stored.get(rel);
    if (old) known++;
    const abs = prefix + rel;
    const racy = stat.mtimeMs > scanStart - RACY_MS;
    if (old && old.size === stat.size && old.mtime === stat.mtimeMs && !racy) continue;
    const text = readFileSync(abs, "utf8");
    const hash = createHash("sha1").update(text).digest("hex");
    if (old && old.hash === hash) {
      if (old.size !== stat.size || old.mtime !== stat.mtimeMs) {
        changes.push({ path: rel, hash, size: stat.size, mtime: stat.mtimeMs });
      }
      continue;
    }
    changes.push({ path: rel, hash, size: stat.size, mtime: stat.mtimeMs, text });
  }
  // Every stored file was listed again unless some were removed.
  let removed: string[] = [];
  if (known !== stored.size) {
    const present = new Set(listed);
    removed = [...stored.keys()].filter((p) => !present.has(p));
  }
  const result: RefreshResult = {
    scanned: listed.length,
    added: changes.filter((c) => c.text !== undefined && !stored.has(c.path)).length,
    changed: changes.filter((c) => c.text !== undefined && stored.has(c.path)).length,
    removed: removed.length,
    ms: 0,
    diagnostics: [],
  };
  if (changes.length > 0 || removed.length > 0) {
    const writer = new IndexWriter(db, catalogDir, new ConnectionSink(db), fullParser);
    const bulk = stored.size === 0 && changes.length > 1000;
    db.transaction(() => {
      const dropped = bulk ? dropSecondaryIndexes(db) : [];
      if (bulk) db.exec(BULK_START);
      for (const rel of removed) writer.remove(rel);
      for (const change of changes) writer.apply(change, stored.has(change.path));
      for (const { sql } of dropped) db.exec(sql);
      if (bulk) db.exec(BULK_FINISH);
    }).immediate();
    // Statistics let the planner drive filters from the most selective index; a sampled ANALYZE is
    // cheap, and is redone whenever a tenth of the catalogue changed.
    if (changes.length + removed.length > stored.size / 10) db.exec("PRAGMA analysis_limit = 1000; ANALYZE");
    for (const rel of removed) stored.delete(rel);
    for (const c of changes) {
      stored.set(c.path, {
        hash: c.hash,
        size: c.size,
        mtime: c.mtime,
        diagnostics: writer.diagnosticsOf(c.path, stored),
      });
    }
  }
  const withProblems: string[] = [];
  for (const [rel, file] of stored) if (file.diagnostics) withProblems.push(rel);
  for (const rel of withProblems.sort()) {
    result.diagnostics.push(...(JSON.parse(stored.get(rel)!.diagnostics!) as Diagnostic[]));
  }
  result.ms = Math.round((performance.now() - started) * 10) / 10;
  return { result, cache: { dataVersion: dataVersion(db), files: stored } };
}

/** The full YAML parser (catalog/): slower, and locates every problem at file:line:column. */
export type FullYamlParser = typeof parseYamlFile;

/**
 * Thrown where a file needs the full parser and none was given. Catalogue files are mostly plain
 * YAML, which the fast reader handles, so reading the catalogue usually never loads the `yaml` package
 * (a third of the code a build would load otherwise). The caller loads it and runs again: a refresh
 * that threw changed nothing (its transaction is rolled back), and IndexWriter.apply of a new file
 * throws before it queues any statement.
 */
// An Error, so that if it ever escapes a caller that forgot the helper, it still says what happened.
const FULL_PARSER_NEEDED = new Error("a catalogue file needs the full YAML parser, which was not loaded");

/**
 * Runs `work` with `fullParser` if given; otherwise without it and, if a file needed it, loads it and
 * runs `work` again.
 */
export async function withFullParserIfNeeded<T>(
  work: (fullParser: FullYamlParser | undefined) => T,
  fullParser?: FullYamlParser,
): Promise<T> {
  if (fullParser) return work(fullParser);
  try {
    return work(undefined);
  } catch (error) {
    if (error !== FULL_PARSER_NEEDED) throw error;
  }
  return work((await import("../catalog/index.js")).parseYamlFile);
}

// --- helpers ---

function dataVersion(db: Database.Database): number {
  return db.pragma("data_version", { simple: true }) as number;
}

/** The cached file map while no other connection has written, else the map read afresh. */
function currentFiles(db: Database.Database, cache: FileCache | undefined): Map<string, StoredFile> {
  if (cache && cache.dataVersion === dataVersion(db)) return cache.files;
  const files = new Map<string, StoredFile>();
  for (const row of db.prepare("SELECT path, hash, size, mtime, diagnostics FROM files").all() as ({
    path: string;
  } & StoredFile)[]) {
    const { path: rel, ...file } = row;
    files.set(rel, file);
  }
  return files;
}

/** Drops the secondary indexes and returns the statements that recreate them. */
export function dropSecondaryIndexes(db: Database.Database): { sql: string; table: string }[] {
  const rows = db
    .prepare(
      "SELECT name, sql, tbl_name AS \"table\" FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
    )
    .all() as { name: string; sql: string; table: string }[];
  for (const row of rows) db.exec(`DROP INDEX ${row.name}`);
  return rows.map(({ sql, table }) => ({ sql, table }));
}

/** Catalogue-relative paths: `sections.yaml` and `<kind>/<id>.yaml`, the layout loadCatalog reads. */
export function listCatalogFiles(catalogDir: string): string[] {
  const files: string[] = [];
  try {
    statSync(path.join(catalogDir, "sections.yaml"));
    files.push("sections.yaml");
  } catch {
    // no sections file: allowed
  }
  for (const kind of ENTRY_KINDS) {
    let names: string[];
    try {
      names = readdirSync(path.join(catalogDir, kind));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw error;
    }
    for (const name of names) if (name.endsWith(".yaml")) files.push(`${kind}/${name}`);
  }
  return files;
}

/**
 * The fast plain-YAML reader when it understands the file and the schema accepts it; otherwise the
 * full parser, which also locates every problem at file:line:column.
 */
function parseEntry<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
  diagnostics: Diagnostic[],
  fullParser: FullYamlParser | undefined,
): T | undefined {
  const plain = parsePlainYaml(text);
  if (plain !== undefined) {
    const result = schema.safeParse(plain ?? {});
    if (result.success) return result.data;
  }
  if (!fullParser) throw FULL_PARSER_NEEDED;
  return fullParser(file, text, schema, diagnostics);
}

/** Where a writer's statements go: straight to a connection, or queued for the bulk-load worker. */
export interface StatementSink {
  run(name: StatementName, params: SqlValue[]): void;
  /** Inserts an `entries` row (its rid parameter is filled in here) and returns the rid. */
  insertEntry(params: SqlValue[]): number;
  /** The rids of the entries a file contributed. */
  ridsOfFile(rel: string): number[];
}

/** Runs each statement at once on `db`. */
export class ConnectionSink implements StatementSink {
  private readonly statements = new Map<StatementName, Database.Statement>();
  private readonly rowsOfFile: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.rowsOfFile = db.prepare("SELECT rid FROM entries WHERE file = ?").pluck();
  }

  run(name: StatementName, params: SqlValue[]): void {
    this.statement(name).run(params);
  }

  insertEntry(params: SqlValue[]): number {
    params[0] = null;
    return Number(this.statement("insertEntry").run(params).lastInsertRowid);
  }

  ridsOfFile(rel: string): number[] {
    return this.rowsOfFile.all(rel) as number[];
  }

  private statement(name: StatementName): Database.Statement {
    let statement = this.statements.get(name);
    if (!statement) {
      statement = this.db.prepare(INDEX_STATEMENTS[name]);
      this.statements.set(name, statement);
    }
    return statement;
  }
}

/** Indexes changed files through a StatementSink: parsing and flattening here, SQL in the sink. */
export class IndexWriter {
  private readonly written = new Map<string, string | null>();
  private readonly deletes = new Map<string, Database.Statement>();

  constructor(
    /** The connection of an existing index (removals read and delete through it); none for a new one. */
    private readonly db: Database.Database | undefined,
    private readonly catalogDir: string,
    private readonly sink: StatementSink,
    /** Set once a file needed it (see withFullParserIfNeeded). */
    public fullParser?: FullYamlParser,
  ) {}

  remove(rel: string): void {
    this.clear(rel);
    this.sink.run("deleteFile", [rel]);
  }

  /** Re-indexes one changed file; `existed` says whether it has rows to delete first. */
  apply(change: Change, existed: boolean): void {
    if (change.text === undefined) {
      this.sink.run("touchFile", [change.size, change.mtime, change.path]);
      return;
    }
    if (existed) this.clear(change.path);
    const diagnostics = this.insert(change.path, change.text);
    const json = diagnostics.length > 0 ? JSON.stringify(diagnostics) : null;
    this.written.set(change.path, json);
    this.sink.run("upsertFile", [change.path, change.hash, change.size, change.mtime, json]);
  }

  /** Diagnostics JSON recorded for a file in this refresh (or kept from before when only its stat changed). */
  diagnosticsOf(rel: string, before: Map<string, StoredFile>): string | null {
    return this.written.has(rel) ? this.written.get(rel)! : (before.get(rel)?.diagnostics ?? null);
  }

  /** Deletes a file's rows (only on an existing index, so through the connection). */
  private clear(rel: string): void {
    const del = (sql: string, value: SqlValue) => {
      let statement = this.deletes.get(sql);
      if (!statement) {
        statement = this.db!.prepare(sql);
        this.deletes.set(sql, statement);
      }
      statement.run(value);
    };
    for (const rid of this.sink.ridsOfFile(rel)) {
      del("DELETE FROM entry_values WHERE rid = ?", rid);
      del("DELETE FROM sizes WHERE rid = ?", rid);
      del("DELETE FROM lineage WHERE rid = ?", rid);
      del("DELETE FROM fts WHERE rowid = ?", rid);
      del("DELETE FROM entry_data WHERE rid = ?", rid);
      del("DELETE FROM entry_text WHERE rid = ?", rid);
      del("DELETE FROM entries WHERE rid = ?", rid);
    }
    del("DELETE FROM licenses WHERE file = ?", rel);
    del("DELETE FROM news WHERE file = ?", rel);
    del("DELETE FROM sections WHERE file = ?", rel);
  }

  /** Parses one file and inserts its rows; returns its diagnostics (the entry is skipped on errors). */
  private insert(rel: string, text: string): Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    const shown = path.join(this.catalogDir, rel);
    if (rel === "sections.yaml") {
      const parsed = parseEntry(shown, text, SectionsFile, diagnostics, this.fullParser);
      if (parsed) this.sink.run("insertSections", [rel, JSON.stringify(parsed.sections)]);
      return diagnostics;
    }
    const [kind, name] = rel.split("/") as [EntryKind, string];
    const id = name.slice(0, -".yaml".length);
    if (!Id.safeParse(id).success) {
      diagnostics.push({
        file: shown,
        line: 1,
        column: 1,
        path: "",
        message: `file name "${name}" is not a valid id (lowercase slug)`,
        rule: "id/invalid",
        severity: "error",
      });
      return diagnostics;
    }
    const parsed = parseEntry(shown, text, ENTRY_SCHEMAS[kind] as z.ZodType, diagnostics, this.fullParser);
    if (parsed === undefined) return diagnostics;
    const entry = { id, ...(parsed as object) } as unknown;
    if (kind === "licenses") {
      this.sink.run("insertLicense", [id, rel, (entry as License).commercial, JSON.stringify(entry)]);
    } else if (kind === "news") {
      this.sink.run("insertNews", [id, rel, (entry as NewsItem).date, JSON.stringify(entry)]);
    } else {
      this.insertEntry(kind, entry as IndexedEntry, rel);
    }
    return diagnostics;
  }

  private insertEntry(kind: QueryKind, entry: IndexedEntry, rel: string): void {
    const sink = this.sink;
    const r = entryRecord(kind, entry, rel);
    const sum = r.summary;
    const rid = sink.insertEntry([
      null,
      rel,
      kind,
      sum.id,
      sum.name,
      r.name_norm,
      sum.org,
      sum.released,
      sum.year,
      sum.status,
      sum.availability,
      sum.license,
      sum.params_max,
      sum.hf.length > 0 ? 1 : 0,
    ]);
    sink.run("insertData", [rid, JSON.stringify(sum), JSON.stringify(entry)]);
    sink.run("insertText", [rid, r.search_text]);
    for (const [facet, value] of r.values) sink.run("insertValue", [rid, facet, value]);
    for (const [low, high, active] of r.sizes) sink.run("insertSize", [rid, low, high, active]);
    for (const parent of sum.base_models) sink.run("insertLineage", [rid, sum.id, parent]);
    const f = r.fields;
    sink.run("insertFts", [rid, f.name, f.org, f.tags, f.notes, f.training, f.links, f.other]);
  }
}
