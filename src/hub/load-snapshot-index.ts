import type { SnapshotEntry, SnapshotIndex } from "./compare-with-hub.js";
import type { EntryHubRef } from "./entry-hub-refs.js";
import { listSnapshotDates } from "./snapshot-dates.js";
import { readLatestSnapshot } from "./snapshot-store.js";

/** The newest snapshot of every model, dataset and collection the catalogue links to. */
export async function loadSnapshotIndex(
  catalogDir: string,
  refs: readonly EntryHubRef[],
): Promise<SnapshotIndex> {
  const dates = await listSnapshotDates(catalogDir);
  const keys = new Map<string, EntryHubRef["ref"]>();
  for (const { ref } of refs) {
    if (ref.type === "model" || ref.type === "dataset" || ref.type === "collection")
      keys.set(`${ref.type}s:${ref.id}`, ref);
  }
  const index = new Map<string, SnapshotEntry>();
  const all = [...keys];
  // Reads overlap in small batches: hundreds of small files, each a separate open.
  for (let i = 0; i < all.length; i += 32) {
    await Promise.all(
      all.slice(i, i + 32).map(async ([key, ref]) => {
        if (ref.type === "collection") {
          const latest = await readLatestSnapshot(catalogDir, "collections", ref.id, dates);
          if (latest) index.set(key, { date: latest.date, collection: latest.facts });
        } else {
          const latest = await readLatestSnapshot(
            catalogDir,
            ref.type === "model" ? "models" : "datasets",
            ref.id,
            dates,
          );
          if (latest) index.set(key, { date: latest.date, facts: latest.facts });
        }
      }),
    );
  }
  return index;
}
