import { displayWidth, padToWidth, stripControl, truncateToWidth } from "./display-width.js";

export interface TableColumn<T> {
  header: string;
  value: (row: T) => string;
  /** May shrink when the table is wider than the terminal; higher numbers give way first. */
  shrink?: number;
  /** Same as `shrink: 1` (columns with equal priority shrink widest first). */
  flexible?: boolean;
  /** Smallest width a flexible column shrinks to. */
  min?: number;
  align?: "left" | "right";
}

export interface TableOptions {
  /** Terminal width in cells; undefined = no limit. */
  width?: number;
  /** Styles the header line (bold on a colour terminal). */
  header?: (text: string) => string;
}

/**
 * Plain-text table: a header, one line per row, columns two spaces apart, East Asian wide characters
 * counted as two cells. Control characters in values are shown as spaces so a hostile value cannot
 * move the cursor or break a line.
 */
export function formatTable<T>(
  rows: readonly T[],
  columns: readonly TableColumn<T>[],
  options: TableOptions = {},
): string {
  const cells = rows.map((row) => columns.map((c) => stripControl(c.value(row))));
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i]!))),
  );
  if (options.width !== undefined) shrink(widths, columns, options.width);
  const line = (values: string[]) =>
    values
      .map((v, i) => {
        const text = truncateToWidth(v, widths[i]!);
        if (i === values.length - 1 && columns[i]!.align !== "right") return text;
        return columns[i]!.align === "right"
          ? " ".repeat(Math.max(0, widths[i]! - displayWidth(text))) + text
          : padToWidth(text, widths[i]!);
      })
      .join("  ")
      .trimEnd();
  const header = line(columns.map((c) => c.header));
  const out = [options.header ? options.header(header) : header, ...cells.map(line)];
  return `${out.join("\n")}\n`;
}

// --- helpers ---

function shrink<T>(widths: number[], columns: readonly TableColumn<T>[], width: number): void {
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  while (total() > width) {
    let widest = -1;
    const priority = (c: TableColumn<T>) => c.shrink ?? (c.flexible ? 1 : undefined);
    for (let i = 0; i < widths.length; i++) {
      const p = priority(columns[i]!);
      if (p === undefined || widths[i]! <= (columns[i]!.min ?? 8)) continue;
      const best = widest < 0 ? undefined : priority(columns[widest]!)!;
      if (best === undefined || p > best || (p === best && widths[i]! > widths[widest]!)) widest = i;
    }
    if (widest < 0) return;
    widths[widest] = widths[widest]! - 1;
  }
}
