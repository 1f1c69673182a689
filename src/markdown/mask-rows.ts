// A line that starts with a pipe and whose text cannot end an HTML block (no `>`) or hide a line break
// from a line-by-line reading (no CR inside, no U+2028/9).
const ROW = /^\|[^<>\r\u2028\u2029]*\r?$/;
// A whole HTML comment on one line (how the list archives a row), with no other markup inside.
const COMMENT = /^<!--[^<>\r\u2028\u2029]*-->\r?$/;
// A bullet whose text starts as nothing but a paragraph can (a letter, a number that is not an ordered
// list marker, a link, bold), so what follows the marker and its spaces is inline text only.
const BULLET =
  /^([-*+][ \t]+)(?:\p{L}|\d(?!\d{0,8}[.)](?:[ \t]|$))|\[[^\]]*\]\(|\*\*[^\s*])[^<>\r\u2028\u2029]*\r?$/u;
// Could be a table's delimiter row or a setext underline: its neighbour above must keep its text.
const DELIMITER_LIKE = /^[\s|:=-]*$/;
const MASKED_ROW = "|x|";
const MASKED_COMMENT = "<!--x-->";

/**
 * Replaces the text of pipe rows with `|x|`, of one-line HTML comments (archived rows) with `<!--x-->`
 * and of plain bullets with `x`, for a parse that only needs the block structure: which lines make a
 * table, a list item, a paragraph. What a row, comment or bullet says never changes that structure
 * (GFM ends a table body at a blank line or another block, not at anything inside a row), so versions
 * of a list that differ only inside them mask to the same text and share one cached parse, and a
 * changed section parses as fast as its line count allows. A line that could be a table head (the
 * next line looks like a delimiter row), a delimiter or a setext underline, could close an HTML block,
 * or whose bullet text could start a block of its own, is kept as written. Line count, line starts and
 * list markers are unchanged; the masked tree's text is not the list's and must not be read.
 */
export function maskRows(markdown: string): string {
  const lines = markdown.split("\n");
  let masked = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const bullet = BULLET.exec(line)?.[1];
    const mask = ROW.test(line)
      ? MASKED_ROW
      : COMMENT.test(line)
        ? MASKED_COMMENT
        : bullet !== undefined
          ? `${bullet}x`
          : undefined;
    if (mask === undefined || DELIMITER_LIKE.test(line)) continue;
    const next = lines[i + 1];
    if (next !== undefined && next.trim() !== "" && DELIMITER_LIKE.test(next)) continue;
    const replacement = line.endsWith("\r") ? `${mask}\r` : mask;
    if (line !== replacement) {
      lines[i] = replacement;
      masked = true;
    }
  }
  return masked ? lines.join("\n") : markdown;
}
