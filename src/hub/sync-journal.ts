import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import * as z from "zod";
import { writeFileAtomic } from "../catalog/index.js";
import { hubDir } from "./snapshot-dates.js";

/**
 * The record of an unfinished sync: which units of work (`org:<owner>`, `models:<id>`,
 * `collections:<slug>`…) are done and in which snapshot day. Written atomically after every unit and
 * deleted when the run completes, so a killed run resumes where it stopped.
 */
export const SyncJournal = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  started_at: z.string(),
  hub_url: z.string(),
  done: z.array(z.string()).default([]),
});
export type SyncJournal = z.infer<typeof SyncJournal>;

export function journalPath(catalogDir: string): string {
  return path.join(hubDir(catalogDir), "sync-journal.json");
}

/** The unfinished run's journal, or undefined when the last run completed (or none ran). */
export async function readJournal(catalogDir: string): Promise<SyncJournal | undefined> {
  let text: string;
  try {
    text = await readFile(journalPath(catalogDir), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    return SyncJournal.parse(JSON.parse(text));
  } catch (error) {
    throw new Error(
      `${journalPath(catalogDir)} is unreadable (${(error as Error).message}); delete it to start afresh`,
    );
  }
}

/** Caller holds the catalogue lock. */
export async function writeJournal(catalogDir: string, journal: SyncJournal): Promise<void> {
  await writeFileAtomic(journalPath(catalogDir), `${JSON.stringify(journal, null, 2)}\n`);
}

/** Caller holds the catalogue lock. */
export async function removeJournal(catalogDir: string): Promise<void> {
  await rm(journalPath(catalogDir), { force: true });
}
