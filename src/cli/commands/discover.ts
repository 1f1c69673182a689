import type { Command } from "commander";
import { UsageError } from "../../core/index.js";
import { catalogDir } from "../catalog-dir.js";
import { addHubOptions, hubOptions } from "../hub-options.js";

export function registerDiscover(program: Command): void {
  addHubOptions(
    program
      .command("discover")
      .description("propose new releases from the authors in watch.yaml as candidate entries")
      .option("--since <date>", "on a first run, look back to this date (default: 30 days)")
      .option("--author <name...>", "only these watched authors")
      .option("--dry-run", "show what would be proposed without writing")
      .option("--json", "print the report as JSON on stdout"),
  )
    .addHelpText(
      "after",
      `
Candidates are written to <catalog>/.hub/candidates/<id>.yaml; review them with
\`llm-radar candidates\`, then \`llm-radar accept <id>\` or \`llm-radar reject <id>\`.

Examples:
  llm-radar discover
  llm-radar discover --author llm-jp --author sbintuitions --since 2025-01-01
  llm-radar discover --dry-run --json`,
    )
    .action(async (options: Record<string, unknown>, command: Command) => {
      const since = options.since as string | undefined;
      if (since !== undefined && Number.isNaN(Date.parse(since))) {
        throw new UsageError(`--since: not a date: ${JSON.stringify(since)} (use YYYY-MM-DD)`, "--since");
      }
      const { runDiscover } = await import("../run-discover.js");
      await runDiscover(catalogDir(command), options, hubOptions(options as Record<string, string>));
    });
}
