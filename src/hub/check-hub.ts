import { readFile } from "node:fs/promises";
import path from "node:path";
import { entryPath, loadCatalog } from "../catalog/index.js";
import type { Diagnostic } from "../core/index.js";
import { compareWithHub, type HubFinding } from "./compare-with-hub.js";
import { collectHubRefs } from "./entry-hub-refs.js";
import { loadSnapshotIndex } from "./load-snapshot-index.js";
import { listSnapshotDates } from "./snapshot-dates.js";

/**
 * `check --hub`: the disagreements between the catalogue and its latest Hub snapshots, as compiler-style
 * diagnostics pointing at the line of the link or field (offline; run `sync` to refresh the snapshots).
 */
export async function checkHub(catalogDir: string): Promise<Diagnostic[]> {
  if ((await listSnapshotDates(catalogDir)).length === 0) {
    return [
      {
        file: path.relative(process.cwd(), catalogDir) || catalogDir,
        line: 1,
        column: 1,
        path: "",
        message: "no Hub snapshot yet: run `llm-radar sync` first",
        rule: "hub/no-snapshot",
        severity: "info",
      },
    ];
  }
  const { catalog } = await loadCatalog(catalogDir);
  const refs = collectHubRefs(catalog);
  const findings = compareWithHub(catalog, refs, await loadSnapshotIndex(catalogDir, refs));
  return Promise.all(findings.map((f) => findingDiagnostic(catalogDir, f)));
}

/** A finding placed on the line of the entry file that holds the link or field. */
export async function findingDiagnostic(catalogDir: string, finding: HubFinding): Promise<Diagnostic> {
  const file = entryPath(catalogDir, finding.kind, finding.id);
  let line = 1;
  let column = 1;
  try {
    const lines = (await readFile(file, "utf8")).split("\n");
    const needle =
      finding.path === "license" ? /^license:/ : finding.path === "sizes.params" ? /^sizes:/ : undefined;
    const index = lines.findIndex((l) => (needle ? needle.test(l) : l.includes(finding.repo)));
    if (index >= 0) {
      line = index + 1;
      column = needle ? 1 : (lines[index]?.indexOf(finding.repo) ?? 0) + 1;
    }
  } catch {
    // The entry file vanished since the catalogue was loaded: keep line 1.
  }
  return {
    file: path.relative(process.cwd(), file) || file,
    line,
    column,
    path: finding.path,
    message: `${finding.message}${finding.fix ? " (sync --apply can fix this)" : ""}`,
    rule: finding.rule,
    severity: finding.severity,
  };
}
