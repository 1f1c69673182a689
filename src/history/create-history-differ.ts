import { uniqueId } from "../core/index.js";
import type { CommitInfo, FieldChange, HistoryEvent } from "./history-event.js";
import { type EntryMatch, matchEntries } from "./match-entries.js";
import type { Snapshot, SnapshotEntry } from "./take-snapshot.js";
import { trackSections } from "./track-sections.js";

/** Diffs each version against the one before it, keeping entry and section identities across calls. */
export interface HistoryDiffer {
  /** Events that turn the previous snapshot into this one (for the first: every entry `added`). */
  next(snapshot: Snapshot, info: CommitInfo): HistoryEvent[];
  /** The heading renames `next(snapshot)` would report, without advancing. */
  sectionRenames(snapshot: Snapshot): { from: string; to: string }[];
}

// Fields that identify an entry come first in a change list; the rest follow alphabetically.
const FIELD_ORDER = ["released", "sizes", "license", "links", "availability", "org"];

/**
 * Creates a differ. Entries are paired by identity (see `matchEntries`), sections by `trackSections`;
 * an entry's stable id is the importer's id when it first appeared, kept through renames.
 *
 * @example const differ = createHistoryDiffer(); for (const v of versions) events.push(...differ.next(v.snapshot, v));
 */
export function createHistoryDiffer(): HistoryDiffer {
  let previous: Snapshot = { entries: [], headings: [] };
  let previousIds: string[] = [];
  let previousTracks = new Map<string, string>();
  const takenTracks = new Set<string>();
  // `sectionRenames` and then `next` on the same snapshot pair its entries once.
  let paired: { snapshot: Snapshot; matches: EntryMatch[] } | undefined;

  const plan = (snapshot: Snapshot, taken: Set<string>) => {
    if (paired?.snapshot !== snapshot) {
      paired = { snapshot, matches: matchEntries(previous.entries, snapshot.entries) };
    }
    const { matches } = paired;
    const sections = trackSections({
      before: previous.headings,
      beforeTracks: previousTracks,
      after: snapshot.headings,
      overlap: overlapOf(previous.entries, snapshot.entries, matches),
      taken,
    });
    return { matches, ...sections };
  };

  return {
    sectionRenames(snapshot) {
      return plan(snapshot, new Set(takenTracks)).renamed.map(({ from, to }) => ({ from, to }));
    },
    next(snapshot, info) {
      const { matches, tracks, renamed } = plan(snapshot, takenTracks);
      const event = (fields: Omit<HistoryEvent, keyof CommitInfo>): HistoryEvent => ({ ...info, ...fields });
      const events: HistoryEvent[] = renamed.map((r) =>
        event({ kind: "section_renamed", from: r.from, to: r.to }),
      );

      const ids: string[] = new Array(snapshot.entries.length);
      const matchOf = new Map(matches.map((m) => [m.after, m]));
      const alive = new Set<string>();
      for (const m of matches) {
        const id = previousIds[m.before]!;
        ids[m.after] = id;
        alive.add(id);
      }
      snapshot.entries.forEach((after, index) => {
        const m = matchOf.get(index);
        if (m === undefined) {
          const id = uniqueId(after.id, alive);
          alive.add(id);
          ids[index] = id;
          events.push(event({ kind: "added", ...about(after, id), status: after.status, line: after.line }));
          return;
        }
        const before = previous.entries[m.before]!;
        const subject = { ...about(after, ids[index]!), line: after.line };
        if (before.name !== after.name) {
          events.push(
            event({
              kind: "renamed",
              ...subject,
              from: before.name,
              to: after.name,
              match: m.match ?? "close-name",
            }),
          );
        }
        const oldTracks = before.headings.map((h) => previousTracks.get(h));
        const newTracks = after.headings.map((h) => tracks.get(h));
        if (!sameSet(oldTracks, newTracks)) {
          events.push(
            event({
              kind: "moved",
              ...subject,
              from: before.headings.join(", "),
              to: after.headings.join(", "),
            }),
          );
        }
        if (before.status !== after.status) {
          events.push(event({ kind: after.status === "archived" ? "archived" : "restored", ...subject }));
        }
        const changes = fieldChanges(before, after);
        if (changes.length > 0) events.push(event({ kind: "changed", ...subject, changes }));
      });
      const kept = new Set(matches.map((m) => m.before));
      previous.entries.forEach((before, index) => {
        if (kept.has(index)) return;
        events.push(event({ kind: "removed", ...about(before, previousIds[index]!), line: before.line }));
      });

      previous = snapshot;
      paired = undefined;
      previousIds = ids;
      previousTracks = tracks;
      return events;
    },
  };
}

// --- helpers ---

function about(entry: SnapshotEntry, id: string): Pick<HistoryEvent, "entry" | "section"> {
  return { entry: { kind: entry.kind, id, name: entry.name }, section: entry.headings[0] ?? "" };
}

function overlapOf(
  before: readonly SnapshotEntry[],
  after: readonly SnapshotEntry[],
  matches: readonly { before: number; after: number }[],
): Map<string, Map<string, number>> {
  const overlap = new Map<string, Map<string, number>>();
  for (const m of matches) {
    for (const old of before[m.before]!.headings) {
      const row = overlap.get(old) ?? new Map<string, number>();
      overlap.set(old, row);
      for (const next of after[m.after]!.headings) row.set(next, (row.get(next) ?? 0) + 1);
    }
  }
  return overlap;
}

function fieldChanges(before: SnapshotEntry, after: SnapshotEntry): FieldChange[] {
  // Snapshots of one replay share the flattened fields of an entry that did not change.
  if (before.fields === after.fields) return [];
  const differing: string[] = [];
  for (const [field, text] of before.fields) if (after.fields.get(field) !== text) differing.push(field);
  for (const field of after.fields.keys()) if (!before.fields.has(field)) differing.push(field);
  const changes: FieldChange[] = [];
  for (const field of differing.sort(byFieldOrder)) {
    const change: FieldChange = { field };
    if (before.values.has(field)) change.from = before.values.get(field);
    if (after.values.has(field)) change.to = after.values.get(field);
    changes.push(change);
  }
  return changes;
}

function byFieldOrder(a: string, b: string): number {
  const rank = (f: string) => {
    const i = FIELD_ORDER.indexOf(f);
    return i < 0 ? FIELD_ORDER.length : i;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function sameSet<T>(a: readonly T[], b: readonly T[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  return x.size === y.size && [...x].every((v) => y.has(v));
}
