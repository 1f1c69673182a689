import { loadCatalog, saveCatalog } from "../catalog/index.js";
import { type Catalog, emptyCatalog } from "../core/index.js";
import { type AppliedFix, applyHubFixes } from "./apply-hub-fixes.js";
import { compareWithHub, type HubFinding } from "./compare-with-hub.js";
import { createHubFetch, type HubFetchOptions } from "./create-hub-fetch.js";
import { collectHubRefs } from "./entry-hub-refs.js";
import { type FetchSnapshotResult, fetchHubSnapshot, type SyncProgress } from "./fetch-hub-snapshot.js";
import { loadSnapshotIndex } from "./load-snapshot-index.js";
import { listSnapshotDates } from "./snapshot-dates.js";

export interface SyncOptions extends HubFetchOptions {
  /** Hub base URL (`--hub-url`, `HF_ENDPOINT`). */
  hubUrl: string;
  /** Compare against the last snapshot without touching the network. */
  offline?: boolean;
  /** Write unambiguous findings into the catalogue (with corrections and provenance). */
  apply?: boolean;
  /** Refetch repos that already have today's snapshot. */
  refresh?: boolean;
  listThreshold?: number;
  now?: () => Date;
  onProgress?: (progress: SyncProgress & { requests: number }) => void;
}

export interface SyncReport {
  /** Snapshot day the findings were computed from (undefined offline with no snapshot yet). */
  snapshot?: string;
  offline: boolean;
  resumed: boolean;
  entries: number;
  refs: number;
  fetch?: Omit<FetchSnapshotResult, "date" | "resumed">;
  requests: number;
  retries: number;
  waited_ms: number;
  duration_ms: number;
  findings: HubFinding[];
  applied: AppliedFix[];
  /** Catalogue files `--apply` rewrote. */
  written: string[];
}

/**
 * `llm-radar sync`: fetch (network only) → parse (zod at the boundary) → compare (pure) → apply
 * (through `saveCatalog`, the only writer of curated YAML). Hub facts land in dated snapshots under
 * `<catalog>/.hub/`; curated values change only with `apply`, and only for unambiguous findings.
 *
 * @example const report = await syncFromHub("catalog", { hubUrl: "https://huggingface.co" });
 */
export async function syncFromHub(catalogDir: string, options: SyncOptions): Promise<SyncReport> {
  const started = Date.now();
  const { catalog } = await loadCatalog(catalogDir);
  const refs = collectHubRefs(catalog);
  const hub = createHubFetch(options);
  let fetched: FetchSnapshotResult | undefined;
  if (!options.offline) {
    fetched = await fetchHubSnapshot({
      catalogDir,
      refs: refs.map((r) => r.ref),
      target: { hubUrl: options.hubUrl, fetch: hub.fetch },
      refresh: options.refresh,
      listThreshold: options.listThreshold,
      concurrency: (options.concurrency ?? 4) * 2,
      now: options.now,
      onProgress: (p) => options.onProgress?.({ ...p, requests: hub.stats.requests }),
    });
  }
  const index = await loadSnapshotIndex(catalogDir, refs);
  const findings = compareWithHub(catalog, refs, index);
  let applied: AppliedFix[] = [];
  let written: string[] = [];
  if (options.apply) {
    const result = applyHubFixes(catalog, findings, options.hubUrl);
    applied = result.applied;
    if (applied.length > 0)
      written = (await saveCatalog(catalogDir, onlyChanged(result.catalog, applied))).written;
  }
  const { date: _d, resumed: _r, ...fetchCounts } = fetched ?? { date: "", resumed: false };
  return {
    snapshot: fetched?.date ?? (await listSnapshotDates(catalogDir)).at(-1),
    offline: Boolean(options.offline),
    resumed: fetched?.resumed ?? false,
    entries: new Set(refs.map((r) => `${r.kind}/${r.id}`)).size,
    refs: refs.length,
    fetch: fetched ? (fetchCounts as SyncReport["fetch"]) : undefined,
    requests: hub.stats.requests,
    retries: hub.stats.retries,
    waited_ms: hub.stats.waited_ms,
    duration_ms: Date.now() - started,
    findings,
    applied,
    written,
  };
}

// Save only the entries that changed, so hand-formatted files nobody touched stay byte-identical.
function onlyChanged(catalog: Catalog, applied: readonly AppliedFix[]): Catalog {
  const subset = emptyCatalog();
  const keys = new Set(applied.map((a) => `${a.kind}/${a.id}`));
  for (const kind of ["models", "benchmarks", "datasets", "leaderboards"] as const) {
    (subset[kind] as { id: string }[]) = (catalog[kind] as { id: string }[]).filter((e) =>
      keys.has(`${kind}/${e.id}`),
    );
  }
  return subset;
}
