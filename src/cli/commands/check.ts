import type { Command } from "commander";
import { countErrors, formatDiagnostic } from "../../core/index.js";
import { catalogDir } from "../catalog-dir.js";

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description("validate every catalogue file against the schema and lint the data")
    .option("--json", "print diagnostics as JSON")
    .addHelpText("after", "\nExamples:\n  llm-radar check\n  llm-radar check --catalog ./my-catalog --json")
    .action(async (options: { json?: boolean }, command: Command) => {
      const { checkCatalog } = await import("../../catalog/index.js");
      const diagnostics = await checkCatalog(catalogDir(command));
      if (options.json) process.stdout.write(`${JSON.stringify(diagnostics, null, 2)}\n`);
      else for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      const errors = countErrors(diagnostics);
      if (!options.json) process.stderr.write(`${errors} errors, ${diagnostics.length - errors} warnings\n`);
      process.exitCode = errors > 0 ? 1 : 0;
    });
}
