import type { Anomaly } from "./import-types.js";
import { looksLikeRow, splitRow } from "./split-row.js";

/** A table row found inside an HTML comment (the list's way of archiving a model). */
export interface HiddenRow {
  line: number;
  cells: string[];
  raw: string;
  /** The row is a header (`| When? | Name | … |`) rather than an entry. */
  header: boolean;
}

export interface HiddenScan {
  rows: HiddenRow[];
  /** Bullets of a `<details><summary>History</summary>` block, read line by line. */
  history: { line: number; markdown: string }[];
  /** Lines of the History block, which the markdown walk leaves to this scan. */
  historyLines: [number, number] | undefined;
  /** The part of a line outside HTML comments. */
  visible: (line: number) => string;
}

/**
 * Reads what a GFM renderer hides or mangles, straight from the lines: table rows inside HTML comments
 * (several rows, multi-line, starting mid-table) and the History block, which is often not valid
 * markdown (no blank line after `</summary>`, so the bullets become raw HTML).
 */
export function scanHidden(lines: readonly string[], anomalies: Anomaly[]): HiddenScan {
  const inside = lines.map(() => "");
  const outside = [...lines];
  markComments(lines, inside, outside, anomalies);
  const rows: HiddenRow[] = [];
  inside.forEach((text, index) => {
    if (!looksLikeRow(text)) return;
    const cells = splitRow(text);
    if (!cells) return;
    rows.push({ line: index + 1, cells, raw: text.trim(), header: isHeader(cells) });
  });
  const { history, historyLines } = scanHistory(outside, anomalies);
  return { rows, history, historyLines, visible: (line) => outside[line - 1] ?? "" };
}

/** `| When? | Name | HF? | … |` */
export function isHeader(cells: readonly string[]): boolean {
  return cells.some((c) => /^name$/i.test(c.trim())) && !cells.some((c) => /\]\(/.test(c));
}

// --- helpers ---

function markComments(lines: readonly string[], inside: string[], outside: string[], anomalies: Anomaly[]) {
  let open: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    let rest = lines[i]!;
    let hidden = "";
    let shown = "";
    while (rest.length > 0) {
      if (open === undefined) {
        const start = rest.indexOf("<!--");
        if (start < 0) {
          shown += rest;
          break;
        }
        shown += rest.slice(0, start);
        rest = rest.slice(start + 4);
        open = i + 1;
      } else {
        const end = rest.indexOf("-->");
        if (end < 0) {
          hidden += rest;
          break;
        }
        hidden += rest.slice(0, end);
        rest = rest.slice(end + 3);
        open = undefined;
      }
    }
    inside[i] = hidden;
    outside[i] = shown;
  }
  if (open !== undefined) {
    anomalies.push({
      kind: "comment/unclosed",
      line: open,
      severity: "error",
      message: "HTML comment is never closed (truncated input?); rows after it are read as archived",
    });
  }
}

function scanHistory(lines: readonly string[], anomalies: Anomaly[]) {
  const history: { line: number; markdown: string }[] = [];
  const summary = lines.findIndex((l) => /<summary>\s*(history|news|履歴)/i.test(l));
  if (summary < 0) return { history, historyLines: undefined };
  let start = summary;
  while (start > 0 && !/<details\b/i.test(lines[start]!)) start--;
  if (!/<details\b/i.test(lines[start]!)) start = summary;
  let end = summary;
  let closed = false;
  const afterSummary = lines[summary]!.replace(/^.*<\/summary>/i, "");
  for (let i = summary; i < lines.length; i++) {
    const text = i === summary ? afterSummary : lines[i]!;
    if (/<\/details>/i.test(text)) {
      const before = text.replace(/<\/details>.*$/i, "");
      if (before.trim()) addLine(history, i + 1, before);
      end = i;
      closed = true;
      break;
    }
    if (/^\s{0,3}#/.test(text) || (i > summary && /^\s*\|/.test(text))) break;
    addLine(history, i + 1, text);
    end = i;
  }
  if (!closed) {
    anomalies.push({
      kind: "details/unclosed",
      line: summary + 1,
      severity: "error",
      message: "History <details> block is never closed; read up to the next heading",
    });
  }
  return { history, historyLines: [start + 1, end + 1] as [number, number] };
}

function addLine(history: { line: number; markdown: string }[], line: number, text: string) {
  const bullet = /^\s*[-*+]\s+(.*)$/.exec(text);
  if (bullet) history.push({ line, markdown: bullet[1]!.trim() });
  else if (text.trim() && !/^\s*<\/?\w+[^>]*>\s*$/.test(text) && history.length > 0) {
    history[history.length - 1]!.markdown += ` ${text.trim()}`;
  }
}
