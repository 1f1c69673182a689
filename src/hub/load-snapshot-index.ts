import type { SnapshotEntry, SnapshotIndex } from "./compare-with-hub.js";
import type { EntryHubRef } from "./entry-hub-refs.js";
import { listSnapshotDates, readLatestSnapshot } from "./snapshot-store.js";

/** The newest snapshot of every model, dataset and collection the catalogue links to. */
export async function loadSnapshotIndex(
  catalogDir: string,
  refs: readonly EntryHubRef[],
): Promise<SnapshotIndex> {
  const dates = await listSnapshotDates(catalogDir);
  const index = new Map<string, SnapshotEntry>();
  for (const { ref } of refs) {
    if (ref.type === "model" || ref.type === "dataset") {
      const key = `${ref.type}s:${ref.id}`;
      if (index.has(key)) continue;
      const latest = await readLatestSnapshot(
        catalogDir,
        ref.type === "model" ? "models" : "datasets",
        ref.id,
        dates,
      );
      if (latest) index.set(key, { date: latest.date, facts: latest.facts });
    } else if (ref.type === "collection") {
      const key = `collections:${ref.id}`;
      if (index.has(key)) continue;
      const latest = await readLatestSnapshot(catalogDir, "collections", ref.id, dates);
      if (latest) index.set(key, { date: latest.date, collection: latest.facts });
    }
  }
  return index;
}
