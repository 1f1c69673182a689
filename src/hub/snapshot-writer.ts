import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { withCatalogLock, writeFileAtomic } from "../catalog/index.js";
import { hubDir } from "./snapshot-dates.js";
import { type SnapshotKind, snapshotPath, snapshotText } from "./snapshot-store.js";
import { type SyncJournal, writeJournal } from "./sync-journal.js";

// Disk side of sync's network step: batched atomic commits with the journal, the day's existing
// snapshots, litter from killed writes, and each owner's listing size.

/** `@huggingface/hub` asks for 500 models per listing page. */
export const LIST_PAGE = 500;

export function ownerSizesPath(catalogDir: string): string {
  return path.join(hubDir(catalogDir), "owner-sizes.json");
}

/** Model count of each owner at its last listing (plans the next run's requests). */
export async function readOwnerSizes(catalogDir: string): Promise<Record<string, number>> {
  try {
    const parsed = JSON.parse(await readFile(ownerSizesPath(catalogDir), "utf8")) as unknown;
    return parsed && typeof parsed === "object" ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/**
 * Serialises snapshot writes: units finishing while a write is under way are written together in the next
 * lock hold, with one journal update, so many small units do not each pay for a lock and an fsync.
 */
export function createCommitWriter(
  catalogDir: string,
  date: string,
  journal: SyncJournal,
  done: Set<string>,
) {
  type Pending = {
    files: [SnapshotKind, string, unknown][];
    keys: string[];
    resolve: () => void;
    reject: (e: unknown) => void;
  };
  let pending: Pending[] = [];
  let writing: Promise<void> | undefined;
  const drain = async () => {
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      try {
        await withCatalogLock(catalogDir, async () => {
          // Each file is atomic on its own; writing them side by side overlaps their fsyncs.
          await inBatches(
            batch.flatMap((b) => b.files),
            32,
            ([kind, id, value]) =>
              writeFileAtomic(snapshotPath(catalogDir, date, kind, id), snapshotText(value)),
          );
          for (const key of batch.flatMap((b) => b.keys)) done.add(key);
          journal.done = [...done];
          await writeJournal(catalogDir, journal);
        });
        for (const b of batch) b.resolve();
      } catch (error) {
        for (const b of batch) b.reject(error);
      }
    }
    writing = undefined;
  };
  return {
    commit(files: Pending["files"], keys: string[]): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        pending.push({ files, keys, resolve, reject });
        writing ??= drain();
      });
    },
    async flush(): Promise<void> {
      while (writing) await writing;
    },
  };
}

export async function removeTempFiles(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  for (const entry of entries) {
    if (/^\..+\.\d+\.[0-9a-f]+\.tmp$/.test(path.basename(entry)))
      await rm(path.join(dir, entry), { force: true });
  }
}

/** `<kind>:<id>` of every snapshot file already written for the day. */
export async function listDaySnapshots(catalogDir: string, date: string): Promise<Set<string>> {
  const found = new Set<string>();
  const day = path.join(hubDir(catalogDir), "snapshots", date);
  for (const kind of ["models", "datasets", "collections", "orgs"] as const) {
    for (const entry of await readdir(path.join(day, kind), { recursive: true }).catch(
      () => [] as string[],
    )) {
      if (entry.endsWith(".json") && !path.basename(entry).startsWith(".")) {
        found.add(`${kind}:${entry.slice(0, -".json".length).split(path.sep).join("/")}`);
      }
    }
  }
  return found;
}

export async function mapInBatches<T, R>(
  items: readonly T[],
  size: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

export async function inBatches<T>(
  items: readonly T[],
  size: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}
