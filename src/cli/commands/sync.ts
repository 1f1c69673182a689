import type { Command } from "commander";
import { catalogDir } from "../catalog-dir.js";
import { addHubOptions, hubOptions } from "../hub-options.js";

export function registerSync(program: Command): void {
  addHubOptions(
    program
      .command("sync")
      .description("fetch Hub facts for every linked repo into dated snapshots and report disagreements")
      .option("--offline", "compare against the last snapshot without touching the network")
      .option("--apply", "write unambiguous findings (renamed repos, licences) into the catalogue")
      .option("--refresh", "refetch repos that already have today's snapshot")
      .option("--json", "print the report as JSON on stdout"),
  )
    .addHelpText(
      "after",
      `
Hub facts are stored in <catalog>/.hub/snapshots/<date>/, never in the curated YAML. A killed run
resumes where it stopped. Set HF_TOKEN for gated/private repos and higher rate limits.

Examples:
  llm-radar sync
  HF_TOKEN=hf_xxx llm-radar sync --apply
  llm-radar sync --offline --json > hub-report.json
  llm-radar sync --hub-url http://127.0.0.1:8080 --concurrency 2`,
    )
    .action(async (options: Record<string, string | boolean | undefined>, command: Command) => {
      const { runSync } = await import("../run-sync.js");
      await runSync(catalogDir(command), options, hubOptions(options as Record<string, string>));
    });
}
