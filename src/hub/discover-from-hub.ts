import { readFile } from "node:fs/promises";
import path from "node:path";
import * as z from "zod";
import { loadCatalog, withCatalogLock, writeFileAtomic } from "../catalog/index.js";
import { type Catalog, CatalogError, countErrors, type WatchedAuthor } from "../core/index.js";
import { type Candidate, readCandidates, readRejections, writeCandidate } from "./candidate-store.js";
import { createHubFetch, type HubFetchOptions } from "./create-hub-fetch.js";
import {
  type DraftResult,
  draftCandidates,
  familyKey,
  isLanguageModel,
  type KnownRepos,
} from "./draft-candidates.js";
import { collectHubRefs } from "./entry-hub-refs.js";
import type { HubRepoFacts } from "./hub-facts.js";
import { type HubTarget, listAuthorModels } from "./hub-requests.js";
import { loadWatchList, watchListPath } from "./load-watch-list.js";
import { hubDir } from "./snapshot-dates.js";

export interface DiscoverOptions extends HubFetchOptions {
  hubUrl: string;
  /** How far back a first run looks (ISO date or time). Default: 30 days. */
  since?: string;
  /** Only these watched authors (they must be in watch.yaml). */
  authors?: string[];
  /** Report what would be proposed without writing candidates or state. */
  dryRun?: boolean;
  now?: () => Date;
  onProgress?: (progress: { done: number; total: number; requests: number }) => void;
}

export interface DiscoverReport {
  date: string;
  authors: { author: string; since: string; scanned: number; language_models: number; error?: string }[];
  candidates: { id: string; name: string; author: string; repos: number; file: string }[];
  attached: DraftResult["attached"];
  skipped: DraftResult["skipped"];
  requests: number;
  duration_ms: number;
}

/** Per author: the newest creation time seen, so the next run lists only what came after. */
const DiscoverState = z.object({
  authors: z
    .record(z.string(), z.object({ checked_at: z.string(), newest_created_at: z.string().optional() }))
    .default({}),
});
type DiscoverState = z.infer<typeof DiscoverState>;

/**
 * `llm-radar discover`: lists each watched author's repos newest first (`sort=createdAt`, following
 * `Link` pages only until the last run's newest repo), keeps language models, groups them into
 * families, and writes a candidate draft per new family to `<catalog>/.hub/candidates/`.
 *
 * @example await discoverFromHub("catalog", { hubUrl: "https://huggingface.co" })
 */
