import type { Command } from "commander";
import { catalogDir } from "../catalog-dir.js";

export function registerReject(program: Command): void {
  program
    .command("reject <id>")
    .description("drop a candidate and remember it, so discover never proposes its repos again")
    .option("--reason <text>", "why, for the record in .hub/rejected.yaml")
    .addHelpText(
      "after",
      '\nExamples:\n  llm-radar reject some-merge --reason "community merge, not a release"',
    )
    .action(async (id: string, options: { reason?: string }, command: Command) => {
      const { rejectCandidate } = await import("../../hub/index.js");
      await rejectCandidate(catalogDir(command), id, options.reason);
      process.stderr.write(`rejected ${id}\n`);
    });
}
