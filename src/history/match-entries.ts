import type { SnapshotEntry } from "./take-snapshot.js";

/** A pair of entries taken to be one entry in two versions; `match` says why when the names differ. */
export interface EntryMatch {
  before: number;
  after: number;
  match?: "hf-link" | "close-name";
}

/**
 * Pairs the entries of two versions by identity, never by line, so a reshuffled list pairs up fully.
 * Passes, each over what the earlier ones left:
 * 1. the same name (duplicates paired by agreeing fields, then by order);
 * 2. a Hugging Face repo, collection or dataset shared by exactly one entry on each side (a rename);
 * 3. a close name: equal once case, punctuation and a "(Org)" part are ignored, or one containing the
 *    other or within two edits, with the same numbers and at least one agreeing fact (date, size,
 *    licence or link).
 * Names whose numbers differ (Qwen2 / Qwen3) never match as close names.
 */
export function matchEntries(
  before: readonly SnapshotEntry[],
  after: readonly SnapshotEntry[],
): EntryMatch[] {
  const matches: EntryMatch[] = [];
  const freeBefore = new Set(before.keys());
  const freeAfter = new Set(after.keys());
  const take = (b: number, a: number, match?: EntryMatch["match"]) => {
    matches.push(match ? { before: b, after: a, match } : { before: b, after: a });
    freeBefore.delete(b);
    freeAfter.delete(a);
  };

  // 1. Same kind and name.
  const byName = group(freeBefore, (i) => `${before[i]!.kind}\0${before[i]!.name}`);
  const afterByName = group(freeAfter, (i) => `${after[i]!.kind}\0${after[i]!.name}`);
  for (const [key, olds] of byName) {
    const news = afterByName.get(key);
    if (!news) continue;
    // One on each side pair up whatever their agreement (the usual case: skip scoring it).
    if (olds.length === 1 && news.length === 1) {
      take(olds[0]!, news[0]!);
      continue;
    }
    const pairs = olds.flatMap((b) => news.map((a) => ({ b, a, score: agreement(before[b]!, after[a]!) })));
    greedy(pairs, freeBefore, freeAfter, (b, a) => take(b, a));
  }

  // 2. A shared Hugging Face reference, unique on both sides (organisation pages are too broad).
  const oldByHf = group(freeBefore, (i) => before[i]!.hf.filter((k) => !k.startsWith("org:")));
  const newByHf = group(freeAfter, (i) => after[i]!.hf.filter((k) => !k.startsWith("org:")));
  for (const [key, olds] of oldByHf) {
    const news = newByHf.get(key);
    if (olds.length !== 1 || news?.length !== 1) continue;
    const [b, a] = [olds[0]!, news[0]!];
    if (freeBefore.has(b) && freeAfter.has(a) && before[b]!.kind === after[a]!.kind) take(b, a, "hf-link");
  }

  // 3. Close names.
  const pairs: { b: number; a: number; score: number }[] = [];
  for (const b of freeBefore) {
    for (const a of freeAfter) {
      if (before[b]!.kind !== after[a]!.kind) continue;
      const score = closeness(before[b]!, after[a]!);
      if (score > 0) pairs.push({ b, a, score });
    }
  }
  greedy(pairs, freeBefore, freeAfter, (b, a) => take(b, a, "close-name"));

  return matches.sort((x, y) => x.after - y.after);
}

/** Lowercase letters and digits only, without a parenthesised organisation: `Med-PaLM 2 (Google)` → `medpalm2`. */
export function coreName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\([^)]*\)/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

// --- helpers ---

function closeness(x: SnapshotEntry, y: SnapshotEntry): number {
  if (numbers(x.name) !== numbers(y.name)) return 0;
  const [a, b] = [coreName(x.name), coreName(y.name)];
  if (a && a === b) return 10 + agreement(x, y);
  // Near names need a fact in common: `XWin` → `Xwin-LM`, `(EQUES)` → `JPharmatron` of EQUES.
  const near = [
    [a, b],
    [fullName(withOrg(x)), fullName(withOrg(y))],
  ].some(([p = "", q = ""]) => {
    const [short, long] = p.length <= q.length ? [p, q] : [q, p];
    return (short.length >= 3 && long.includes(short)) || (short.length >= 5 && distance(p, q) <= 2);
  });
  const evidence = agreement(x, y);
  return near && evidence >= 1 ? evidence : 0;
}

/** The name with its organisation, which the importer may have split off: `JPharmatron` + `EQUES`. */
function withOrg(entry: SnapshotEntry): string {
  const org = entry.values.get("org");
  return typeof org === "string" && !entry.name.includes(org) ? `${entry.name} ${org}` : entry.name;
}

/** Letters and digits of the whole name, parenthesised part included. */
function fullName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** How many identifying facts two entries share (date, size, licence, links). */
function agreement(x: SnapshotEntry, y: SnapshotEntry): number {
  let score = 0;
  for (const field of ["released", "sizes", "license"]) {
    const value = x.fields.get(field);
    if (value !== undefined && value === y.fields.get(field)) score++;
  }
  if (x.hf.some((k) => y.hf.includes(k))) score += 2;
  const links = new Set((x.values.get("links") as string[] | undefined) ?? []);
  if (((y.values.get("links") as string[] | undefined) ?? []).some((l) => links.has(l))) score++;
  if (x.headings.some((h) => y.headings.includes(h))) score += 0.5;
  return score;
}

function numbers(name: string): string {
  return (
    name
      .normalize("NFKC")
      .replace(/\([^)]*\)/g, "")
      .match(/\d+/g) ?? []
  ).join(".");
}

/** Highest score first; ties go to the pair closest in document order. */
function greedy(
  pairs: { b: number; a: number; score: number }[],
  freeBefore: Set<number>,
  freeAfter: Set<number>,
  take: (b: number, a: number) => void,
): void {
  pairs.sort((x, y) => y.score - x.score || Math.abs(x.b - x.a) - Math.abs(y.b - y.a) || x.a - y.a);
  for (const { b, a } of pairs) if (freeBefore.has(b) && freeAfter.has(a)) take(b, a);
}

function group(indexes: Iterable<number>, keys: (i: number) => string | string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const i of indexes) {
    for (const key of [keys(i)].flat()) {
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    }
  }
  return map;
}

/** Levenshtein distance, for short names only. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}
