import { serializeEntry } from "../catalog/index.js";
import type { Benchmark, Dataset, Leaderboard, Score, WithId } from "../core/index.js";
import { stripControl } from "./display-width.js";
import type { Terminal } from "./terminal.js";

/** A model evaluated on a resource, with its score record (value, metric, setting, source when stated). */
export interface EvaluatedModel {
  id: string;
  name: string;
  score: Score;
}

/**
 * `show` for a benchmark, dataset or leaderboard: its recorded fields, then the models evaluated on it
 * ("evaluated" where the list states no value), provenance and corrections.
 */
export function formatResourceDetail(
  kind: "benchmarks" | "datasets" | "leaderboards",
  entry: WithId<Benchmark> | WithId<Dataset> | WithId<Leaderboard>,
  models: readonly EvaluatedModel[],
  term: Terminal,
): string {
  const { id, provenance, corrections, ...fields } = entry;
  const out: string[] = [];
  out.push(`${term.bold(stripControl(entry.name))}  (${id}, ${kind.slice(0, -1)})`);
  out.push(indent(serializeEntry(kind, fields)));
  if (kind !== "leaderboards") {
    out.push("", term.bold(`Models evaluated on it (${models.length})`));
    if (models.length === 0) out.push("  (none recorded)");
    for (const { id: modelId, name, score } of models) {
      const value = score.value === undefined ? "evaluated" : String(score.value);
      const parts = [score.metric, score.setting].filter(Boolean).join(", ");
      out.push(
        `  ${stripControl(name)} (${modelId}): ${stripControl(value)}${parts ? ` (${stripControl(parts)})` : ""}${score.source ? `  source: ${stripControl(score.source)}` : ""}`,
      );
    }
  }
  out.push("", term.bold("Provenance"));
  if (provenance.length === 0) out.push("  (none recorded)");
  for (const p of provenance) {
    out.push(`  ${p.source}:${p.line}${p.section ? `  ${stripControl(p.section)}` : ""}`);
    if (p.raw.length > 0) out.push(`    ${p.raw.map(stripControl).join(" | ")}`);
  }
  out.push("", term.bold("Corrections"));
  if (corrections.length === 0) out.push("  (none recorded)");
  for (const c of corrections) out.push(`  ${c.field}: ${stripControl(c.reason)}  (${c.by})`);
  return `${out.join("\n")}\n`;
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split("\n")
    .map((l) => `  ${stripControl(l)}`)
    .join("\n");
}
