import type { Command } from "commander";
import { UsageError } from "../core/index.js";
import type { CatalogIndex } from "../query/index.js";
import { didYouMean } from "../query/index.js";
import { formatModelDetail } from "./format-detail.js";
import { formatResourceDetail } from "./format-resource-detail.js";
import { openCliIndex } from "./open-cli-index.js";
import { terminal } from "./terminal.js";

/** `show`: resolve the model by id or name, print it; unknown names exit 2 with the closest ids. */
export async function runShow(
  command: Command,
  idOrName: string,
  options: { json?: boolean; index?: string },
): Promise<void> {
  const index = await openCliIndex(command, options.index);
  try {
    const detail = index.getModel(idOrName);
    const resource = detail ? undefined : findResource(index, idOrName);
    if (resource) {
      // Benchmarks and datasets list the models evaluated on them, with any stated value.
      const models = index
        .queryModels({ benchmark: [resource.entry.id], sort: "name", limit: 10_000 })
        .items.flatMap((m) => {
          const score = index.getModel(m.id)?.entry.scores.find((s) => s.benchmark === resource.entry.id);
          return score ? [{ id: m.id, name: m.name, score }] : [];
        });
      if (options.json) {
        const { encodeJson } = await import("../export/index.js");
        process.stdout.write(encodeJson({ kind: resource.kind, entry: resource.entry, models }));
      } else {
        process.stdout.write(formatResourceDetail(resource.kind, resource.entry, models, terminal()));
      }
      return;
    }
    if (!detail) {
      const ids = [
        ...index.vocabulary().base,
        ...index.listBenchmarks().map((b) => b.id),
        ...index.listDatasets().map((d) => d.id),
      ];
      const names = index.queryModels({}).items.map((i) => i.name);
      const near = didYouMean(idOrName, [...ids, ...names]);
      throw new UsageError(
        `no model, benchmark or dataset with id or name "${idOrName}"${near.length > 0 ? ` (did you mean ${near.map((n) => `"${n}"`).join(", ")}?)` : ""}`,
        "id",
      );
    }
    if (options.json) {
      const { encodeJson } = await import("../export/index.js");
      process.stdout.write(encodeJson(detail));
    } else process.stdout.write(formatModelDetail(detail, terminal()));
  } finally {
    index.close();
  }
}

/** A benchmark, dataset or leaderboard by id, or by name ignoring case (benchmarks first). */
function findResource(index: CatalogIndex, idOrName: string) {
  const key = idOrName.normalize("NFKC").toLowerCase();
  for (const kind of ["benchmarks", "datasets", "leaderboards"] as const) {
    const list =
      kind === "benchmarks"
        ? index.listBenchmarks()
        : kind === "datasets"
          ? index.listDatasets()
          : index.listLeaderboards();
    const entry = list.find((e) => e.id === idOrName || e.name.normalize("NFKC").toLowerCase() === key);
    if (entry) return { kind, entry };
  }
  return undefined;
}
