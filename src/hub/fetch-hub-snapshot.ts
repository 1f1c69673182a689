import { withCatalogLock, writeFileAtomic } from "../catalog/index.js";
import type { HfRef } from "../core/index.js";
import type { HubRepoFacts } from "./hub-facts.js";
import {
  fetchCollection,
  fetchDatasetFacts,
  fetchModelFacts,
  type HubTarget,
  listAuthorModels,
} from "./hub-requests.js";
import { hubDir } from "./snapshot-dates.js";
import { readSnapshot, type SnapshotKind } from "./snapshot-store.js";
import {
  createCommitWriter,
  LIST_PAGE,
  listDaySnapshots,
  mapInBatches,
  ownerSizesPath,
  readOwnerSizes,
  removeTempFiles,
} from "./snapshot-writer.js";
import { readJournal, removeJournal, type SyncJournal } from "./sync-journal.js";

export interface SyncProgress {
  phase: "collections" | "listings" | "repos";
  done: number;
  total: number;
}

export interface FetchSnapshotOptions {
  catalogDir: string;
  refs: readonly HfRef[];
  target: HubTarget;
  /** Refetch repos that already have a snapshot for the day. */
  refresh?: boolean;
  /** List an owner's models in one paginated request when at least this many of its repos are wanted. */
  listThreshold?: number;
  /** Units of work in flight (the fetch itself bounds HTTP concurrency). */
  concurrency?: number;
  now?: () => Date;
  onProgress?: (progress: SyncProgress) => void;
}

export interface FetchSnapshotResult {
  date: string;
  /** True when an interrupted run's journal was picked up. */
  resumed: boolean;
  /** Snapshot files written by this run. */
  written: number;
  /** Repos that already had a snapshot for the day (not refetched). */
  skipped: number;
  /** Owners listed in one go, and repos fetched one by one. */
  listings: number;
  single: number;
  errors: { id: string; message: string }[];
}

/**
 * The network step of sync: fetches everything the catalogue links to into the day's snapshot folder.
 * Collections are expanded into their members; owners with several wanted repos (and linked
 * organisations) are listed once with `expand` instead of one request per repo; what the listing cannot
 * answer (renamed, gone, private) is fetched one by one. Every finished unit is written atomically with
 * the journal under the catalogue lock, so a killed run resumes without refetching finished work.
 */
