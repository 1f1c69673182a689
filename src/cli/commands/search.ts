import type { Command } from "commander";
import { addQueryFlags } from "../query-flags.js";

export function registerSearch(program: Command): void {
  const command = program
    .command("search")
    .description(
      "full-text search (Japanese and English, any substring) over names, orgs, notes, tags, training facts, links and section titles",
    )
    .argument("<text...>", "words to find; every word must match somewhere")
    .option("--json", "print a JSON array")
    .option("--jsonl", "print one JSON object per line")
    .option("--csv", "print RFC 4180 CSV (formula-safe)");
  addQueryFlags(command)
    .addHelpText(
      "after",
      `
Matching ignores case and width (ＱＷＥＮ finds Qwen) and finds substrings (医療, 東工大).
A word in a section's title also matches that section's entries (医療 finds every model listed
under 医療特化モデル). Name matches rank first; the MATCHED column shows where each hit was
found. Searches every kind unless --kind is given.

Examples:
  llm-radar search swallow
  llm-radar search 医療 --lang ja
  llm-radar search "instruction tuning" --max-params 10B
  llm-radar search 東工大 --kind models --json`,
    )
    .action(async (words: string[], options: Record<string, unknown>, cmd: Command) => {
      const { runList } = await import("../run-list.js");
      const kind = options.kind ?? ["models", "benchmarks", "datasets", "leaderboards"];
      await runList(cmd, { ...options, kind }, words.join(" "));
    });
}
