import type { Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkGfm);
// Versions of one list share most of their sections, so a history replay parses each once.
const cache = new Map<string, Root>();
const CACHE_LIMIT = 4096;

/**
 * Parses markdown with remark (GFM) into the same tree as one whole-document parse, but parses each
 * chunk of top-level blocks (split where a new block must start) separately and remembers it, so the
 * many versions of a list in a history replay cost one parse per changed chunk instead of one per version.
 */
export function parseMarkdown(markdown: string): Root {
  const chunks = splitAtBlocks(markdown);
  if (chunks.length <= 1) return processor.parse(markdown) as Root;
  const children: RootContent[] = [];
  for (const chunk of chunks) {
    let tree = cache.get(chunk.text);
    if (!tree) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      tree = processor.parse(chunk.text) as Root;
      cache.set(chunk.text, tree);
    }
    for (const node of tree.children) children.push(shift(node, chunk.line, chunk.offset));
  }
  return { type: "root", children, position: wholePosition(markdown) };
}

/** Forgets every cached chunk: to measure a cold replay, or to free memory after a long one. */
export function clearParseCache(): void {
  cache.clear();
}

// --- helpers ---

interface Chunk {
  text: string;
  /** Lines before the chunk (0 for the first). */
  line: number;
  /** Characters before the chunk. */
  offset: number;
}

// Constructs that reach across blank lines and headings (raw HTML blocks that end only at a marker,
// definitions that apply document-wide) or that a line scan cannot delimit (code fences, which may sit
// in a list item and end with it): a document with any of them is parsed whole.
const UNSPLITTABLE =
  /^ {0,3}(<(script|pre|style|textarea)\b|<\?|<![A-Za-z]|<!\[CDATA\[|\[[^\]]+\]:|`{3,}|~{3,})/im;

// An unindented line that cannot be a list item (no bullet or digit; a heading, table, paragraph…):
// after a blank line it cannot continue a list, an indented code block or a lazy paragraph, so it
// starts a new top-level block.
const FRESH_START = /^[^\s\d*+-]/;
// An unindented HTML comment that ends on its own line (how a list archives a row): an HTML block that
// interrupts whatever came before and is over at the line end, so the next line starts afresh.
const ONE_LINE_COMMENT = /^<!--[^<>\r]*-->\r?$/;

/**
 * Splits where no block can continue across the split, so parsing the parts alone gives the same tree:
 * outside HTML comments, before an unindented heading or other non-list line that follows a blank line,
 * and after a one-line HTML comment that is not inside another HTML block.
 */
function splitAtBlocks(markdown: string): Chunk[] {
  // A lone CR ends a line for remark but not for this scan, which counts lines by LF.
  if (UNSPLITTABLE.test(markdown) || /\r(?!\n)/.test(markdown))
    return [{ text: markdown, line: 0, offset: 0 }];
  const lines = markdown.split("\n");
  const chunks: Chunk[] = [];
  let start = { line: 0, offset: 0 };
  let offset = 0;
  // Inside an HTML comment, or maybe: the scan cannot tell an inline `<!--` from a block's.
  let inComment = false;
  // Inside an HTML block that ends only at a blank line (`<details>`, `<div>`…), or maybe.
  let inHtml = false;
  let afterComment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const blank = line.trim() === "";
    const previousBlank = i > 0 && lines[i - 1]!.trim() === "";
    const fresh = (previousBlank && FRESH_START.test(line)) || (afterComment && !blank);
    if (!inComment && i > 0 && fresh) {
      chunks.push({ text: markdown.slice(start.offset, offset), ...start });
      start = { line: i, offset };
    }
    const wasInComment = inComment;
    inComment = commentOpenAfter(line, inComment);
    afterComment = !wasInComment && !inHtml && ONE_LINE_COMMENT.test(line);
    if (blank) inHtml = false;
    else if (!afterComment && /^ {0,3}</.test(line)) inHtml = true;
    offset += line.length + 1;
  }
  chunks.push({ text: markdown.slice(start.offset), ...start });
  return chunks;
}

function commentOpenAfter(line: string, open: boolean): boolean {
  let state = open;
  let rest = line;
  for (;;) {
    const index = rest.indexOf(state ? "-->" : "<!--");
    if (index < 0) return state;
    rest = rest.slice(index + (state ? 3 : 4));
    state = !state;
  }
}

function shift<T>(node: T, lines: number, chars: number): T {
  if (Array.isArray(node)) return node.map((child) => shift(child, lines, chars)) as T;
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === "position" ? shiftPosition(value as Position, lines, chars) : shift(value, lines, chars);
  }
  return out as T;
}

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface Position {
  start: Point;
  end: Point;
}

function shiftPosition(position: Position, lines: number, chars: number): Position {
  const move = (p: Point): Point => ({
    line: p.line + lines,
    column: p.column,
    ...(p.offset === undefined ? {} : { offset: p.offset + chars }),
  });
  return { start: move(position.start), end: move(position.end) };
}

function wholePosition(markdown: string): Position {
  const lines = markdown.split("\n");
  return {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lines.length, column: lines[lines.length - 1]!.length + 1, offset: markdown.length },
  };
}
