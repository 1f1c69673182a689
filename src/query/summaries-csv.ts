import { encodeCsv } from "../export/index.js";
import type { EntrySummary } from "./catalog-index.js";

/** Columns of a list as CSV (`ls --csv`, `/api/v1/models.csv`): the EntrySummary fields, in this order. */
export const SUMMARY_CSV_COLUMNS = [
  "kind",
  "id",
  "name",
  "org",
  "released",
  "sections",
  "status",
  "availability",
  "sizes_label",
  "params",
  "params_max",
  "params_active",
  "license",
  "commercial",
  "languages",
  "tags",
  "hf",
  "base_models",
  "file",
] as const;

/** Entries as CSV (formula-safe); a search's answer adds the field that matched and its text. */
export function summariesCsv(items: readonly EntrySummary[]): string {
  const rows = items.map(({ match, ...rest }) => ({
    ...rest,
    matched_field: match?.field,
    matched_text: match?.text,
  }));
  const columns = items.some((i) => i.match)
    ? [...SUMMARY_CSV_COLUMNS, "matched_field", "matched_text"]
    : SUMMARY_CSV_COLUMNS;
  return encodeCsv(rows, columns);
}
