import type { EntryStatus } from "../core/index.js";

/** What happened to an entry (or a section heading) between two versions of a list. */
export const HISTORY_EVENT_KINDS = [
  "added",
  "removed",
  "archived",
  "restored",
  "moved",
  "renamed",
  "changed",
  "section_renamed",
] as const;
export type HistoryEventKind = (typeof HISTORY_EVENT_KINDS)[number];

/** Entry kinds whose history is tracked (news and licences are not list rows). */
export const TRACKED_KINDS = ["models", "benchmarks", "datasets", "leaderboards"] as const;
export type TrackedKind = (typeof TRACKED_KINDS)[number];

/** One field that differs between two versions of an entry (`training.pretraining`, `sizes`, …). */
export interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
}

/** The commit a version came from. */
export interface CommitInfo {
  commit: string;
  /** Author date, ISO 8601 with the author's offset. */
  date: string;
  author: string;
}

/**
 * One change found by diffing consecutive versions. `entry.id` is stable across the whole replay:
 * the id the importer gave the entry when it first appeared, kept through renames.
 */
export interface HistoryEvent extends CommitInfo {
  kind: HistoryEventKind;
  entry?: { kind: TrackedKind; id: string; name: string };
  /** Section heading as written in the version the event describes (the old one for `removed`). */
  section?: string;
  /** Status of an `added` entry (`archived` when it first appeared inside an HTML comment). */
  status?: EntryStatus;
  /** `renamed`: names; `moved`: section headings; `section_renamed`: headings. */
  from?: string;
  to?: string;
  /** Why two differently named entries were taken as one (`renamed`). */
  match?: "hf-link" | "close-name";
  /** `changed`: every field that differs. */
  changes?: FieldChange[];
  /** Line in the version the event describes. */
  line?: number;
}
