import type { EntrySummary } from "../query/index.js";
import type { TableColumn } from "./format-table.js";

/** The `search` table: best matches first, with the field that matched and its text. */
export const SEARCH_TABLE: readonly TableColumn<EntrySummary>[] = [
  { header: "ID", value: (e) => e.id, shrink: 1, min: 8 },
  { header: "NAME", value: (e) => e.name, shrink: 2, min: 8 },
  { header: "KIND", value: (e) => e.kind },
  { header: "MATCHED", value: (e) => e.match?.field ?? "" },
  { header: "TEXT", value: (e) => e.match?.text ?? "", shrink: 3, min: 10 },
];
