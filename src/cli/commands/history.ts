import type { Command } from "commander";
import { UsageError } from "../../core/index.js";
import { catalogDir } from "../catalog-dir.js";

interface HistoryFlags {
  file: string;
  rev?: string;
  since?: string;
  json?: boolean;
  lang: string;
  writeNews?: boolean;
}

export function registerHistory(program: Command): void {
  program
    .command("history")
    .description(
      "replay a list's git history into a dated changelog (added, removed, archived, moved, renamed…)",
    )
    .argument("<git-repo>", "git repository that holds the list")
    .option("--file <path>", "the list's path in the repository (renames are followed)", "README.md")
    .option("--rev <revision>", "revision to replay (default: HEAD, or the default branch)")
    .option("--since <date>", "only changes on or after YYYY-MM or YYYY-MM-DD")
    .option("--json", "print versions and events as JSON")
    .option("--lang <lang>", "changelog language: ja or en", "en")
    .option("--write-news", "add news items for entries the history added to the catalogue (deduplicated)")
    .addHelpText(
      "after",
      [
        "",
        "The licence registry and sections of --catalog (when it exists) are used to read every version.",
        "",
        "Examples:",
        "  llm-radar history ../awesome-list",
        "  llm-radar history ../awesome-list --since 2025-01 --lang ja",
        "  llm-radar history ../awesome-list --file docs/LIST.md --json > history.json",
        "  llm-radar history ../awesome-list --write-news --catalog ./catalog",
      ].join("\n"),
    )
    .action(async (repo: string, flags: HistoryFlags, command: Command) => {
      if (
        flags.since !== undefined &&
        !/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(flags.since)
      ) {
        throw new UsageError(`--since must be YYYY-MM or YYYY-MM-DD, got "${flags.since}"`, "--since");
      }
      if (flags.lang !== "ja" && flags.lang !== "en") {
        throw new UsageError(`unknown --lang "${flags.lang}"`, "--lang", ["ja", "en"]);
      }
      const { loadCatalog } = await import("../../catalog/index.js");
      const history = await import("../../history/index.js");
      const dir = catalogDir(command);
      const { catalog } = await loadCatalog(dir);
      const report = await history.replayHistory(repo, {
        file: flags.file,
        ...(flags.rev ? { rev: flags.rev } : {}),
        ...(flags.since ? { since: flags.since } : {}),
        licenses: catalog.licenses,
        sections: catalog.sections,
      });

      const versions = report.versions.filter((v) => !v.baseline);
      const skipped = versions.filter((v) => v.status === "skipped");
      for (const v of skipped) {
        process.stderr.write(
          `skipped ${v.commit.slice(0, 7)} (${v.date.slice(0, 10)}) ${v.path}: ${v.reason}\n`,
        );
      }
      process.stderr.write(
        `${versions.length} versions of ${report.file}: ${versions.length - skipped.length} read, ` +
          `${skipped.length} skipped; ${report.events.length} changes\n`,
      );

      if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else process.stdout.write(history.renderChangelog(report, flags.lang));

      if (flags.writeNews) {
        const news = await history.writeHistoryNews(dir, report, catalog);
        process.stderr.write(
          `wrote ${news.written.length} news items to ${dir}; ${news.duplicates.length} already in the news, ` +
            `${news.items.length - news.written.length} unchanged\n`,
        );
      }
    });
}
