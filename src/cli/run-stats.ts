import type { Command } from "commander";
import type { FacetCount, Stats } from "../query/index.js";
import { formatTable } from "./format-table.js";
import { openCliIndex } from "./open-cli-index.js";
import { type Terminal, terminal } from "./terminal.js";

const GROUPS: [title: string, key: keyof Omit<Stats, "total">][] = [
  ["SECTION", "by_section"],
  ["YEAR", "by_year"],
  ["LICENCE CLASS", "by_license_class"],
  ["SIZE", "by_size"],
  ["STATUS", "by_status"],
  ["AVAILABILITY", "by_availability"],
];

/** `stats`: totals per kind, then one small table per grouping of models. */
export async function runStats(command: Command, options: { json?: boolean; index?: string }): Promise<void> {
  const index = await openCliIndex(command, options.index);
  try {
    const stats = index.stats();
    if (options.json) {
      const { encodeJson } = await import("../export/index.js");
      process.stdout.write(encodeJson(stats));
    } else process.stdout.write(formatStats(stats, terminal()));
  } finally {
    index.close();
  }
}

/** Stats as text (exported for tests). */
export function formatStats(stats: Stats, term: Terminal): string {
  const totals = Object.entries(stats.total).map(([kind, count]) => ({ value: kind, count }));
  const parts = [table("KIND", totals, term)];
  for (const [title, key] of GROUPS) parts.push(table(title, stats[key], term));
  return parts.join("\n");
}

function table(title: string, rows: FacetCount[], term: Terminal): string {
  return formatTable(
    rows,
    [
      { header: title, value: (r) => r.value },
      { header: "COUNT", value: (r) => String(r.count), align: "right" },
    ],
    { width: term.width, header: term.bold },
  );
}
