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

// Constructs that reach across blank lines and headings (raw HTML blocks that end only at a marker, definitions that
// apply document-wide): a document with any of them is parsed whole.
const UNSPLITTABLE = /^ {0,3}(<(script|pre|style|textarea)\b|<\?|<![A-Za-z]|<!\[CDATA\[|\[[^\]]+\]:)/im;

// An unindented line that cannot be a list item (no bullet or digit): after a blank line it cannot
// continue a list, an indented code block or a lazy paragraph, so it starts a new top-level block.
const FRESH_START = /^[^\s\d*+-]/;

/**
 * Splits before every unindented, non-list line that follows a blank line (headings, tables,
 * paragraphs), outside HTML comments and fenced code: there no block can continue across the split
 * (HTML blocks that could are in UNSPLITTABLE), so parsing the parts alone gives the same tree.
 */
function splitAtBlocks(markdown: string): Chunk[] {
  if (UNSPLITTABLE.test(markdown)) return [{ text: markdown, line: 0, offset: 0 }];
  const lines = markdown.split("\n");
  const chunks: Chunk[] = [];
  let start = { line: 0, offset: 0 };
  let offset = 0;
  let inComment = false;
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = i > 0 ? lines[i - 1]! : "";
    const splittable = !inComment && !fence && i > 0 && previous.trim() === "" && FRESH_START.test(line);
    if (splittable) {
      chunks.push({ text: markdown.slice(start.offset, offset), ...start });
      start = { line: i, offset };
    }
    if (!fence) inComment = commentOpenAfter(line, inComment);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && !inComment) {
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    }
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
