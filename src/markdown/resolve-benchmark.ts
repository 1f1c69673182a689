import { Benchmark, type Correction, type Dataset, slugify, type WithId } from "../core/index.js";
import { nameKey } from "./build-models.js";
import type { Anomaly } from "./import-types.js";
import type { ListRow } from "./list-parts.js";

export interface BenchmarkResolver {
  /** The benchmark or dataset id a test or score name refers to; creates a stub benchmark if none. */
  resolve(name: string, row: ListRow, entry: string, corrections?: Correction[]): string;
  /** Benchmarks created for names that no bullet lists (`IgakuQA`), so scores never dangle. */
  stubs: WithId<Benchmark>[];
}

/**
 * Resolves benchmark names from model rows (`MedQA etc.`, `JMT-Bench 0.772`) against the list's
 * benchmark and dataset bullets: exact name, name without its parenthesis (`MedQA (USMLE)`), then one
 * swapped pair of letters (`VAQ-RAD` → `VQA-RAD`, recorded as a repair).
 */
export function createBenchmarkResolver(
  resources: readonly (WithId<Benchmark> | WithId<Dataset>)[],
  source: string,
  anomalies: Anomaly[],
): BenchmarkResolver {
  const byKey = new Map<string, string>();
  for (const entry of resources) {
    for (const key of [nameKey(entry.name), nameKey(entry.name.replace(/\s*\(.*\)$/, ""))]) {
      if (!byKey.has(key)) byKey.set(key, entry.id);
    }
  }
  const taken = new Set(resources.map((r) => r.id));
  const stubs: WithId<Benchmark>[] = [];
  return {
    stubs,
    resolve(name, row, entry, corrections) {
      const key = nameKey(name);
      const exact = byKey.get(key);
      if (exact) return exact;
      const near = [...byKey].filter(([k]) => isTransposition(k, key));
      if (near.length === 1) {
        const id = near[0]![1];
        corrections?.push({
          field: "scores",
          from: name,
          to: id,
          reason: "two letters swapped in the benchmark name",
          by: "import",
        });
        anomalies.push({
          kind: "benchmark/typo",
          line: row.line,
          severity: "info",
          entry,
          message: `"${name}" read as "${id}" (two letters swapped)`,
          raw: row.raw,
        });
        return id;
      }
      let id = slugify(name);
      for (let n = 2; taken.has(id); n++) id = `${slugify(name)}-${n}`;
      taken.add(id);
      byKey.set(key, id);
      const provenance = { source, line: row.line, section: row.heading, status: row.status, raw: [name] };
      // Every other field takes the schema's default.
      stubs.push({ id, ...Benchmark.parse({ name, provenance: [provenance] }) });
      anomalies.push({
        kind: "benchmark/stub",
        line: row.line,
        severity: "info",
        entry,
        message: `"${name}" matches no benchmark or dataset bullet; created benchmark "${id}" with no section`,
        raw: row.raw,
      });
      return id;
    },
  };
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5 || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  );
}
