// A line that starts with a pipe and whose text cannot end an HTML block (no `>`) or hide a line break
// from a line-by-line reading (no CR inside, no U+2028/9).
const ROW = /^\|[^<>\r\u2028\u2029]*\r?$/;
// A whole HTML comment on one line (how the list archives a row), with no other markup inside.
const COMMENT = /^<!--[^<>\r\u2028\u2029]*-->\r?$/;
// Could be a table's delimiter row or a setext underline: its neighbour above must keep its text.
const DELIMITER_LIKE = /^[\s|:=-]*$/;
const MASKED_ROW = "|x|";
const MASKED_COMMENT = "<!--x-->";

/**
 * Replaces the text of pipe rows with `|x|` and of one-line HTML comments (archived rows) with
 * `<!--x-->`, for a parse that only needs the block structure: which lines make a table, a list item,
 * a paragraph. What a row or a comment says never changes that structure (GFM ends a table body at a
 * blank line or another block, not at anything inside a row), so versions of a list that differ only
 * inside rows mask to the same text and share one cached parse. A line that could be a table head (the
 * next line looks like a delimiter row), a delimiter or a setext underline, or could close an HTML
 * block, is kept as written. Line count and line starts are unchanged; the masked tree's text is not
 * the list's and must not be read.
 */
export function maskRows(markdown: string): string {
  const lines = markdown.split("\n");
  let masked = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const mask = ROW.test(line) ? MASKED_ROW : COMMENT.test(line) ? MASKED_COMMENT : undefined;
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
