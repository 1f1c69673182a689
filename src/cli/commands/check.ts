import type { Command } from "commander";
import { countErrors, formatDiagnostic, UsageError } from "../../core/index.js";
import { catalogDir } from "../catalog-dir.js";

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("validate every catalogue file against the schema and lint the data")
    .option("--json", "print diagnostics as a JSON array on stdout")
    .option("--today <date>", "date for future-date checks, YYYY-MM-DD (default: today, UTC)")
    .option("--hub", "also report disagreements with the latest Hub snapshot (run `sync` first)")
    .addHelpText(
      "after",
      `
Diagnostics read file:line:column  field  message  [rule], so editors can jump to them.
Lints: schema, unknown licence (with suggestions) or licence alias instead of its id, unknown
section, release/news dates before 2017 or in the future, duplicate entries (same HF repo, or same
name and date), malformed links, dangling ids (base_models, scores, news models, leaderboards),
size labels that disagree with their numbers. Exit 1 when any error is found.

Examples:
  llm-radar check
  llm-radar check --catalog ./my-catalog --json
  llm-radar check --today 2025-06-01
  llm-radar check --hub      # + dead/renamed links, licence and size mismatches vs the Hub`,
    )
    .action(async (options: { json?: boolean; today?: string; hub?: boolean }, command: Command) => {
      if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
        throw new UsageError(`--today must be YYYY-MM-DD, got "${options.today}"`, "--today");
      }
      const { checkCatalog } = await import("../../catalog/index.js");
      const diagnostics = await checkCatalog(catalogDir(command), { today: options.today });
      // watch.yaml (discover's watch list) is validated always; Hub findings only with --hub.
      const { checkHub, loadWatchList } = await import("../../hub/index.js");
      diagnostics.push(...(await loadWatchList(catalogDir(command))).diagnostics);
      if (options.hub) diagnostics.push(...(await checkHub(catalogDir(command))));
      const errors = countErrors(diagnostics);
      if (options.json) process.stdout.write(`${JSON.stringify(diagnostics, null, 2)}\n`);
      else {
        for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
        process.stderr.write(`${errors} errors, ${diagnostics.length - errors} warnings\n`);
      }
      process.exitCode = errors > 0 ? 1 : 0;
    });
}
