import type { HubFacts } from "../server/index.js";

/**
 * Reads the latest Hub snapshot facts (from `llm-radar sync`) of every model, for the detail pages.
 * The server and hub/ sit on the same layer, so the CLI joins them. Before any sync: an empty map.
 * `modelIds` may be a function, called only when there are snapshots (listing every model has a cost).
 */
export async function loadHubFacts(
  catalogDir: string,
  modelIds: readonly string[] | (() => readonly string[]),
): Promise<Map<string, HubFacts[]>> {
  // Most catalogues have no snapshots: ask before loading the Hub layer and its schemas.
  const { listSnapshotDates } = await import("../hub/snapshot-dates.js");
  const map = new Map<string, HubFacts[]>();
  if ((await listSnapshotDates(catalogDir)).length === 0) return map;
  const { latestHubFacts } = await import("../hub/index.js");
  for (const id of typeof modelIds === "function" ? modelIds() : modelIds) {
    const hub = await latestHubFacts(catalogDir, id);
    if (!hub || hub.repos.length === 0) continue;
    map.set(
      id,
      hub.repos.map((r) => ({
        repo: r.ref.id,
        fetched_at: r.date,
        facts: { ...(r.facts as Record<string, unknown>), ...(r.via ? { via_collection: r.via } : {}) },
      })),
    );
  }
  return map;
}
