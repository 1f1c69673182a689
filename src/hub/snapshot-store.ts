import { readFile } from "node:fs/promises";
import path from "node:path";
import type * as z from "zod";
import { HubCollectionFacts, HubOrgFacts, HubRepoFacts } from "./hub-facts.js";
import { hubDir, listSnapshotDates } from "./snapshot-dates.js";

/**
 * Layout of Hub data, kept apart from the curated YAML (the loader never reads it):
 *
 *   <catalog>/.hub/snapshots/<yyyy-mm-dd>/models/<owner>/<name>.json     HubRepoFacts
 *   <catalog>/.hub/snapshots/<yyyy-mm-dd>/datasets/<owner>/<name>.json   HubRepoFacts
 *   <catalog>/.hub/snapshots/<yyyy-mm-dd>/collections/<owner>/<slug>.json
 *   <catalog>/.hub/snapshots/<yyyy-mm-dd>/orgs/<owner>.json
 *
 * One folder per sync day keeps history for trends; a file is keyed by the id the catalogue links to,
 * so a renamed repo's file sits under its old name and says where it went.
 */
export type SnapshotKind = "models" | "datasets" | "collections" | "orgs";

const SCHEMAS = {
  models: HubRepoFacts,
  datasets: HubRepoFacts,
  collections: HubCollectionFacts,
  orgs: HubOrgFacts,
} as const;
type SnapshotOf<K extends SnapshotKind> = z.infer<(typeof SCHEMAS)[K]>;

/** The file holding one repo's (or collection's, or org's) facts for one day. */
export function snapshotPath(catalogDir: string, date: string, kind: SnapshotKind, id: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new TypeError(`bad snapshot date ${date}`);
  const parts = id.split("/");
  const valid = kind === "orgs" ? parts.length === 1 : parts.length === 2;
  if (!valid || parts.some((p) => !/^[\w.-]+$/.test(p) || p === "." || p === "..")) {
    throw new TypeError(`not a Hub ${kind} id: ${JSON.stringify(id)}`);
  }
  return path.join(
    hubDir(catalogDir),
    "snapshots",
    date,
    kind,
    ...parts.slice(0, -1),
    `${parts.at(-1)}.json`,
  );
}

/** One day's snapshot of one id, or undefined when that day has none (or the file is unreadable). */
export async function readSnapshot<K extends SnapshotKind>(
  catalogDir: string,
  date: string,
  kind: K,
  id: string,
): Promise<SnapshotOf<K> | undefined> {
  let text: string;
  try {
    text = await readFile(snapshotPath(catalogDir, date, kind, id), "utf8");
  } catch (error) {
    if (error instanceof TypeError || (error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const parsed = SCHEMAS[kind].safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as SnapshotOf<K>) : undefined;
  } catch {
    return undefined;
  }
}

/** Every dated snapshot of one id, oldest first. */
export async function readSnapshotHistory<K extends SnapshotKind>(
  catalogDir: string,
  kind: K,
  id: string,
  dates?: readonly string[],
): Promise<{ date: string; facts: SnapshotOf<K> }[]> {
  const history: { date: string; facts: SnapshotOf<K> }[] = [];
  for (const date of dates ?? (await listSnapshotDates(catalogDir))) {
    const facts = await readSnapshot(catalogDir, date, kind, id);
    if (facts) history.push({ date, facts });
  }
  return history;
}

/** The newest snapshot of one id across all days. */
export async function readLatestSnapshot<K extends SnapshotKind>(
  catalogDir: string,
  kind: K,
  id: string,
  dates?: readonly string[],
): Promise<{ date: string; facts: SnapshotOf<K> } | undefined> {
  const all = dates ?? (await listSnapshotDates(catalogDir));
  for (const date of [...all].reverse()) {
    const facts = await readSnapshot(catalogDir, date, kind, id);
    if (facts) return { date, facts };
  }
  return undefined;
}

/** Serialised form written to disk (stable key order comes from the facts objects). */
export function snapshotText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
