import path from "node:path";
import type { Command } from "commander";
import { CatalogError, UsageError } from "../../core/index.js";
import { catalogDir } from "../catalog-dir.js";

const LANGS = ["ja", "en"] as const;

export function registerRender(program: Command): void {
  program
    .command("render")
    .description("write the catalogue as a README in the awesome list's layout (GFM)")
    .option("--lang <lang>", `language of headings, intro, notes and news: ${LANGS.join(", ")}`, "ja")
    .option("--out <file>", "write to this file (atomically) instead of stdout")
    .addHelpText(
      "after",
      `
The README has NEWS with a History, a table per model section (archived models inside an HTML
comment, as the list keeps them), benchmarks, leaderboards and datasets as grouped bullets, and
see-also links. The same catalogue always renders to the same bytes, and \`llm-radar import\`
reads it back to the same catalogue.

Examples:
  llm-radar render > README.md
  llm-radar render --lang en --out README.en.md
  llm-radar render --catalog ./my-catalog --lang ja`,
    )
    .action(async (options: { lang: string; out?: string }, command: Command) => {
      if (!(LANGS as readonly string[]).includes(options.lang)) {
        throw new UsageError(`unknown --lang "${options.lang}"`, "--lang", LANGS);
      }
      const [{ loadCatalog, writeFileAtomic }, { renderReadme }] = await Promise.all([
        import("../../catalog/index.js"),
        import("../../markdown/index.js"),
      ]);
      const { catalog, diagnostics } = await loadCatalog(catalogDir(command), { mustExist: true });
      const errors = diagnostics.filter((d) => d.severity === "error");
      if (errors.length > 0) {
        // Invalid entries are left out of the load; rendering without them would drop rows silently.
        throw new CatalogError(`${errors.length} errors in the catalogue; fix them (see \`check\`)`, errors);
      }
      const markdown = renderReadme(catalog, { lang: options.lang as (typeof LANGS)[number] });
      if (options.out === undefined) {
        process.stdout.write(markdown);
        return;
      }
      await writeFileAtomic(path.resolve(options.out), markdown);
      process.stderr.write(`wrote ${options.out} (${Buffer.byteLength(markdown)} bytes)\n`);
    });
}
