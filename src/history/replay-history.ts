import type { Catalog, License, Section, WithId } from "../core/index.js";
import { createHistoryDiffer } from "./create-history-differ.js";
import type { CommitInfo, HistoryEvent } from "./history-event.js";
import { type FileVersion, listFileVersions } from "./list-file-versions.js";
import { openBlobReader } from "./open-blob-reader.js";
import { readVersionText } from "./read-version-text.js";
import { resolveRevision } from "./resolve-revision.js";
import { type Snapshot, type SnapshotCache, takeSnapshot } from "./take-snapshot.js";

/** The importer's signature (src/markdown `importList`); injectable so the replay can be tested alone. */
export type ImportList = (
  markdown: string,
  options: { source: string; licenses: WithId<License>[]; sections: Section[] },
) => { catalog: Catalog; anomalies: readonly unknown[] };

export interface ReplayOptions {
  /** The list's path in the repository at `rev` (older paths are followed). Default `README.md`. */
  file?: string;
  /** Revision whose first-parent history is replayed. Default HEAD, or the default branch. */
  rev?: string;
  /** `YYYY-MM` or `YYYY-MM-DD`: report only commits on or after it (the version before is the baseline). */
  since?: string;
  /** Licence registry and sections passed to the importer (from the catalogue, when there is one). */
  licenses?: WithId<License>[];
  sections?: Section[];
  /** The markdown importer; default: src/markdown's `importList`. */
  importList?: ImportList;
}

/** What happened to one version of the file. */
export interface HistoryVersion extends CommitInfo {
  subject: string;
  path: string;
  /** `imported`; `skipped` (unreadable or unparseable, see `reason`); `deleted` (the commit removed the file). */
  status: "imported" | "skipped" | "deleted";
  reason?: string;
  /** The version before `since`, imported only to diff the first reported version against. */
  baseline?: boolean;
  entries?: number;
  anomalies?: number;
}

export interface HistoryReport {
  repo: string;
  file: string;
  /** The revision replayed and the commit it resolved to. */
  rev: string;
  head: string;
  since?: string;
  versions: HistoryVersion[];
  events: HistoryEvent[];
}

// Blobs requested ahead of the one being imported, so git reads while we parse.
const LOOKAHEAD = 16;

/**
 * Replays the git history of a markdown list: every version of `file` along the first-parent line is
 * read straight from git's object store (one `git cat-file --batch` process, no checkouts), imported,
 * and diffed against the previous good version. A version that cannot be read or parsed is reported in
 * `versions` and skipped; it is never fatal.
 *
 * @example const report = await replayHistory("path/to/list-repo", { file: "README.md", since: "2025-01" });
 */
