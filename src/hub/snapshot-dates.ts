import { readdir } from "node:fs/promises";
import path from "node:path";

// Kept apart from snapshot-store.ts (and its zod schemas) so that asking whether there are snapshots
// at all loads next to nothing: a static build asks, and most catalogues have none.

/** `<catalog>/.hub` */
export function hubDir(catalogDir: string): string {
  return path.join(catalogDir, ".hub");
}

/** Snapshot days, oldest first. */
export async function listSnapshotDates(catalogDir: string): Promise<string[]> {
  try {
    const names = await readdir(path.join(hubDir(catalogDir), "snapshots"));
    return names.filter((n) => /^\d{4}-\d{2}-\d{2}$/.test(n)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}
