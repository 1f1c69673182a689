import { serializeEntry } from "../catalog/index.js";
import type { ModelDetail } from "../query/index.js";
import { stripControl } from "./display-width.js";
import type { Terminal } from "./terminal.js";

/**
 * `show` as text: the headline, every recorded field (as the YAML file has it), the licence, lineage
 * up and down, scores, provenance and corrections, each under its own heading.
 */
export function formatModelDetail(detail: ModelDetail, term: Terminal): string {
  const { entry, summary, license, lineage } = detail;
  const { id, provenance, corrections, scores, ...fields } = entry;
  const out: string[] = [];
  const heading = (text: string) => out.push("", term.bold(text));
  out.push(`${term.bold(stripControl(entry.name))}  (${id})`);
  out.push(`  file: ${summary.file}  status: ${entry.status}  availability: ${entry.availability}`);
  // The entry as its catalogue file records it (schema order, defaults left out).
  out.push(indent(serializeEntry("models", fields)));
  heading("License");
  if (license) {
    out.push(`  ${stripControl(license.name)} (${license.id}) — commercial use: ${license.commercial}`);
    for (const lang of ["en", "ja"] as const) {
      if (license.condition[lang]) out.push(`  ${lang}: ${stripControl(license.condition[lang]!)}`);
    }
    if (license.url) out.push(`  ${stripControl(license.url)}`);
  } else out.push(entry.license ? `  ${entry.license} (not in the licence registry)` : "  unknown");
  heading("Lineage");
  out.push("  built on:");
  out.push(...(lineage.up.length > 0 ? lineage.up.map(node) : ["    (nothing recorded)"]));
  out.push("  built upon by:");
  out.push(...(lineage.down.length > 0 ? lineage.down.map(node) : ["    (nothing recorded)"]));
  heading("Scores");
  if (scores.length === 0) out.push("  (none recorded)");
  for (const s of scores) {
    const value = s.value === undefined ? "evaluated" : String(s.value);
    const parts = [s.metric, s.setting].filter(Boolean).join(", ");
    out.push(
      `  ${s.benchmark}: ${stripControl(value)}${parts ? ` (${stripControl(parts)})` : ""}${s.source ? `  ${stripControl(s.source)}` : ""}`,
    );
  }
  heading("Provenance");
  if (provenance.length === 0) out.push("  (none recorded)");
  for (const p of provenance) {
    const where = [p.section, p.group]
      .filter(Boolean)
      .map((t) => stripControl(t!))
      .join(" › ");
    out.push(
      `  ${p.source}:${p.line}${where ? `  ${where}` : ""}${p.status === "archived" ? "  (archived)" : ""}`,
    );
    if (p.raw.length > 0) out.push(`    ${p.raw.map(stripControl).join(" | ")}`);
  }
  heading("Corrections");
  if (corrections.length === 0) out.push("  (none recorded)");
  for (const c of corrections) {
    out.push(
      `  ${c.field}: ${stripControl(JSON.stringify(c.from) ?? "")} → ${stripControl(JSON.stringify(c.to) ?? "")}  (${c.by}${c.date ? `, ${c.date}` : ""})`,
    );
    out.push(`    ${stripControl(c.reason)}`);
  }
  return `${out.join("\n")}\n`;
}

// --- helpers ---

function node(n: { id: string; name: string | null; depth: number; via: string }): string {
  const pad = "  ".repeat(n.depth);
  return `  ${pad}${n.id}${n.name ? `  ${stripControl(n.name)}` : "  (not in the catalogue)"}${n.depth > 1 ? `  via ${n.via}` : ""}`;
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
}