export async function discoverFromHub(catalogDir: string, options: DiscoverOptions): Promise<DiscoverReport> {
  const started = Date.now();
  const now = options.now ?? (() => new Date());
  const date = now().toISOString().slice(0, 10);
  const { watch, diagnostics, exists } = await loadWatchList(catalogDir);
  if (!exists)
    throw new CatalogError(
      `no watch list: create ${watchListPath(catalogDir)} (see README, "Keeping fresh from the Hub")`,
    );
  if (countErrors(diagnostics) > 0) throw new CatalogError("watch.yaml is invalid", diagnostics);
  const selected = selectAuthors(watch, options.authors);
  const { catalog } = await loadCatalog(catalogDir);
  const state = await readState(catalogDir);
  const hub = createHubFetch(options);
  const target: HubTarget = { hubUrl: options.hubUrl, fetch: hub.fetch };
  const defaultSince = options.since ?? new Date(now().getTime() - 30 * 86_400_000).toISOString();

  const report: DiscoverReport = {
    date,
    authors: [],
    candidates: [],
    attached: [],
    skipped: [],
    requests: 0,
    duration_ms: 0,
  };
  const found = new Map<string, HubRepoFacts[]>();
  let done = 0;
  await Promise.all(
    selected.map(async (watched) => {
      const since = state.authors[watched.author]?.newest_created_at ?? defaultSince;
      const row: DiscoverReport["authors"][number] = {
        author: watched.author,
        since,
        scanned: 0,
        language_models: 0,
      };
      report.authors.push(row);
      const repos: HubRepoFacts[] = [];
      try {
        for await (const facts of listAuthorModels(target, watched.author, {
          sort: "createdAt",
          fetchedAt: now().toISOString(),
        })) {
          // Newest first: stop at the first repo not newer than the last run (unknown dates are the oldest).
          if (!facts.created_at || facts.created_at <= since) break;
          row.scanned++;
          if (isLanguageModel(facts)) repos.push(facts);
        }
        row.language_models = repos.length;
        found.set(watched.author, repos);
      } catch (error) {
        row.error = (error as Error).message;
      }
      options.onProgress?.({ done: ++done, total: selected.length, requests: hub.stats.requests });
    }),
  );
  report.authors.sort((a, b) => a.author.localeCompare(b.author));

  const { candidates: existing } = await readCandidates(catalogDir);
  const rejections = await readRejections(catalogDir);
  const known = knownRepos(catalog, existing, rejections.rejected);
  const drafts: { id: string; candidate: Candidate }[] = [];
  for (const watched of selected) {
    const repos = found.get(watched.author);
    if (!repos) continue;
    const result = draftCandidates({ catalog, watched, repos, known, hubUrl: options.hubUrl, date });
    for (const { id, candidate } of result.candidates) {
      (known.taken as Set<string>).add(id);
      drafts.push({ id, candidate });
      report.candidates.push({
        id,
        name: candidate.model.name,
        author: watched.author,
        repos: candidate.repos.length,
        file: path.join(".hub", "candidates", `${id}.yaml`),
      });
    }
    report.attached.push(...result.attached);
    report.skipped.push(...result.skipped);
  }

  if (!options.dryRun) {
    await withCatalogLock(catalogDir, async () => {
      for (const { id, candidate } of drafts) await writeCandidate(catalogDir, id, candidate);
      for (const watched of selected) {
        const repos = found.get(watched.author);
        if (!repos) continue; // a failed listing keeps its old mark, so nothing is missed next time
        const since = report.authors.find((a) => a.author === watched.author)?.since;
        const newest = [since, ...repos.map((r) => r.created_at)]
          .filter((d): d is string => Boolean(d))
          .sort()
          .at(-1);
        state.authors[watched.author] = { checked_at: now().toISOString(), newest_created_at: newest };
      }
      await writeFileAtomic(statePath(catalogDir), `${JSON.stringify(state, null, 2)}\n`);
    });
  }
  report.requests = hub.stats.requests;
  report.duration_ms = Date.now() - started;
  return report;
}

// --- helpers ---

function statePath(catalogDir: string): string {
  return path.join(hubDir(catalogDir), "discover-state.json");
}

async function readState(catalogDir: string): Promise<DiscoverState> {
  try {
    return DiscoverState.parse(JSON.parse(await readFile(statePath(catalogDir), "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { authors: {} };
    throw new CatalogError(
      `${statePath(catalogDir)} is unreadable (${(error as Error).message}); delete it to look back from --since`,
    );
  }
}

function selectAuthors(
  watch: readonly WatchedAuthor[],
  names: readonly string[] | undefined,
): WatchedAuthor[] {
  if (!names || names.length === 0) return [...watch];
  return names.map((name) => {
    const found = watch.find((w) => w.author.toLowerCase() === name.toLowerCase());
    if (!found)
      throw new CatalogError(
        `"${name}" is not in watch.yaml (watched: ${watch.map((w) => w.author).join(", ")})`,
      );
    return found;
  });
}

function knownRepos(
  catalog: Catalog,
  candidates: readonly (Candidate & { id: string })[],
  rejected: readonly { id: string; repos: string[] }[],
): KnownRepos {
  const repos = new Map<string, string>();
  const families = new Map<string, string>();
  for (const ref of collectHubRefs(catalog)) {
    if (ref.ref.type !== "model") continue;
    repos.set(ref.ref.id.toLowerCase(), ref.id);
    families.set(familyKey(ref.ref.id), ref.id);
  }
  for (const candidate of candidates) {
    for (const r of candidate.repos) {
      repos.set(r.repo.toLowerCase(), `candidate:${candidate.id}`);
      families.set(familyKey(r.repo), `candidate:${candidate.id}`);
    }
  }
  const rejectedSet = new Set<string>();
  for (const r of rejected) {
    rejectedSet.add(r.id);
    for (const repo of r.repos) rejectedSet.add(repo.toLowerCase());
  }
  return {
    repos,
    families,
    rejected: rejectedSet,
    taken: new Set([...catalog.models.map((m) => m.id), ...candidates.map((c) => c.id)]),
  };
}