export async function fetchHubSnapshot(options: FetchSnapshotOptions): Promise<FetchSnapshotResult> {
  const { catalogDir, target } = options;
  const now = options.now ?? (() => new Date());
  const previous = await readJournal(catalogDir);
  const resumed = previous !== undefined && previous.hub_url === target.hubUrl;
  const journal: SyncJournal = resumed
    ? previous
    : {
        date: now().toISOString().slice(0, 10),
        started_at: now().toISOString(),
        hub_url: target.hubUrl,
        done: [],
      };
  const { date } = journal;
  const done = new Set(journal.done);
  const result: FetchSnapshotResult = {
    date,
    resumed,
    written: 0,
    skipped: 0,
    listings: 0,
    single: 0,
    errors: [],
  };
  const fetchedAt = () => now().toISOString();

  const writer = createCommitWriter(catalogDir, date, journal, done);
  const commit = (files: [SnapshotKind, string, unknown][], keys: string[]) => {
    result.written += files.length;
    return writer.commit(files, keys);
  };
  // A run killed inside a write leaves its temp file; writes happen only under the lock, so one found
  // while holding it is litter.
  if (resumed) await withCatalogLock(catalogDir, () => removeTempFiles(hubDir(catalogDir)));
  // One directory listing instead of hundreds of failed opens when the day has few snapshots.
  const existing = await listDaySnapshots(catalogDir, date);
  const have = async (kind: SnapshotKind, id: string) => {
    if (done.has(`${kind}:${id}`)) return true;
    if (options.refresh && !resumed) return false;
    if (!existing.has(`${kind}:${id}`)) return false;
    const facts = await readSnapshot(catalogDir, date, kind, id);
    return facts !== undefined && facts.status !== "error";
  };
  const limit = options.concurrency ?? 8;

  // 1. Collections → member repos.
  const collectionIds = unique(options.refs.filter((r) => r.type === "collection").map((r) => r.id));
  const wantedModels = new Set(options.refs.filter((r) => r.type === "model").map((r) => r.id));
  const wantedDatasets = new Set(options.refs.filter((r) => r.type === "dataset").map((r) => r.id));
  const linkedOrgs = unique(options.refs.filter((r) => r.type === "org").map((r) => r.id));
  let progress = 0;
  await runPool(collectionIds, limit, async (slug) => {
    if (!(await have("collections", slug))) {
      const facts = await fetchCollection(target, slug, fetchedAt());
      if (facts.status === "error")
        result.errors.push({ id: `collections/${slug}`, message: facts.error ?? "" });
      await commit([["collections", slug, facts]], facts.status === "error" ? [] : [`collections:${slug}`]);
    }
    options.onProgress?.({ phase: "collections", done: ++progress, total: collectionIds.length });
  });
  for (const slug of collectionIds) {
    const facts = await readSnapshot(catalogDir, date, "collections", slug);
    for (const item of facts?.items ?? []) {
      if (item.type === "model") wantedModels.add(item.id);
      if (item.type === "dataset") wantedDatasets.add(item.id);
    }
  }

  // 2. Listings: one paginated request per owner instead of one per repo.
  const missing = new Set<string>();
  const modelIds = [...wantedModels];
  const hadModels = await mapInBatches(modelIds, 32, (id) => have("models", id));
  modelIds.forEach((id, i) => {
    if (hadModels[i]) result.skipped++;
    else missing.add(id);
  });
  const byOwner = new Map<string, string[]>();
  for (const id of missing) byOwner.set(ownerOf(id), [...(byOwner.get(ownerOf(id)) ?? []), id]);
  // An owner is listed when that takes fewer requests than fetching its wanted repos one by one; the
  // size of each owner's last listing (pages of 500) tells how many requests a listing costs.
  const ownerSizes = await readOwnerSizes(catalogDir);
  const owners: string[] = [];
  for (const owner of unique([...linkedOrgs, ...byOwner.keys()])) {
    const orgWanted = linkedOrgs.includes(owner) && !(await have("orgs", owner));
    const wantedCount = byOwner.get(owner)?.length ?? 0;
    const pages = Math.max(1, Math.ceil((ownerSizes[owner] ?? 0) / LIST_PAGE));
    if (orgWanted || (wantedCount >= (options.listThreshold ?? 2) && pages < wantedCount)) owners.push(owner);
  }
  progress = 0;
  await runPool(owners, limit, async (owner) => {
    const wanted = new Map((byOwner.get(owner) ?? []).map((id) => [id.toLowerCase(), id]));
    const withOrg = linkedOrgs.includes(owner);
    const files: [SnapshotKind, string, unknown][] = [];
    const keys: string[] = [];
    const members: string[] = [];
    try {
      result.listings++;
      for await (const facts of listAuthorModels(target, owner, { fetchedAt: fetchedAt() })) {
        members.push(facts.repo);
        const requested = wanted.get(facts.repo.toLowerCase());
        if (requested) {
          files.push(["models", requested, asRequested(facts, requested)]);
          keys.push(`models:${requested}`);
          missing.delete(requested);
        } else if (withOrg && !wantedModels.has(facts.repo)) {
          files.push(["models", facts.repo, facts]);
        }
      }
      ownerSizes[owner] = members.length;
      if (withOrg) {
        files.push(["orgs", owner, { owner, status: "ok", fetched_at: fetchedAt(), models: members }]);
        keys.push(`orgs:${owner}`);
      }
      await commit(files, keys);
    } catch (error) {
      // The repos stay in `missing` and are fetched one by one below.
      result.errors.push({ id: `orgs/${owner}`, message: (error as Error).message });
    }
    options.onProgress?.({ phase: "listings", done: ++progress, total: owners.length });
  });

  // 3. What no listing answered: renamed (307), gone (404/401), or owners with a single wanted repo.
  const singles: { kind: "models" | "datasets"; id: string }[] = [...missing].map((id) => ({
    kind: "models",
    id,
  }));
  const datasetIds = [...wantedDatasets];
  const hadDatasets = await mapInBatches(datasetIds, 32, (id) => have("datasets", id));
  datasetIds.forEach((id, i) => {
    if (hadDatasets[i]) result.skipped++;
    else singles.push({ kind: "datasets", id });
  });
  progress = 0;
  await runPool(singles, limit, async ({ kind, id }) => {
    result.single++;
    const facts =
      kind === "models"
        ? await fetchModelFacts(target, id, fetchedAt())
        : await fetchDatasetFacts(target, id, fetchedAt());
    if (facts.status === "error") result.errors.push({ id: `${kind}/${id}`, message: facts.error ?? "" });
    await commit([[kind, id, asRequested(facts, id)]], facts.status === "error" ? [] : [`${kind}:${id}`]);
    options.onProgress?.({ phase: "repos", done: ++progress, total: singles.length });
  });

  await writer.flush();
  await withCatalogLock(catalogDir, async () => {
    await writeFileAtomic(ownerSizesPath(catalogDir), `${JSON.stringify(ownerSizes, null, 2)}\n`);
    await removeJournal(catalogDir);
  });
  return result;
}

// --- helpers ---

/** Facts stored under the id the catalogue asked for; a different Hub id means the repo was renamed. */
function asRequested(facts: HubRepoFacts, requested: string): HubRepoFacts {
  if (facts.status !== "ok" || facts.repo === requested) return facts;
  return { ...facts, status: "renamed", renamed_to: facts.repo };
}

function ownerOf(id: string): string {
  return id.split("/")[0] ?? id;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function runPool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
