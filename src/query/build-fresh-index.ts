import { renameSync, rmSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import type { Diagnostic } from "../core/index.js";
import type { RefreshResult } from "./catalog-index.js";
import { createFtsSchema, createIndexSchema, FTS_SHADOW_TABLES, INDEX_VERSION } from "./index-schema.js";
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
  withFullParserIfNeeded,
} from "./refresh-index.js";
import { SqlBatch, startSqlWorker } from "./start-sql-worker.js";

export interface BuildFreshIndexOptions {
  /**
   * Use worker threads: one reads the files, this one parses them, two more write the tables and the
   * FTS5 index. Default: for catalogues of THREAD_MIN_FILES files or more, where it takes about a
   * third off the wall time on two cores; below that, starting the threads costs more than it saves.
   */
  thread?: boolean;
}

/** Catalogue size from which a fresh build uses worker threads. */
const THREAD_MIN_FILES = 2000;
/** Files per batch sent to the writer threads. */
const BATCH_FILES = 250;

/**
 * Builds a complete index of `catalogDir` into a temporary file beside `file`, then renames it into
 * place (after removing a previous layout's WAL files, which would otherwise be replayed into it).
 * Nobody reads the temporary file, so it is written without a journal or fsync — about half the CPU of
 * a WAL build — and readers of `file` only ever see no index or a complete one. A failed build leaves
 * nothing behind. Built with worker threads or not, the file holds the same rows.
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
        result = await loadInThread(Sqlite, temp, catalogDir, listed, recreate);
      } else {
        result = (await withFullParserIfNeeded((parser) => refreshIndex(db, catalogDir, undefined, parser)))
          .result;
      }
    } finally {
      if (db.open) db.close();
    }
    switchToWal(Sqlite, temp);
    for (const suffix of ["-wal", "-shm"]) rmSync(file + suffix, { force: true });
    renameSync(temp, file);
    result.ms = Math.round((performance.now() - started) * 10) / 10;
    return result;
  } finally {
    rmSync(temp, { force: true });
  }
}

// --- helpers ---

/** Statements the FTS writer runs; every other one goes to the table writer. */
const FTS_STATEMENTS: StatementName[] = ["insertFts"];
const TABLE_STATEMENTS = (Object.keys(INDEX_STATEMENTS) as StatementName[]).filter(
  (name) => !FTS_STATEMENTS.includes(name),
);
/** Each statement's writer (0 tables, 1 FTS) and its number there. */
const ROUTES = new Map<StatementName, [writer: 0 | 1, statement: number]>([
  ...TABLE_STATEMENTS.map((name, i): [StatementName, [0, number]] => [name, [0, i]]),
  ...FTS_STATEMENTS.map((name, i): [StatementName, [1, number]] => [name, [1, i]]),
]);

/** Queues each file's statements for the two writers, one flat array per file and writer. */
class QueueSink implements StatementSink {
  private ops: [SqlValue[], SqlValue[]] = [[], []];
  private lastRid = 0;

  run(name: StatementName, params: SqlValue[]): void {
    const [writer, statement] = ROUTES.get(name)!;
    this.ops[writer].push(statement, ...params);
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

  /** Moves the file's statements to the writers' batches. */
  endFile(tables: SqlBatch, fts: SqlBatch): void {
    const [tableOps, ftsOps] = this.ops;
    if (tableOps.length > 0) tables.add(tableOps);
    if (ftsOps.length > 0) fts.add(ftsOps);
    this.ops = [[], []];
  }
}

/**
 * Reads, parses and flattens every file here, and hands the rows to two writer threads: one for the
 * tables, one for the FTS5 index (in a file of its own, whose shadow tables the first copies in at
 * the end). They load as refreshIndex loads a new catalogue: secondary indexes and FTS merges wait
 * until the end.
 */
async function loadInThread(
  Sqlite: typeof Database,
  temp: string,
  catalogDir: string,
  listed: string[],
  recreate: { sql: string; table: string }[],
): Promise<RefreshResult> {
  const ftsFile = `${temp}-fts`;
  const fts = new Sqlite(ftsFile);
  fts.pragma("journal_mode = OFF");
  createFtsSchema(fts);
  fts.close();
  const bulk = "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN";
  const tables = startSqlWorker({
    file: temp,
    start: bulk,
    statements: TABLE_STATEMENTS.map((name) => INDEX_STATEMENTS[name]),
    finish: [
      `ATTACH ${quote(ftsFile)} AS fts_build`,
      "BEGIN",
      ...FTS_SHADOW_TABLES.flatMap((t) => [
        `DELETE FROM main.${t}`,
        `INSERT INTO main.${t} SELECT * FROM fts_build.${t}`,
      ]),
      "COMMIT",
      "DETACH fts_build",
    ].join(";\n"),
    unsafe: true,
  });
  const search = startSqlWorker({
    file: ftsFile,
    start: `${bulk}; ${BULK_START}`,
    statements: FTS_STATEMENTS.map((name) => INDEX_STATEMENTS[name]),
    finish: `${BULK_FINISH}; COMMIT`,
  });
  const sink = new QueueSink();
  const writer = new IndexWriter(undefined, catalogDir, sink);
  const prefix = catalogDir.endsWith(path.sep) ? catalogDir : catalogDir + path.sep;
  const withProblems: [string, string][] = [];
  try {
    const tableBatch = new SqlBatch();
    const ftsBatch = new SqlBatch();
    // A third thread reads the files, so this one only parses.
    for await (const files of readFilesInThread(prefix, listed)) {
      for (const file of files) {
        const change = {
          path: file.rel,
          hash: file.hash,
          size: file.size,
          mtime: file.mtime,
          text: file.text,
        };
        await withFullParserIfNeeded((parser) => {
          writer.fullParser = parser;
          writer.apply(change, false);
        }, writer.fullParser);
        sink.endFile(tableBatch, ftsBatch);
        const json = writer.diagnosticsOf(file.rel, NO_FILES);
        if (json) withProblems.push([file.rel, json]);
        if (tableBatch.size === BATCH_FILES) {
          await Promise.all([tables.send(tableBatch), search.send(ftsBatch)]);
        }
      }
    }
    await Promise.all([tables.send(tableBatch), search.send(ftsBatch)]);
    // The table writer builds its indexes and statistics while the FTS writer merges, then copies the
    // FTS index in. Statistics cover the indexed tables only (the FTS tables are still empty here, and
    // FTS5 reads its own tables by key).
    await tables.exec(
      [
        ...recreate.map((index) => index.sql),
        "COMMIT",
        "PRAGMA analysis_limit = 1000",
        ...[...new Set(recreate.map((index) => index.table))].map((table) => `ANALYZE ${table}`),
      ].join(";\n"),
    );
    await search.close();
    await tables.close();
  } catch (error) {
    await Promise.all([tables.abort(), search.abort()]);
    throw error;
  } finally {
    rmSync(ftsFile, { force: true });
  }
  const diagnostics: Diagnostic[] = [];
  for (const [, json] of withProblems.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    diagnostics.push(...(JSON.parse(json) as Diagnostic[]));
  }
  return { scanned: listed.length, added: listed.length, changed: 0, removed: 0, ms: 0, diagnostics };
}

/**
 * Sets the file's (persistent) journal mode to WAL with syncing off. Switching later, from the
 * connection that serves queries, would fsync the whole unsynced file first: 0.5 s at 100k entries.
 */
function switchToWal(Sqlite: typeof Database, file: string): void {
  const db = new Sqlite(file);
  try {
    db.pragma("synchronous = OFF");
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

const NO_FILES = new Map();

/** An SQL string literal. */
function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
