import type { Command } from "commander";

export function registerStats(program: Command): void {
  program
    .command("stats")
    .description(
      "count models by section, release year, licence class (commercial use), size bucket, status and availability",
    )
    .option("--json", "print the counts as JSON")
    .option(
      "--index <file>",
      "index file (default: $LLM_RADAR_INDEX or <catalog>/../.cache/llm-radar/index.sqlite)",
    )
    .addHelpText(
      "after",
      `
Examples:
  llm-radar stats
  llm-radar stats --json`,
    )
    .action(async (options: { json?: boolean; index?: string }, cmd: Command) => {
      const { runStats } = await import("../run-stats.js");
      await runStats(cmd, options);
    });
}
