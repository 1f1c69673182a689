import type { License, WithId } from "../core/index.js";
import type { Anomaly } from "./import-types.js";
import type { ListRow } from "./list-parts.js";
import { type ModelDraft, readModelRow } from "./read-model-row.js";

interface CachedRow {
  draft: Omit<ModelDraft, "row"> | undefined;
  /** Anomalies as first reported; `line` and `raw` are the row's and are replaced on reuse. */
  anomalies: Anomaly[];
}

// Versions of one list repeat most rows word for word, so a history replay reads each row once.
// Keyed by the licence registry (as JSON) and then by what `readModelRow` reads of a row.
let registry = "";
let cache = new Map<string, CachedRow>();
const CACHE_LIMIT = 20_000;

/**
 * `readModelRow` for one import, remembering rows across imports: a row whose cells, columns, section
 * and status were read before (with the same licence registry) gets a fresh copy of that result and the
 * same anomalies at its own line, without being read again.
 */
export function createRowReader(
  licenses: readonly WithId<License>[],
): (row: ListRow, anomalies: Anomaly[]) => ModelDraft | undefined {
  const key = JSON.stringify(licenses);
  if (key !== registry) {
    registry = key;
    cache = new Map();
  }
  const rows = cache;
  return (row, anomalies) => {
    // importList turns away text with NUL, so NUL separates parts unambiguously (counts fix the split).
    const id = `${row.section.id}\0${row.status}\0${columnsKey(row.columns)}\0${row.cells.join("\0")}`;
    let cached = rows.get(id);
    if (!cached) {
      const reported: Anomaly[] = [];
      const draft = readModelRow(row, licenses, reported);
      anomalies.push(...reported);
      // Only results whose anomalies all point at this row can be moved to another line.
      if (reported.some((a) => a.line !== row.line || a.raw !== row.raw)) return draft;
      if (rows.size >= CACHE_LIMIT) rows.clear();
      cached = { draft: draft && copyDraft(draft), anomalies: reported.map((a) => ({ ...a })) };
      rows.set(id, cached);
      return draft;
    }
    for (const a of cached.anomalies) anomalies.push({ ...a, line: row.line, raw: row.raw });
    return cached.draft && { row, ...copyDraft(cached.draft) };
  };
}

/** Forgets every remembered row. */
export function clearRowCache(): void {
  registry = "";
  cache = new Map();
}

// --- helpers ---

// Rows of one table share their header array.
const columnKeys = new WeakMap<readonly string[], string>();
function columnsKey(columns: readonly string[]): string {
  let key = columnKeys.get(columns);
  if (key === undefined) {
    key = `${columns.length}\0${columns.join("\0")}`;
    columnKeys.set(columns, key);
  }
  return key;
}

// Later import steps merge duplicates into a draft's model in place, so every use gets its own copy.
function copyDraft(draft: Omit<ModelDraft, "row">): Omit<ModelDraft, "row"> {
  return { model: copyData(draft.model), tests: [...draft.tests], base: draft.base };
}

function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyData) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copyData((value as Record<string, unknown>)[key]);
  return out as T;
}
