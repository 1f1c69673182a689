import { emptyCatalog } from "../core/index.js";
import { buildModels } from "./build-models.js";
import { buildNews } from "./build-news.js";
import { buildResources } from "./build-resources.js";
import { checkDateOrder } from "./check-date-order.js";
import { createRowReader } from "./create-row-reader.js";
import { deriveMedicalFacts } from "./derive-medical-facts.js";
import type { Anomaly, ImportOptions, ImportResult } from "./import-types.js";
import type { ListRow } from "./list-parts.js";
import type { ModelDraft } from "./read-model-row.js";
import { createBenchmarkResolver } from "./resolve-benchmark.js";
import { walkList } from "./walk-list.js";

/**
 * Reads an awesome-list README (this list's format, quirks included) into a catalogue. Pure: no I/O,
 * never throws; everything repaired, skipped or unreadable is returned as an anomaly with its line.
 *
 * @example
 * const { catalog, anomalies } = importList(text, { source: "README.md", licenses, sections });
 */
export function importList(markdown: string, options: ImportOptions): ImportResult {
  const anomalies: Anomaly[] = [];
  const catalog = emptyCatalog();
  catalog.licenses = [...options.licenses];
  catalog.sections = options.sections.map((s) => structuredClone(s));
  if (typeof markdown !== "string" || looksBinary(markdown)) {
    anomalies.push({
      kind: "input/binary",
      line: 1,
      severity: "error",
      message: "input is not text (NUL bytes or undecodable characters); nothing imported",
    });
    return { catalog, anomalies };
  }
  try {
    const parts = walkList(markdown, options.sections, anomalies);
    const resources = buildResources(parts.bullets, options.source, anomalies);
    const benchmarks = createBenchmarkResolver(
      [...resources.benchmarks, ...resources.datasets],
      options.source,
      anomalies,
    );
    const readRow = createRowReader(options.licenses);
    const drafts = parts.rows
      .map((row) => readRow(row, anomalies))
      .filter((d): d is ModelDraft => d !== undefined);
    checkDateOrder(drafts, anomalies);
    checkTruncated(markdown, parts.rows, anomalies);
    catalog.models = buildModels(drafts, options.source, benchmarks, anomalies);
    catalog.benchmarks = [...resources.benchmarks, ...benchmarks.stubs];
    const evaluated = new Map([...catalog.benchmarks, ...resources.datasets].map((r) => [r.id, r]));
    for (const model of catalog.models) {
      const medical = deriveMedicalFacts(model, evaluated, options.licenses);
      if (medical) model.medical = medical;
    }
    catalog.datasets = resources.datasets;
    catalog.leaderboards = resources.leaderboards;
    catalog.news = buildNews(parts.news, catalog.models, options.source, anomalies);
    catalog.sections = parts.sections;
  } catch (error) {
    // A parser bug must not lose the report: say where we were instead of throwing.
    anomalies.push({
      kind: "import/internal",
      line: 1,
      severity: "error",
      message: `import stopped: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  anomalies.sort((a, b) => a.line - b.line);
  return { catalog, anomalies };
}

/** NUL bytes, or many U+FFFD from a failed UTF-8 decode, mean the input is not a text file. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const replacements = text.match(/\uFFFD/g)?.length ?? 0;
  return replacements > 0 && replacements / Math.max(text.length, 1) > 0.01;
}

/**
 * A file cut off mid-write ends without a newline inside a link or a row. The seed itself ends without
 * a newline, so that alone is not enough.
 */
function checkTruncated(markdown: string, rows: readonly ListRow[], anomalies: Anomaly[]): void {
  if (markdown.endsWith("\n") || markdown.trim() === "") return;
  const lines = markdown.split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1]!;
  const count = (re: RegExp) => last.match(re)?.length ?? 0;
  const unbalanced = count(/\[/g) !== count(/\]/g) || count(/\(/g) !== count(/\)/g);
  const row = rows.find((r) => r.line === lines.length);
  const cutRow = row !== undefined && !last.trim().endsWith("|") && row.cells.length < row.columns.length;
  if (unbalanced || cutRow) {
    anomalies.push({
      kind: "input/truncated",
      line: lines.length,
      severity: "error",
      message: "the file ends mid-line (unclosed link or cut-off row): it looks truncated",
      raw: last,
    });
  }
}
