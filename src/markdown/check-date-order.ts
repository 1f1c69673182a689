import type { Anomaly } from "./import-types.js";
import type { ModelDraft } from "./read-model-row.js";

const SLACK_MONTHS = 6;

/**
 * The list's tables run newest first. A visible row dated more than six months before a row below it
 * is reported (e.g. `2024.3` among 2025 releases); the date is not changed — a curator decides.
 */
export function checkDateOrder(drafts: readonly ModelDraft[], anomalies: Anomaly[]): void {
  const tables = new Map<string, ModelDraft[]>();
  for (const d of drafts) {
    if (d.row.status !== "listed" || !d.model.released) continue;
    const key = `${d.row.section.id}#${d.row.table}`;
    tables.set(key, [...(tables.get(key) ?? []), d]);
  }
  for (const rows of tables.values()) {
    rows.sort((a, b) => a.row.line - b.row.line);
    let newestBelow: string | undefined;
    for (let i = rows.length - 1; i >= 0; i--) {
      const draft = rows[i]!;
      const date = draft.model.released!;
      if (newestBelow && months(newestBelow) - months(date) > SLACK_MONTHS) {
        anomalies.push({
          kind: "date/implausible",
          line: draft.row.line,
          severity: "warning",
          message: `"${draft.model.name}" is dated ${date} but listed above a ${newestBelow} release in a newest-first table`,
          raw: draft.row.raw,
        });
      }
      if (!newestBelow || date > newestBelow) newestBelow = date;
    }
  }
}

function months(date: string): number {
  const [y, m] = date.split("-");
  return Number(y) * 12 + Number(m);
}
