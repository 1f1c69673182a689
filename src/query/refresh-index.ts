import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import type * as z from "zod";
import { parseYamlFile } from "../catalog/index.js";
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

interface Change {
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
    const writer = new IndexWriter(db, catalogDir);
    const bulk = stored.size === 0 && changes.length > 1000;
    db.transaction(() => {
      const dropped = bulk ? dropSecondaryIndexes(db) : [];
      // FTS5 merges its segments as it goes; on a bulk load one merge at the end is far cheaper.
      if (bulk) db.exec("INSERT INTO fts (fts, rank) VALUES ('automerge', 0)");
      for (const rel of removed) writer.remove(rel);
      for (const change of changes) writer.apply(change, stored.has(change.path));
      for (const sql of dropped) db.exec(sql);
      if (bulk)
        db.exec(
          "INSERT INTO fts (fts) VALUES ('optimize'); INSERT INTO fts (fts, rank) VALUES ('automerge', 4)",
        );
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
function dropSecondaryIndexes(db: Database.Database): string[] {
  const rows = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
    .all() as { name: string; sql: string }[];
  for (const row of rows) db.exec(`DROP INDEX ${row.name}`);
  return rows.map((r) => r.sql);
}

/** Catalogue-relative paths: `sections.yaml` and `<kind>/<id>.yaml`, the layout loadCatalog reads. */
function listCatalogFiles(catalogDir: string): string[] {
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
): T | undefined {
  const plain = parsePlainYaml(text);
  if (plain !== undefined) {
    const result = schema.safeParse(plain ?? {});
    if (result.success) return result.data;
  }
  return parseYamlFile(file, text, schema, diagnostics);
}

class IndexWriter {
  private readonly statements;
  private readonly written = new Map<string, string | null>();

  constructor(
    db: Database.Database,
    private readonly catalogDir: string,
  ) {
    const p = (sql: string) => db.prepare(sql);
    this.statements = {
      rowsOfFile: p("SELECT rid FROM entries WHERE file = ?"),
      deleteEntry: p("DELETE FROM entries WHERE rid = ?"),
      deleteValues: p("DELETE FROM entry_values WHERE rid = ?"),
      deleteSizes: p("DELETE FROM sizes WHERE rid = ?"),
      deleteLineage: p("DELETE FROM lineage WHERE rid = ?"),
      deleteFts: p("DELETE FROM fts WHERE rowid = ?"),
      deleteLicense: p("DELETE FROM licenses WHERE file = ?"),
      deleteNews: p("DELETE FROM news WHERE file = ?"),
      deleteSections: p("DELETE FROM sections WHERE file = ?"),
      deleteFile: p("DELETE FROM files WHERE path = ?"),
      upsertFile: p(
        "INSERT INTO files (path, hash, size, mtime, diagnostics) VALUES (?, ?, ?, ?, ?) " +
          "ON CONFLICT (path) DO UPDATE SET hash = excluded.hash, size = excluded.size, " +
          "mtime = excluded.mtime, diagnostics = excluded.diagnostics",
      ),
      touchFile: p("UPDATE files SET size = ?, mtime = ? WHERE path = ?"),
      insertEntry: p(
        "INSERT INTO entries (file, kind, id, name, name_norm, org, released, year, status, availability, " +
          "license, params_max, has_hf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      insertData: p("INSERT INTO entry_data (rid, summary, data) VALUES (?, ?, ?)"),
      insertText: p("INSERT INTO entry_text (rid, search_text) VALUES (?, ?)"),
      deleteData: p("DELETE FROM entry_data WHERE rid = ?"),
      deleteText: p("DELETE FROM entry_text WHERE rid = ?"),
      insertValue: p("INSERT INTO entry_values (rid, facet, value) VALUES (?, ?, ?)"),
      insertSize: p("INSERT INTO sizes (rid, params, high, active) VALUES (?, ?, ?, ?)"),
      insertLineage: p("INSERT INTO lineage (rid, child, parent) VALUES (?, ?, ?)"),
      insertFts: p(
        "INSERT INTO fts (rowid, name, org, tags, notes, training, links, other) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      insertLicense: p("INSERT INTO licenses (id, file, commercial, data) VALUES (?, ?, ?, ?)"),
      insertNews: p("INSERT INTO news (id, file, date, data) VALUES (?, ?, ?, ?)"),
      insertSections: p("INSERT INTO sections (file, data) VALUES (?, ?)"),
    };
  }

  remove(rel: string): void {
    this.clear(rel);
    this.statements.deleteFile.run(rel);
  }

  /** Re-indexes one changed file; `existed` says whether it has rows to delete first. */
  apply(change: Change, existed: boolean): void {
    const s = this.statements;
    if (change.text === undefined) {
      s.touchFile.run(change.size, change.mtime, change.path);
      return;
    }
    if (existed) this.clear(change.path);
    const diagnostics = this.insert(change.path, change.text);
    const json = diagnostics.length > 0 ? JSON.stringify(diagnostics) : null;
    this.written.set(change.path, json);
    s.upsertFile.run(change.path, change.hash, change.size, change.mtime, json);
  }

  /** Diagnostics JSON recorded for a file in this refresh (or kept from before when only its stat changed). */
  diagnosticsOf(rel: string, before: Map<string, StoredFile>): string | null {
    return this.written.has(rel) ? this.written.get(rel)! : (before.get(rel)?.diagnostics ?? null);
  }

  private clear(rel: string): void {
    const s = this.statements;
    for (const { rid } of s.rowsOfFile.all(rel) as { rid: number }[]) {
      s.deleteValues.run(rid);
      s.deleteSizes.run(rid);
      s.deleteLineage.run(rid);
      s.deleteFts.run(rid);
      s.deleteData.run(rid);
      s.deleteText.run(rid);
      s.deleteEntry.run(rid);
    }
    s.deleteLicense.run(rel);
    s.deleteNews.run(rel);
    s.deleteSections.run(rel);
  }

  /** Parses one file and inserts its rows; returns its diagnostics (the entry is skipped on errors). */
  private insert(rel: string, text: string): Diagnostic[] {
    const s = this.statements;
    const diagnostics: Diagnostic[] = [];
    const shown = path.join(this.catalogDir, rel);
    if (rel === "sections.yaml") {
      const parsed = parseEntry(shown, text, SectionsFile, diagnostics);
      if (parsed) s.insertSections.run(rel, JSON.stringify(parsed.sections));
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
    const parsed = parseEntry(shown, text, ENTRY_SCHEMAS[kind] as z.ZodType, diagnostics);
    if (parsed === undefined) return diagnostics;
    const entry = { id, ...(parsed as object) } as unknown;
    if (kind === "licenses") {
      s.insertLicense.run(id, rel, (entry as License).commercial, JSON.stringify(entry));
    } else if (kind === "news") {
      s.insertNews.run(id, rel, (entry as NewsItem).date, JSON.stringify(entry));
    } else {
      this.insertEntry(kind, entry as IndexedEntry, rel);
    }
    return diagnostics;
  }

  private insertEntry(kind: QueryKind, entry: IndexedEntry, rel: string): void {
    const s = this.statements;
    const r = entryRecord(kind, entry, rel);
    const sum = r.summary;
    const { lastInsertRowid } = s.insertEntry.run(
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
    );
    const rid = Number(lastInsertRowid);
    s.insertData.run(rid, JSON.stringify(sum), JSON.stringify(entry));
    s.insertText.run(rid, r.search_text);
    for (const [facet, value] of r.values) s.insertValue.run(rid, facet, value);
    for (const [low, high, active] of r.sizes) s.insertSize.run(rid, low, high, active);
    for (const parent of sum.base_models) s.insertLineage.run(rid, sum.id, parent);
    const f = r.fields;
    s.insertFts.run(rid, f.name, f.org, f.tags, f.notes, f.training, f.links, f.other);
  }
}
