import { UsageError } from "../core/index.js";
import { type EntrySummary, summariesCsv } from "../query/index.js";
import { formatTable, type TableColumn } from "./format-table.js";
import type { Terminal } from "./terminal.js";

export type OutputFormat = "table" | "json" | "jsonl" | "csv";

/** The one output format chosen by `--json`, `--jsonl` or `--csv` (table otherwise). */
export function outputFormat(options: { json?: boolean; jsonl?: boolean; csv?: boolean }): OutputFormat {
  const chosen = (["json", "jsonl", "csv"] as const).filter((f) => options[f]);
  if (chosen.length > 1) {
    throw new UsageError(`choose one of --json, --jsonl, --csv`, chosen[1], ["json", "jsonl", "csv"]);
  }
  return chosen[0] ?? "table";
}

/**
 * Renders result rows for stdout in the chosen format (CSV and JSON through export/'s encoders). A table
 * leaves out the columns no row has a value in (a list of datasets has no organisations or sizes).
 */
export async function formatEntries(
  items: readonly EntrySummary[],
  format: OutputFormat,
  term: Terminal,
  columns: readonly TableColumn<EntrySummary>[] = ENTRY_TABLE,
): Promise<string> {
  if (format === "table") {
    const used = items.length === 0 ? columns : columns.filter((c) => items.some((e) => c.value(e) !== ""));
    return formatTable(items, used, { width: term.width, header: term.bold });
  }
  const { encodeJson, encodeJsonl } = await import("../export/index.js");
  if (format === "json") return encodeJson(items);
  if (format === "jsonl") return encodeJsonl(items);
  return summariesCsv(items);
}

/** The `ls` table: sections, licence and org give way first on a narrow terminal; id and name last. */
export const ENTRY_TABLE: readonly TableColumn<EntrySummary>[] = [
  { header: "ID", value: (e) => e.id, shrink: 1, min: 6 },
  { header: "NAME", value: (e) => e.name, shrink: 2, min: 6 },
  { header: "ORG", value: (e) => e.org ?? "", shrink: 4, min: 4 },
  { header: "RELEASED", value: (e) => e.released ?? "" },
  { header: "SIZE", value: (e) => e.sizes_label ?? "", shrink: 3, min: 4 },
  {
    header: "LICENSE",
    value: (e) => (e.license ? `${e.license} (${e.commercial})` : ""),
    shrink: 5,
    min: 6,
  },
  {
    header: "SECTIONS",
    value: (e) => [...e.sections, ...(e.status === "archived" ? ["(archived)"] : [])].join(","),
    shrink: 6,
    min: 6,
  },
];
