import type { Command } from "commander";
import { catalogDir } from "../catalog-dir.js";

export function registerCandidates(program: Command): void {
  program
    .command("candidates")
    .description("list the candidate entries discover proposed, awaiting accept or reject")
    .option("--json", "print the candidates as JSON")
    .addHelpText("after", "\nExamples:\n  llm-radar candidates\n  llm-radar candidates --json")
    .action(async (options: { json?: boolean }, command: Command) => {
      const [{ readCandidates }, { formatTable }, { terminal }, { formatDiagnostic }] = await Promise.all([
        import("../../hub/index.js"),
        import("../format-table.js"),
        import("../terminal.js"),
        import("../../core/index.js"),
      ]);
      const { candidates, diagnostics } = await readCandidates(catalogDir(command));
      for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(candidates, null, 2)}\n`);
      } else if (candidates.length === 0) {
        process.stderr.write("no candidates (run `llm-radar discover`)\n");
      } else {
        const term = terminal();
        const table = formatTable(
          candidates,
          [
            { header: "id", value: (c) => c.id },
            { header: "name", value: (c) => c.model.name, flexible: true, min: 10 },
            { header: "author", value: (c) => c.author },
            { header: "sizes", value: (c) => c.model.sizes?.label ?? "", flexible: true, min: 6 },
            { header: "licence", value: (c) => c.model.license ?? c.hub_licenses.join(", ") },
            { header: "repos", value: (c) => String(c.repos.length), align: "right" },
            { header: "discovered", value: (c) => c.discovered },
          ],
          { width: term.width, header: term.bold },
        );
        process.stdout.write(table.endsWith("\n") ? table : `${table}\n`);
      }
      process.exitCode = diagnostics.some((d) => d.severity === "error") ? 1 : 0;
    });
}
