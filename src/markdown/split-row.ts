/**
 * Splits one GFM table row into raw cell texts, with or without leading and trailing pipes.
 * Pipes escaped as `\|` or inside backticks stay in the cell. Returns undefined for a line that is
 * not a row (fewer than two unescaped pipes, or a delimiter row such as `|---|---|`).
 *
 * @example splitRow("|2025.4| [Qwen3]() | 0.6~235B |") // ["2025.4", "[Qwen3]()", "0.6~235B"]
 */
export function splitRow(line: string): string[] | undefined {
  const text = line.trim();
  const cells: string[] = [];
  let current = "";
  let pipes = 0;
  let inCode = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\" && text[i + 1] === "|") {
      current += "\\|";
      i++;
    } else if (ch === "`") {
      inCode = !inCode;
      current += ch;
    } else if (ch === "|" && !inCode) {
      pipes++;
      cells.push(current);
      current = "";
    } else current += ch;
  }
  cells.push(current);
  if (pipes < 2 && !(pipes === 1 && !text.startsWith("|") && !text.endsWith("|"))) return undefined;
  if (text.startsWith("|")) cells.shift();
  if (text.endsWith("|") && !text.endsWith("\\|")) cells.pop();
  const trimmed = cells.map((c) => c.trim());
  if (isDelimiterRow(trimmed)) return undefined;
  return trimmed;
}

/** `|---|:--:|` separates a header from the body. */
export function isDelimiterRow(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((c) => /^:?-{1,}:?$/.test(c));
}

/** A line that plausibly is a table row: starts with a pipe, or has at least two pipes. */
export function looksLikeRow(line: string): boolean {
  const text = line.trim();
  if (!text.includes("|")) return false;
  return text.startsWith("|") || (text.match(/\|/g)?.length ?? 0) >= 2;
}
