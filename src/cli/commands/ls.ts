import type { Command } from "commander";
import { addQueryFlags } from "../query-flags.js";

export function registerLs(program: Command): void {
  const command = program
    .command("ls")
    .description("list catalogue entries matching filters, as a table, JSON, JSON Lines or CSV")
    .option("--json", "print a JSON array")
    .option("--jsonl", "print one JSON object per line")
    .option("--csv", "print RFC 4180 CSV (formula-safe)");
  addQueryFlags(command)
    .addHelpText(
      "after",
      `
Filters combine with AND; a repeated or comma-separated filter means any of its values.

Examples:
  llm-radar ls --section medical --lang ja
  llm-radar ls --max-params 10B --commercial yes --sort -params
  llm-radar ls --base llama3 --since 2024-06
  llm-radar ls --kind benchmarks --section medical --json
  llm-radar ls --org "Tokyo Tech" --csv > models.csv`,
    )
    .action(async (options: Record<string, unknown>, cmd: Command) => {
      const { runList } = await import("../run-list.js");
      await runList(cmd, options);
    });
}
