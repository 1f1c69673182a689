/**
 * Reads the list's date notations (`2025.4`, `2025.04`, `2025/4`, `2025-04-17`) into `YYYY-MM[-DD]`.
 * Returns undefined for anything else; nothing is guessed.
 *
 * @example parseListDate("2025.4") // "2025-04"
 */
export function parseListDate(text: string): string | undefined {
  const m = /^(\d{4})\s*[./-]\s*(\d{1,2})(?:\s*[./-]\s*(\d{1,2}))?$/.exec(text.normalize("NFKC").trim());
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const ym = `${m[1]}-${String(month).padStart(2, "0")}`;
  if (m[3] === undefined) return ym;
  const day = Number(m[3]);
  if (day < 1 || day > 31) return undefined;
  return `${ym}-${String(day).padStart(2, "0")}`;
}

/** `2025-04` → `2025.4`, the list's own notation. */
export function formatListDate(date: string): string {
  const [year, month, day] = date.split("-");
  return [year, String(Number(month)), ...(day ? [String(Number(day))] : [])].join(".");
}
