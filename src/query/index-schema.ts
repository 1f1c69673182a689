import type Database from "better-sqlite3";

/** Bump when the tables change: an index with another version is deleted and rebuilt. */
export const INDEX_VERSION = "10";

/**
 * The FTS5 table. A fresh build fills it in a file of its own (createFtsSchema) on another thread and
 * copies its shadow tables (FTS_SHADOW_TABLES) into the index at the end.
 */
const FTS_SCHEMA = `CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (
      name, org, tags, notes, training, links, other,
      tokenize = 'trigram case_sensitive 1', content = '', contentless_delete = 1
    );`;

/**
 * Creates the tables. `entries` holds one row per model, benchmark, dataset or leaderboard, with the
 * filterable scalars as columns, multi-valued facets in `entry_values`, sizes in `sizes`, base-model
 * edges in `lineage`, and a contentless FTS5 trigram table keyed by the entry's rowid. Its text is
 * already case-folded (normalizeText), so the tokenizer skips folding it again.
 */
export function createIndexSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS files (
      path TEXT PRIMARY KEY, hash TEXT NOT NULL, size INTEGER NOT NULL, mtime REAL NOT NULL,
      diagnostics TEXT
    );
    CREATE TABLE IF NOT EXISTS entries (
      rid INTEGER PRIMARY KEY,
      file TEXT NOT NULL,
      kind TEXT NOT NULL,
      id TEXT NOT NULL,
      name TEXT NOT NULL,
      name_norm TEXT NOT NULL,
      org TEXT,
      released TEXT,
      year INTEGER,
      status TEXT NOT NULL,
      availability TEXT,
      license TEXT,
      params_max REAL,
      has_hf INTEGER NOT NULL,
      UNIQUE (kind, id)
    );
    -- Large values live apart so scans and counts over entries read small rows.
    CREATE TABLE IF NOT EXISTS entry_data (rid INTEGER PRIMARY KEY, summary TEXT NOT NULL, data TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS entry_text (rid INTEGER PRIMARY KEY, search_text TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS entries_file ON entries (file);
    -- Same expressions as the ORDER BY clauses in query-sql.ts, so reading a sort order needs no sort.
    CREATE INDEX IF NOT EXISTS entries_by_released ON entries (released IS NULL, released DESC, name_norm, id);
    CREATE INDEX IF NOT EXISTS entries_by_params ON entries (params_max IS NULL, params_max DESC, name_norm, id);
    CREATE INDEX IF NOT EXISTS entries_by_name ON entries (name_norm, id);
    CREATE INDEX IF NOT EXISTS entries_license ON entries (license);
    CREATE TABLE IF NOT EXISTS entry_values (rid INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS entry_values_facet ON entry_values (facet, value, rid);
    CREATE INDEX IF NOT EXISTS entry_values_rid ON entry_values (rid);
    -- params..high is one size (equal bounds) or a stated range; active is per token (MoE).
    CREATE TABLE IF NOT EXISTS sizes (rid INTEGER NOT NULL, params REAL, high REAL, active REAL);
    CREATE INDEX IF NOT EXISTS sizes_rid ON sizes (rid);
    CREATE INDEX IF NOT EXISTS sizes_params ON sizes (params, rid);
    CREATE INDEX IF NOT EXISTS sizes_active ON sizes (COALESCE(active, params), rid);
    CREATE TABLE IF NOT EXISTS lineage (rid INTEGER NOT NULL, child TEXT NOT NULL, parent TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS lineage_parent ON lineage (parent);
    CREATE INDEX IF NOT EXISTS lineage_child ON lineage (child);
    CREATE INDEX IF NOT EXISTS lineage_rid ON lineage (rid);
    CREATE TABLE IF NOT EXISTS licenses (
      id TEXT PRIMARY KEY, file TEXT NOT NULL, commercial TEXT NOT NULL, data TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS news (id TEXT PRIMARY KEY, file TEXT NOT NULL, date TEXT NOT NULL, data TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS sections (file TEXT PRIMARY KEY, data TEXT NOT NULL);
    ${FTS_SCHEMA}
  `);
}

/** The tables in which FTS5 keeps the `fts` index. */
export const FTS_SHADOW_TABLES = ["fts_config", "fts_data", "fts_docsize", "fts_idx"] as const;

/** Creates only the `fts` table, as createIndexSchema does. */
export function createFtsSchema(db: Database.Database): void {
  db.exec(FTS_SCHEMA);
}
