import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import * as z from "zod";
import { parseYamlFile, writeFileAtomic } from "../catalog/index.js";
import { CatalogError, type Diagnostic, Id, Model, NewsItem, YearMonth } from "../core/index.js";
import { hubDir } from "./snapshot-dates.js";

/** A discovered repo and its place in the candidate's family. */
export const CandidateRepo = z.strictObject({
  repo: z.string(),
  /** `base` repos become links; the rest are variants attached to them. */
  role: z.enum(["base", "quantized", "adapter", "variant"]),
  created_at: z.string().optional(),
  params: z.number().optional(),
  license: z.string().optional(),
  pipeline_tag: z.string().optional(),
});
export type CandidateRepo = z.infer<typeof CandidateRepo>;

/**
 * A draft entry proposed by `discover` (`<catalog>/.hub/candidates/<id>.yaml`): the model and a news item
 * in our words, both schema-valid, plus the Hub facts they were drafted from.
 */
export const Candidate = z.strictObject({
  discovered: YearMonth,
  author: z.string(),
  repos: z.array(CandidateRepo).min(1),
  /** Hub licences that did not map to one registry licence, for the curator to decide. */
  hub_licenses: z.array(z.string()).default([]),
  model: Model,
  news: NewsItem,
});
export type Candidate = z.infer<typeof Candidate>;

/** A decision `reject` remembers so `discover` does not propose the same repos again. */
export const Rejection = z.strictObject({
  id: Id,
  repos: z.array(z.string()),
  date: YearMonth,
  reason: z.string().optional(),
});
export const RejectionsFile = z.strictObject({ rejected: z.array(Rejection).default([]) });
export type RejectionsFile = z.infer<typeof RejectionsFile>;

export function candidatesDir(catalogDir: string): string {
  return path.join(hubDir(catalogDir), "candidates");
}

export function candidatePath(catalogDir: string, id: string): string {
  if (!Id.safeParse(id).success) throw new CatalogError(`not a candidate id: ${JSON.stringify(id)}`);
  return path.join(candidatesDir(catalogDir), `${id}.yaml`);
}

export function rejectionsPath(catalogDir: string): string {
  return path.join(hubDir(catalogDir), "rejected.yaml");
}

/** Every candidate, validated; a broken draft is reported, not dropped silently. */
export async function readCandidates(
  catalogDir: string,
): Promise<{ candidates: (Candidate & { id: string })[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const candidates: (Candidate & { id: string })[] = [];
  let names: string[] = [];
  try {
    names = (await readdir(candidatesDir(catalogDir))).filter((n) => n.endsWith(".yaml")).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  for (const name of names) {
    const file = path.join(candidatesDir(catalogDir), name);
    const parsed = parseYamlFile(shown(file), await readFile(file, "utf8"), Candidate, diagnostics);
    if (parsed) candidates.push({ id: name.slice(0, -".yaml".length), ...parsed });
  }
  return { candidates, diagnostics };
}

/** One candidate, or a CatalogError naming the file and every problem in it. */
export async function readCandidate(catalogDir: string, id: string): Promise<Candidate> {
  const file = candidatePath(catalogDir, id);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    throw new CatalogError(`no candidate "${id}" (run \`llm-radar candidates\` to list them)`);
  }
  const diagnostics: Diagnostic[] = [];
  const parsed = parseYamlFile(shown(file), text, Candidate, diagnostics);
  if (!parsed) throw new CatalogError(`candidate ${shown(file)} is invalid`, diagnostics);
  return parsed;
}

/** Caller holds the catalogue lock. */
export async function writeCandidate(catalogDir: string, id: string, candidate: Candidate): Promise<void> {
  await writeFileAtomic(
    candidatePath(catalogDir, id),
    stringify(candidate, { lineWidth: 0, aliasDuplicateObjects: false }),
  );
}

/** Caller holds the catalogue lock. */
export async function removeCandidate(catalogDir: string, id: string): Promise<void> {
  await rm(candidatePath(catalogDir, id), { force: true });
}

export async function readRejections(catalogDir: string): Promise<RejectionsFile> {
  let text: string;
  try {
    text = await readFile(rejectionsPath(catalogDir), "utf8");
  } catch {
    return { rejected: [] };
  }
  const diagnostics: Diagnostic[] = [];
  const parsed = parseYamlFile(shown(rejectionsPath(catalogDir)), text, RejectionsFile, diagnostics);
  if (!parsed) throw new CatalogError("rejections file is invalid", diagnostics);
  return parsed;
}

/** Caller holds the catalogue lock. */
export async function writeRejections(catalogDir: string, file: RejectionsFile): Promise<void> {
  await writeFileAtomic(rejectionsPath(catalogDir), stringify(file, { lineWidth: 0 }));
}

function shown(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
