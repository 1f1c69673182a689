import type { Command } from "commander";
import { CatalogError, UsageError } from "../../core/index.js";
import { catalogDir } from "../catalog-dir.js";

const FORMATS = ["json", "csv", "jsonl"] as const;
const KINDS = ["models", "benchmarks", "datasets", "leaderboards", "news", "licenses", "sections"] as const;
type Kind = (typeof KINDS)[number];

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("print the whole catalogue as JSON, or one kind as CSV or JSON Lines")
    .option("--format <format>", `output format: ${FORMATS.join(", ")}`, "json")
    .option("--kind <kind>", `entry kind (default for csv/jsonl: models): ${KINDS.join(", ")}`)
    .addHelpText(
      "after",
      `
JSON is {models, benchmarks, datasets, leaderboards, news, licenses, sections} with every field;
with --kind it is that kind's array. CSV has one flat row per entry (RFC 4180, formula-safe);
JSON Lines has one full entry per line.

Examples:
  llm-radar export > catalogue.json
  llm-radar export --format csv > models.csv
  llm-radar export --format csv --kind benchmarks
  llm-radar export --format jsonl --kind news | jq .date`,
    )
    .action(async (options: { format: string; kind?: string }, command: Command) => {
      const format = choose(options.format, FORMATS, "--format");
      const kind = options.kind === undefined ? undefined : choose(options.kind, KINDS, "--kind");
      const [{ loadCatalog }, exporter] = await Promise.all([
        import("../../catalog/index.js"),
        import("../../export/index.js"),
      ]);
      const { catalog, diagnostics } = await loadCatalog(catalogDir(command), { mustExist: true });
      const errors = diagnostics.filter((d) => d.severity === "error");
      if (errors.length > 0) {
        // Entries with errors are left out of the load; exporting the rest would silently drop data.
        throw new CatalogError(`${errors.length} errors in the catalogue; fix them (see \`check\`)`, errors);
      }
      const data = exporter.exportCatalog(catalog);
      const selected: Kind = kind ?? "models";
      let out: string;
      if (format === "json") out = exporter.encodeJson(kind ? data[kind] : data);
      else if (format === "jsonl") out = exporter.encodeJsonl(data[selected]);
      else {
        const { columns, rows } = exporter.catalogRows(data, selected);
        out = exporter.encodeCsv(rows, columns);
      }
      process.stdout.write(out);
    });
}

function choose<T extends string>(value: string, valid: readonly T[], flag: string): T {
  if ((valid as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown ${flag} "${value}"`, flag, valid);
}
