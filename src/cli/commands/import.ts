import type { Command } from "commander";
import { UsageError } from "../../core/index.js";
import { catalogDir } from "../catalog-dir.js";

const REPORTS = ["text", "json"];

export function registerImport(program: Command): void {
  program
    .command("import")
    .description("import an awesome-list README (tables, hidden rows, news, bullets) into the catalogue")
    .argument("<file>", "markdown list to import, e.g. README.md")
    .option("--dry-run", "report what would change without writing anything")
    .option("--report <format>", "anomaly report format: text (stderr) or json (stdout)", "text")
    .addHelpText(
      "after",
      [
        "",
        "Merges into the catalogue without clobbering curated edits (reported as conflicts).",
        "Anomalies (repairs, skipped rows, unknown licences) are printed as `source:line  kind  message`.",
        "",
        "Examples:",
        "  llm-radar import README.md",
        "  llm-radar import README.md --dry-run",
        "  llm-radar --catalog ./my-catalog import README.md --report json > anomalies.json",
      ].join("\n"),
    )
    .action(async (file: string, options: { dryRun?: boolean; report: string }, command: Command) => {
      if (!REPORTS.includes(options.report)) {
        throw new UsageError(`unknown report format "${options.report}"`, "--report", REPORTS);
      }
      const { importIntoCatalog } = await import("../../markdown/index.js");
      const result = await importIntoCatalog(file, catalogDir(command), { dryRun: options.dryRun === true });
      const all = [...result.anomalies, ...result.conflicts].sort((a, b) => a.line - b.line);
      if (options.report === "json") {
        process.stdout.write(
          `${JSON.stringify(
            all.map((a) => ({ source: result.source, ...a })),
            null,
            2,
          )}\n`,
        );
      } else {
        for (const a of all) process.stderr.write(`${result.source}:${a.line}  ${a.kind}  ${a.message}\n`);
      }
      const kinds = new Map<string, number>();
      for (const a of all) kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
      const perKind = [...kinds].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k} ${n}`);
      const verb = options.dryRun ? "would create" : "created";
      process.stderr.write(
        `${verb} ${result.created.length}, ${options.dryRun ? "would update" : "updated"} ${result.updated.length}, unchanged ${result.unchanged}\n`,
      );
      if (perKind.length > 0) process.stderr.write(`anomalies: ${perKind.join(", ")}\n`);
    });
}
