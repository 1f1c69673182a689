import type { Command } from "commander";

export function registerShow(program: Command): void {
  program
    .command("show")
    .description(
      "show one model (every field, licence, lineage, scores, provenance, corrections), or one benchmark or dataset with the models evaluated on it",
    )
    .argument(
      "<id-or-name>",
      "model, benchmark or dataset id (file name) or exact name, case- and width-insensitive",
    )
    .option("--json", "print the model, its licence and lineage as JSON")
    .option(
      "--index <file>",
      "index file (default: $LLM_RADAR_INDEX or <catalog>/../.cache/llm-radar/index.sqlite)",
    )
    .addHelpText(
      "after",
      `
Examples:
  llm-radar show llama-3-swallow
  llm-radar show "Llama 3 Swallow"
  llm-radar show qwen3 --json
  llm-radar show igakuqa        # a benchmark: its facts and the models evaluated on it`,
    )
    .action(async (idOrName: string, options: { json?: boolean; index?: string }, cmd: Command) => {
      const { runShow } = await import("../run-show.js");
      await runShow(cmd, idOrName, options);
    });
}
