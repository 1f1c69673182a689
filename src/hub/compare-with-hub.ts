import { type Catalog, type EntryKind, hfUrl } from "../core/index.js";
import type { EntryHubRef } from "./entry-hub-refs.js";
import { type HubCollectionFacts, type HubRepoFacts, statedLicenses, statedParams } from "./hub-facts.js";
import { licenceMatcher } from "./match-license.js";

/** A disagreement between the catalogue and the latest Hub snapshot. */
export interface HubFinding {
  rule:
    | "hub/dead-link"
    | "hub/renamed"
    | "hub/license-differs"
    | "hub/license-missing"
    | "hub/license-unregistered"
    | "hub/params-differ"
    | "hub/gated"
    | "hub/fetch-failed";
  severity: "error" | "warning" | "info";
  kind: EntryKind;
  id: string;
  /** Field path inside the entry (`links.2`, `license`, `sizes.params`). */
  path: string;
  /** The Hub id the finding is about, as the catalogue links it. */
  repo: string;
  message: string;
  /** Day of the snapshot the finding was computed from. */
  snapshot: string;
  /** Set only when the finding has exactly one reading, so `sync --apply` may write it. */
  fix?: HubFix;
}

export type HubFix =
  | { field: "license"; from?: string; to: string; evidence: string }
  | { field: "link"; link: number; from: string; to: string; hf_id: string };

/** Latest snapshot per `<snapshot kind>:<id>`, e.g. `models:Qwen/Qwen3-8B`. */
export type SnapshotIndex = ReadonlyMap<string, SnapshotEntry>;
export type SnapshotEntry =
  | { date: string; facts: HubRepoFacts }
  | { date: string; collection: HubCollectionFacts };

/** Parameter counts further apart than this (relative to the catalogue's value) are reported. */
export const PARAMS_TOLERANCE = 0.1;

/**
 * Compares curated facts with Hub snapshots (pure): dead links (401/404), renamed repos (307), licences
 * that differ, parameter counts more than 10 % apart, gated repos. Licence and parameter checks use only
 * an entry's own model links, not collection members.
 */
export function compareWithHub(
  catalog: Catalog,
  refs: readonly EntryHubRef[],
  index: SnapshotIndex,
): HubFinding[] {
  const findings: HubFinding[] = [];
  const licences = licenceMatcher(catalog);
  const byEntry = new Map<string, EntryHubRef[]>();
  for (const ref of refs)
    byEntry.set(`${ref.kind}/${ref.id}`, [...(byEntry.get(`${ref.kind}/${ref.id}`) ?? []), ref]);

  for (const entryRefs of byEntry.values()) {
    const repoFacts: { ref: EntryHubRef; facts: HubRepoFacts; date: string }[] = [];
    for (const ref of entryRefs) {
      const key = `${ref.ref.type === "collection" ? "collections" : `${ref.ref.type}s`}:${ref.ref.id}`;
      const snap = index.get(key);
      if (!snap) continue;
      const base = {
        kind: ref.kind,
        id: ref.id,
        path: `links.${ref.link}`,
        repo: ref.ref.id,
        snapshot: snap.date,
      };
      const status = "facts" in snap ? snap.facts.status : snap.collection.status;
      const error = "facts" in snap ? snap.facts.error : snap.collection.error;
      if (status === "gone" || status === "unauthorized") {
        findings.push({
          ...base,
          rule: "hub/dead-link",
          severity: "error",
          message: `dead link: ${ref.ref.id} is not on the Hub (${status === "gone" ? "404" : "401"})`,
        });
        continue;
      }
      if (status === "error") {
        findings.push({
          ...base,
          rule: "hub/fetch-failed",
          severity: "info",
          message: `last sync could not read ${ref.ref.id}: ${error}`,
        });
        continue;
      }
      if (!("facts" in snap)) continue;
      const facts = snap.facts;
      if (facts.status === "renamed" && facts.renamed_to) {
        const to = hfUrl({ type: ref.ref.type, id: facts.renamed_to });
        findings.push({
          ...base,
          rule: "hub/renamed",
          severity: "warning",
          message: `renamed on the Hub: ${ref.ref.id} → ${facts.renamed_to}`,
          fix: { field: "link", link: ref.link, from: ref.url, to, hf_id: facts.renamed_to },
        });
      }
      if (facts.gated) {
        findings.push({
          ...base,
          rule: "hub/gated",
          severity: "info",
          message: `${facts.repo} is gated (${facts.gated === "manual" ? "manual approval" : "automatic approval"}): downloads need an account and accepted terms`,
        });
      }
      repoFacts.push({ ref, facts, date: snap.date });
    }
    findings.push(...compareLicence(catalog, repoFacts, licences), ...compareParams(catalog, repoFacts));
  }
  return findings;
}

