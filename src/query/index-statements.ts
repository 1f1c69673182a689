/**
 * The statements that write an index, by name. One list serves both writers: the connection that
 * refreshes an index and the worker thread that loads a fresh one (which receives the SQL as text),
 * so both write the same rows. `entries.rid` is a parameter: NULL lets SQLite assign it.
 */
export const INDEX_STATEMENTS = {
  upsertFile:
    "INSERT INTO files (path, hash, size, mtime, diagnostics) VALUES (?, ?, ?, ?, ?) " +
    "ON CONFLICT (path) DO UPDATE SET hash = excluded.hash, size = excluded.size, " +
    "mtime = excluded.mtime, diagnostics = excluded.diagnostics",
  touchFile: "UPDATE files SET size = ?, mtime = ? WHERE path = ?",
  deleteFile: "DELETE FROM files WHERE path = ?",
  insertEntry:
    "INSERT INTO entries (rid, file, kind, id, name, name_norm, org, released, year, status, availability, " +
    "license, params_max, has_hf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  insertData: "INSERT INTO entry_data (rid, summary, data) VALUES (?, ?, ?)",
  insertText: "INSERT INTO entry_text (rid, search_text) VALUES (?, ?)",
  insertValue: "INSERT INTO entry_values (rid, facet, value) VALUES (?, ?, ?)",
  insertSize: "INSERT INTO sizes (rid, params, high, active) VALUES (?, ?, ?, ?)",
  insertLineage: "INSERT INTO lineage (rid, child, parent) VALUES (?, ?, ?)",
  insertFts:
    "INSERT INTO fts (rowid, name, org, tags, notes, training, links, other) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  insertLicense: "INSERT INTO licenses (id, file, commercial, data) VALUES (?, ?, ?, ?)",
  insertNews: "INSERT INTO news (id, file, date, data) VALUES (?, ?, ?, ?)",
  insertSections: "INSERT INTO sections (file, data) VALUES (?, ?)",
} as const;

export type StatementName = keyof typeof INDEX_STATEMENTS;

/** A value SQLite binds. */
export type SqlValue = string | number | null;

/** Bulk loading: FTS5 merges its segments as it goes; on a load, one merge at the end is far cheaper. */
export const BULK_START = "INSERT INTO fts (fts, rank) VALUES ('automerge', 0)";
/** Ends a bulk load: one merge, then the default merging again. */
export const BULK_FINISH =
  "INSERT INTO fts (fts) VALUES ('optimize'); INSERT INTO fts (fts, rank) VALUES ('automerge', 4)";
