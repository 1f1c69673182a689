import { renameSync, rmSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import type { Diagnostic } from "../core/index.js";
import type { RefreshResult } from "./catalog-index.js";
import { createIndexSchema, INDEX_VERSION } from "./index-schema.js";
import {
  BULK_FINISH,
  BULK_START,
  INDEX_STATEMENTS,
  type SqlValue,
  type StatementName,
} from "./index-statements.js";
import { readFilesInThread } from "./read-files-in-thread.js";
import {
  dropSecondaryIndexes,
  IndexWriter,
  listCatalogFiles,
  refreshIndex,
  type StatementSink,
} from "./refresh-index.js";
import { startSqlWorker } from "./start-sql-worker.js";

export interface BuildFreshIndexOptions {
  /**
   * Write through a worker thread while this one reads and parses. Default: for catalogues of
   * THREAD_MIN_FILES files or more, where it halves the wall time on two cores; below that, starting
   * the thread costs more than it saves.
   */
  thread?: boolean;
}

/** Catalogue size from which a fresh build writes in a worker thread. */
export const THREAD_MIN_FILES = 2000;
/** Files per batch sent to the writer thread. */
const BATCH_FILES = 250;

/**
 * Builds a complete index of `catalogDir` into a temporary file beside `file`, then renames it into
 * place (after removing a previous layout's WAL files, which would otherwise be replayed into it).
 * Nobody reads the temporary file, so it is written without a journal or fsync — about half the CPU of
 * a WAL build — and readers of `file` only ever see no index or a complete one. A failed build leaves
 * nothing behind. Built in a worker thread or not, the file holds the same rows.
 */
export async function buildFreshIndex(
  Sqlite: typeof Database,
  file: string,
  catalogDir: string,
  options: BuildFreshIndexOptions = {},
): Promise<RefreshResult> {
  const started = performance.now();
  const temp = `${file}.build-${process.pid}`;
  rmSync(temp, { force: true });
  try {
    const db = new Sqlite(temp);
    let result: RefreshResult;
    try {
      db.pragma("journal_mode = OFF");
      db.pragma("synchronous = OFF");
      createIndexSchema(db);
      db.prepare("INSERT INTO meta (key, value) VALUES ('version', ?)").run(INDEX_VERSION);
      const listed = listCatalogFiles(catalogDir);
      if (options.thread ?? listed.length >= THREAD_MIN_FILES) {
        const recreate = dropSecondaryIndexes(db);
        db.close();
        result = await loadInThread(temp, catalogDir, listed, recreate);
      } else {
        result = refreshIndex(db, catalogDir).result;
      }
    } finally {
      if (db.open) db.close();
    }
    for (const suffix of ["-wal", "-shm"]) rmSync(file + suffix, { force: true });
    renameSync(temp, file);
    result.ms = Math.round((performance.now() - started) * 10) / 10;
    return result;
  } finally {
    rmSync(temp, { force: true });
  }
}

// --- helpers ---

const STATEMENT_NAMES = Object.keys(INDEX_STATEMENTS) as StatementName[];
const STATEMENT_NUMBER = new Map(STATEMENT_NAMES.map((name, i) => [name, i]));

/** Queues each file's statements as one flat array (cheap to pass between threads, unlike nested ones). */
class QueueSink implements StatementSink {
  private ops: SqlValue[] = [];
  private lastRid = 0;

  run(name: StatementName, params: SqlValue[]): void {
    this.ops.push(STATEMENT_NUMBER.get(name)!, ...params);
  }

  /** rids as SQLite assigns them in an empty table: 1, 2, 3… in insertion order. */
  insertEntry(params: SqlValue[]): number {
    params[0] = ++this.lastRid;
    this.run("insertEntry", params);
    return this.lastRid;
  }

  ridsOfFile(): number[] {
    return [];
  }

  take(): SqlValue[] {
    const ops = this.ops;
    this.ops = [];
    return ops;
  }
}

/**
 * Reads, parses and flattens every file here and sends the statements to a writer thread, which loads
 * them as refreshIndex loads a new catalogue (secondary indexes and FTS merges deferred to the end).
 */
async function loadInThread(
  temp: string,
  catalogDir: string,
  listed: string[],
  recreate: string[],
): Promise<RefreshResult> {
  const worker = startSqlWorker({
    file: temp,
    start: `PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN; ${BULK_START}`,
    statements: STATEMENT_NAMES.map((name) => INDEX_STATEMENTS[name]),
    finish: [...recreate, BULK_FINISH, "COMMIT", "PRAGMA analysis_limit = 1000", "ANALYZE"].join(";\n"),
  });
  const sink = new QueueSink();
  const writer = new IndexWriter(undefined, catalogDir, sink);
  const prefix = catalogDir.endsWith(path.sep) ? catalogDir : catalogDir + path.sep;
  const withProblems: [string, string][] = [];
  try {
    let batch: SqlValue[][] = [];
    // A third thread reads the files, so this one only parses (the slowest part of the three).
    for await (const files of readFilesInThread(prefix, listed)) {
      for (const file of files) {
        writer.apply(
          { path: file.rel, hash: file.hash, size: file.size, mtime: file.mtime, text: file.text },
          false,
        );
        batch.push(sink.take());
        const json = writer.diagnosticsOf(file.rel, NO_FILES);
        if (json) withProblems.push([file.rel, json]);
        if (batch.length === BATCH_FILES) {
          await worker.send(batch);
          batch = [];
        }
      }
    }
    if (batch.length > 0) await worker.send(batch);
    await worker.close();
  } catch (error) {
    await worker.abort();
    throw error;
  }
  const diagnostics: Diagnostic[] = [];
  for (const [, json] of withProblems.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    diagnostics.push(...(JSON.parse(json) as Diagnostic[]));
  }
  return { scanned: listed.length, added: listed.length, changed: 0, removed: 0, ms: 0, diagnostics };
}

const NO_FILES = new Map();