// --- helpers ---

type RepoFacts = { ref: EntryHubRef; facts: HubRepoFacts; date: string };

function compareLicence(
  catalog: Catalog,
  repos: readonly RepoFacts[],
  match: (hubId: string) => string | undefined,
): HubFinding[] {
  const first = repos[0];
  if (
    !first ||
    first.ref.kind === "news" ||
    first.ref.kind === "licenses" ||
    first.ref.kind === "leaderboards"
  )
    return [];
  const entry = (catalog[first.ref.kind] as { id: string; license?: string }[]).find(
    (e) => e.id === first.ref.id,
  );
  if (!entry) return [];
  const own = repos.filter((r) => r.ref.ref.type === "model" || r.ref.ref.type === "dataset");
  const findings: HubFinding[] = [];
  const mapped = new Set<string>();
  for (const { ref, facts, date } of own) {
    const stated = statedLicenses(facts).filter((l) => l !== "other" && l !== "unknown");
    if (stated.length === 0) continue;
    const ids = stated.map(match);
    const base = { kind: ref.kind, id: ref.id, repo: ref.ref.id, snapshot: date };
    if (ids.some((id) => id === undefined)) {
      findings.push({
        ...base,
        path: "license",
        rule: "hub/license-unregistered",
        severity: "warning",
        message: `the Hub licence of ${facts.repo} (${stated.join(", ")}) is not in the licence registry`,
      });
      continue;
    }
    for (const id of ids) if (id) mapped.add(id);
    if (entry.license && !ids.includes(entry.license)) {
      findings.push({
        ...base,
        path: "license",
        rule: "hub/license-differs",
        severity: "warning",
        message: `licence is ${entry.license} here but ${ids.join(", ")} on the Hub (${facts.repo})`,
      });
    }
  }
  // Unambiguous: one repo of the entry's own, one registered licence, and it differs or is missing.
  const [only] = own;
  if (own.length === 1 && only && mapped.size === 1) {
    const to = [...mapped][0] as string;
    if (entry.license !== to) {
      const evidence = `license:${statedLicenses(only.facts).join(",")} on ${only.facts.repo}`;
      const fix = { field: "license" as const, from: entry.license, to, evidence };
      const differs = findings.find((f) => f.rule === "hub/license-differs");
      if (differs) differs.fix = fix;
      else
        findings.push({
          kind: only.ref.kind,
          id: only.ref.id,
          repo: only.ref.ref.id,
          snapshot: only.date,
          path: "license",
          rule: "hub/license-missing",
          severity: "info",
          message: `no licence here; the Hub says ${to} (${only.facts.repo})`,
          fix,
        });
    }
  }
  return findings;
}

function compareParams(catalog: Catalog, repos: readonly RepoFacts[]): HubFinding[] {
  const findings: HubFinding[] = [];
  for (const { ref, facts, date } of repos) {
    if (ref.kind !== "models" || ref.ref.type !== "model") continue;
    const model = catalog.models.find((m) => m.id === ref.id);
    const sizes = model?.sizes;
    const stated = statedParams(facts);
    if (!sizes || sizes.params.length === 0 || stated === undefined || isQuantized(facts)) continue;
    const close = sizes.range
      ? stated >= Math.min(...sizes.params) * (1 - PARAMS_TOLERANCE) &&
        stated <= Math.max(...sizes.params) * (1 + PARAMS_TOLERANCE)
      : sizes.params.some((p) => Math.abs(stated - p) / p <= PARAMS_TOLERANCE);
    if (close) continue;
    const source = facts.safetensors ? "safetensors" : "GGUF";
    findings.push({
      kind: ref.kind,
      id: ref.id,
      path: "sizes.params",
      repo: ref.ref.id,
      snapshot: date,
      rule: "hub/params-differ",
      severity: "warning",
      message: `${facts.repo} has ${formatParams(stated)} parameters (${source}); the catalogue says ${sizes.label} — more than ${PARAMS_TOLERANCE * 100} % apart`,
    });
  }
  return findings;
}

// Packed integer tensors (GPTQ/AWQ store int4 in I32, bitsandbytes in U8) undercount parameters.
function isQuantized(facts: HubRepoFacts): boolean {
  if (facts.base_models.some((b) => b.relation === "quantized")) return true;
  const dtypes = Object.keys(facts.safetensors?.by_dtype ?? {});
  return dtypes.some((d) => d === "I32" || d === "U8" || d === "I8");
}

function formatParams(n: number): string {
  return n >= 1e9 ? `${(n / 1e9).toFixed(2)}B` : `${(n / 1e6).toFixed(0)}M`;
}