export async function replayHistory(repo: string, options: ReplayOptions = {}): Promise<HistoryReport> {
  const file = options.file ?? "README.md";
  const { rev, commit: head } = await resolveRevision(repo, options.rev);
  const all = await listFileVersions(repo, file, head);
  const importList = options.importList ?? (await import("../markdown/index.js")).importList;
  // `sections` grows with the headings a replay learns are renames (see learnRenames).
  const context = { licenses: options.licenses ?? [], sections: [...(options.sections ?? [])] };

  // With `since`, the newest readable version before it is the baseline: diffed against, not reported.
  const found = options.since ? all.findIndex((v) => onOrAfter(v.date, options.since!)) : 0;
  const firstReported = found < 0 ? all.length : found;

  const report: HistoryReport = { repo, file, rev, head, versions: [], events: [] };
  if (options.since) report.since = options.since;
  const differ = createHistoryDiffer();
  const flattened: SnapshotCache = new Map();
  const reader = openBlobReader(repo);
  const pending = new Map<number, Promise<Buffer | undefined>>();
  const request = (i: number) => {
    const blob = all[i]?.blob;
    if (blob && !pending.has(i)) pending.set(i, reader.read(blob));
  };
  const describe = (v: FileVersion): HistoryVersion => ({
    commit: v.commit,
    date: v.date,
    author: v.author,
    subject: v.subject,
    path: v.path,
    status: "imported",
  });
  try {
    let lastBlob: string | undefined;
    let lastSnapshot: Snapshot | undefined;
    let lastSections: Section[] = [];
    for (let i = firstReported - 1; i >= 0; i--) {
      const version = all[i]!;
      if (version.blob === undefined) continue;
      const parsed = parseVersion(await reader.read(version.blob), file, importList, context, flattened);
      if ("reason" in parsed) continue;
      report.versions.push({ ...describe(version), baseline: true, entries: parsed.snapshot.entries.length });
      differ.next(parsed.snapshot, version);
      lastSections = parsed.sections;
      lastBlob = version.blob;
      lastSnapshot = parsed.snapshot;
      break;
    }
    for (let i = firstReported; i < all.length; i++) {
      for (let j = i; j < Math.min(all.length, i + LOOKAHEAD); j++) request(j);
      const version = all[i]!;
      const entry = describe(version);
      report.versions.push(entry);
      if (version.blob === undefined) {
        entry.status = "deleted";
        continue;
      }
      const content = await pending.get(i);
      pending.delete(i);
      let snapshot = version.blob === lastBlob ? lastSnapshot : undefined;
      if (!snapshot) {
        let parsed = parseVersion(content, file, importList, context, flattened);
        if ("reason" in parsed) {
          entry.status = "skipped";
          entry.reason = parsed.reason;
          continue;
        }
        const learned = learnRenames(context.sections, lastSections, differ.sectionRenames(parsed.snapshot));
        if (learned) {
          context.sections = learned;
          const again = parseVersion(content, file, importList, context, flattened);
          if (!("reason" in again)) parsed = again;
        }
        snapshot = parsed.snapshot;
        lastSections = parsed.sections;
        entry.anomalies = parsed.anomalies;
      }
      entry.entries = snapshot.entries.length;
      lastBlob = version.blob;
      lastSnapshot = snapshot;
      const info: CommitInfo = { commit: version.commit, date: version.date, author: version.author };
      report.events.push(...differ.next(snapshot, info));
    }
  } finally {
    await reader.close();
  }
  return report;
}

// --- helpers ---

// `source` is the same for every version: the importer copies it into facts (a score's source), so a
// per-commit name would make such facts change in every version.
function parseVersion(
  content: Buffer | undefined,
  source: string,
  importList: ImportList,
  context: { licenses: WithId<License>[]; sections: Section[] },
  flattened: SnapshotCache,
): { snapshot: Snapshot; anomalies: number; sections: Section[] } | { reason: string } {
  if (content === undefined) return { reason: "blob missing from the repository" };
  const text = readVersionText(content);
  if (typeof text !== "string") return text;
  let result: ReturnType<ImportList>;
  try {
    result = importList(text, { source, ...context });
  } catch (error) {
    return { reason: `importer failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const snapshot = takeSnapshot(result.catalog, flattened);
  if (snapshot.entries.length === 0) return { reason: "no entries found" };
  return { snapshot, anomalies: result.anomalies.length, sections: result.catalog.sections };
}

/**
 * The importer derives facts from a section's id (medical facts, Japanese language), and a heading it
 * does not know becomes a new section. So when a heading is renamed, the section it continues is
 * given the new heading as an alias and the version is read again: the entries keep their section id
 * and a retitled table does not show as a change to every row in it.
 */
function learnRenames(
  registry: Section[],
  known: readonly Section[],
  renames: readonly { from: string; to: string }[],
): Section[] | undefined {
  let changed = false;
  const next = registry.map((s) => ({ ...s, aliases: [...s.aliases] }));
  const key = (text: string) =>
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "");
  const names = (s: Section) => [s.id, s.title.en, s.title.ja ?? "", ...s.aliases].map(key);
  for (const { from, to } of renames) {
    const named = (s: Section) => names(s).includes(key(from));
    const source = next.find(named) ?? known.find(named);
    // A heading another section already answers to is that section's, not a new name for this one
    // (a table split in two: "Medical" → "Model" and "Dataset").
    if (!source || next.some((s) => names(s).includes(key(to)))) continue;
    const target = next.find((s) => s.id === source.id);
    if (target) target.aliases.push(to);
    else next.push({ ...source, aliases: [...source.aliases, to] });
    changed = true;
  }
  return changed ? next : undefined;
}

/** Compares the commit's own calendar date (in the author's offset) with `YYYY-MM[-DD]`. */
function onOrAfter(isoDate: string, since: string): boolean {
  return isoDate.slice(0, since.length) >= since;
}
