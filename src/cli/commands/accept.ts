import type { Command } from "commander";
import { catalogDir } from "../catalog-dir.js";

export function registerAccept(program: Command): void {
  program
    .command("accept <id>")
    .description("move a candidate into the catalogue (validated, atomic) with its draft news item")
    .addHelpText(
      "after",
      "\nEdit <catalog>/.hub/candidates/<id>.yaml first if a field needs a curator's word.\n\nExamples:\n  llm-radar candidates\n  llm-radar accept qwen3",
    )
    .action(async (id: string, _options: unknown, command: Command) => {
      const { acceptCandidate } = await import("../../hub/index.js");
      const written = await acceptCandidate(catalogDir(command), id);
      process.stderr.write(`accepted ${id}: wrote ${written.model} and ${written.news}\n`);
    });
}
