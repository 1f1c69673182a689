import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
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

/**
 * Brings the index in line with `catalog/`: lists the YAML files, skips those whose size and mtime are
 * unchanged, hashes the rest (sha1 of the content) and re-indexes only the files whose hash changed.
 * Everything is written in one IMMEDIATE transaction, so concurrent readers see the old or new state.
 */
export function refreshIndex(db: Database.Database, catalogDir: string): RefreshResult {
  const started = performance.now();
  const scanStart = Date.now();
  const stored = new Map<string, StoredFile>();
  for (const row of db.prepare("SELECT path, hash, size, mtime, diagnostics FROM files").all() as ({
    path: string;
  } & StoredFile)[]) {
    stored.set(row.path, row);
  }
  const seen = new Set<string>();
  const changes: Change[] = [];
  for (const rel of listCatalogFiles(catalogDir)) {
    seen.add(rel);
    const abs = path.join(catalogDir, rel);
    const stat = statSync(abs);
    const old = stored.get(rel);
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
  const removed = [...stored.keys()].filter((p) => !seen.has(p));
  const result: RefreshResult = {
    scanned: seen.size,
    added: changes.filter((c) => c.text !== undefined && !stored.has(c.path)).length,
    changed: changes.filter((c) => c.text !== undefined && stored.has(c.path)).length,
    removed: removed.length,
    ms: 0,
    diagnostics: [],
  };
  if (changes.length > 0 || removed.length > 0) {
    const writer = new IndexWriter(db, catalogDir);
    db.transaction(() => {
      for (const rel of removed) writer.remove(rel);
      for (const change of changes) writer.apply(change);
    }).immediate();
  }
  for (const row of db
    .prepare("SELECT diagnostics FROM files WHERE diagnostics IS NOT NULL ORDER BY path")
    .all() as { diagnostics: string }[]) {
    result.diagnostics.push(...(JSON.parse(row.diagnostics) as Diagnostic[]));
  }
  result.ms = Math.round((performance.now() - started) * 10) / 10;
  return result;
}

// --- helpers ---

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

class IndexWriter {
  private readonly statements;

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
          "license, params_max, has_hf, search_text, summary, data) " +
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      insertValue: p("INSERT INTO entry_values (rid, facet, value) VALUES (?, ?, ?)"),
      insertSize: p("INSERT INTO sizes (rid, params, active) VALUES (?, ?, ?)"),
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

  apply(change: Change): void {
    const s = this.statements;
    if (change.text === undefined) {
      s.touchFile.run(change.size, change.mtime, change.path);
      return;
    }
    this.clear(change.path);
    const diagnostics = this.insert(change.path, change.text);
    s.upsertFile.run(
      change.path,
      change.hash,
      change.size,
      change.mtime,
      diagnostics.length > 0 ? JSON.stringify(diagnostics) : null,
    );
  }

  private clear(rel: string): void {
    const s = this.statements;
    for (const { rid } of s.rowsOfFile.all(rel) as { rid: number }[]) {
      s.deleteValues.run(rid);
      s.deleteSizes.run(rid);
      s.deleteLineage.run(rid);
      s.deleteFts.run(rid);
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
      const parsed = parseYamlFile(shown, text, SectionsFile, diagnostics);
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
    const parsed = parseYamlFile(shown, text, ENTRY_SCHEMAS[kind] as never, diagnostics);
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
      r.search_text,
      JSON.stringify(sum),
      JSON.stringify(entry),
    );
    const rid = Number(lastInsertRowid);
    for (const [facet, value] of r.values) s.insertValue.run(rid, facet, value);
    for (const [params, active] of r.sizes) s.insertSize.run(rid, params, active);
    for (const parent of sum.base_models) s.insertLineage.run(rid, sum.id, parent);
    const f = r.fields;
    s.insertFts.run(rid, f.name, f.org, f.tags, f.notes, f.training, f.links, f.other);
  }
}
