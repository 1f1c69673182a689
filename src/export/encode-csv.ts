/**
 * Encodes rows as RFC 4180 CSV: a header line, CRLF line ends, and fields quoted when they contain
 * `"`, `,`, CR or LF (quotes doubled). Arrays are joined with `; `, objects written as JSON.
 *
 * Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a
 * leading `'` (OWASP "CSV injection"); plain numbers, negative ones included, stay numeric.
 *
 * @example encodeCsv([{ id: "qwen3", params: [6e8, 2.35e11] }], ["id", "params"])
 *          // "id,params\r\nqwen3,600000000; 235000000000\r\n"
 */
export function encodeCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const lines = [columns.map((c) => quoteField(guardFormula(c))).join(",")];
  for (const row of rows) lines.push(columns.map((c) => encodeCell(row[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** One value as the text of a CSV field (guarded and quoted). */
export function encodeCell(value: unknown): string {
  return quoteField(guardFormula(cellText(value)));
}

// --- helpers ---

const PLAIN_NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(itemText).join("; ");
  return itemText(value);
}

function itemText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}

function guardFormula(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
