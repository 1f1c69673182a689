import { renameSync, rmSync } from "node:fs";
import type Database from "better-sqlite3";
import type { RefreshResult } from "./catalog-index.js";
import { createIndexSchema, INDEX_VERSION } from "./index-schema.js";
import { refreshIndex } from "./refresh-index.js";

/**
 * Builds a complete index of `catalogDir` into a temporary file beside `file`, then renames it into
 * place (after removing a previous layout's WAL files, which would otherwise be replayed into it).
 * Nobody reads the temporary file, so it is written without a journal or fsync — about half the CPU of
 * a WAL build — and readers of `file` only ever see no index or a complete one. A failed build leaves
 * nothing behind.
 */
export function buildFreshIndex(Sqlite: typeof Database, file: string, catalogDir: string): RefreshResult {
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
      result = refreshIndex(db, catalogDir).result;
    } finally {
      db.close();
    }
    for (const suffix of ["-wal", "-shm"]) rmSync(file + suffix, { force: true });
    renameSync(temp, file);
    return result;
  } finally {
    rmSync(temp, { force: true });
  }
}
