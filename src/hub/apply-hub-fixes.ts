import type { Catalog, Correction, Link, Provenance } from "../core/index.js";
import type { HubFinding } from "./compare-with-hub.js";

/** One change `sync --apply` made to a curated entry. */
export interface AppliedFix {
  kind: HubFinding["kind"];
  id: string;
  field: string;
  from?: unknown;
  to: unknown;
  rule: HubFinding["rule"];
}

/**
 * Writes the unambiguous findings (those carrying a `fix`) into the catalogue in memory (pure: returns
 * a new catalogue). Each change gets a `corrections` record (`by: sync`) and a provenance record naming
 * the Hub snapshot it came from; the caller saves through `saveCatalog`.
 */
export function applyHubFixes(
  catalog: Catalog,
  findings: readonly HubFinding[],
  hubUrl: string,
): { catalog: Catalog; applied: AppliedFix[] } {
  const next = structuredClone(catalog);
  const applied: AppliedFix[] = [];
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix || finding.kind === "news" || finding.kind === "licenses") continue;
    const entry = (
      next[finding.kind] as {
        id: string;
        links: Link[];
        license?: string;
        corrections: Correction[];
        provenance: Provenance[];
      }[]
    ).find((e) => e.id === finding.id);
    if (!entry) continue;
    const apiPath = finding.repo.includes("/")
      ? `api/models/${finding.repo}`
      : `api/models?author=${finding.repo}`;
    const provenance: Provenance = {
      source: `${hubUrl}/${apiPath}`,
      line: 1,
      section: "hub",
      raw: [fix.field === "license" ? fix.evidence : `307 → ${fix.hf_id}`],
      revision: finding.snapshot,
    };
    if (fix.field === "license") {
      if (entry.license === fix.to) continue;
      entry.corrections.push({
        field: "license",
        from: entry.license,
        to: fix.to,
        reason: `Hub licence (${fix.evidence}), snapshot ${finding.snapshot}`,
        by: "sync",
        date: finding.snapshot,
      });
      applied.push({
        kind: finding.kind,
        id: entry.id,
        field: "license",
        from: entry.license,
        to: fix.to,
        rule: finding.rule,
      });
      entry.license = fix.to;
    } else {
      const link = entry.links[fix.link];
      if (!link || link.url !== fix.from) continue;
      entry.links[fix.link] = { ...link, url: fix.to, hf: { type: link.hf?.type ?? "model", id: fix.hf_id } };
      entry.corrections.push({
        field: `links.${fix.link}`,
        from: fix.from,
        to: fix.to,
        reason: `renamed on the Hub (307 redirect), snapshot ${finding.snapshot}`,
        by: "sync",
        date: finding.snapshot,
      });
      applied.push({
        kind: finding.kind,
        id: entry.id,
        field: `links.${fix.link}`,
        from: fix.from,
        to: fix.to,
        rule: finding.rule,
      });
    }
    entry.provenance.push(provenance);
  }
  return { catalog: next, applied };
}
