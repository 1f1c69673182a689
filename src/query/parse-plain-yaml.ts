/**
 * A fast reader for the plain block YAML that catalogue files use (mappings, sequences, one-line
 * scalars), returning undefined for anything else (flow collections, block scalars, anchors, tags,
 * comments after values, multi-line scalars…) so the caller falls back to the full `yaml` parser.
 * Building the index parses every file, and the full parser is ~10× slower on these small files.
 * Scalars resolve as in YAML 1.2's core schema, which is what `yaml`'s parse() uses; a test checks
 * both agree on every catalogue file.
 */
export function parsePlainYaml(text: string): unknown {
  if (text.includes("\r") || text.includes("\t")) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split("\n")) {
    const content = raw.trimStart();
    if (content === "" || content.startsWith("#")) continue;
    if (raw.trimEnd() !== raw) return undefined;
    lines.push({ indent: raw.length - content.length, content });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0 || lines[0]!.content.startsWith("---")) return undefined;
  try {
    const state = { i: 0 };
    const value = parseBlock(lines, state, 0);
    return state.i === lines.length ? value : undefined;
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

// --- helpers ---

interface Line {
  indent: number;
  content: string;
}

const BAIL = Symbol("bail");
const KEY = /^([A-Za-z_][A-Za-z0-9_.-]*):(?: (.*))?$/;

function bail(): never {
  throw BAIL;
}

function parseBlock(lines: Line[], state: { i: number }, indent: number): unknown {
  const first = lines[state.i]!;
  if (first.indent !== indent) bail();
  return first.content === "-" || first.content.startsWith("- ")
    ? parseSequence(lines, state, indent)
    : parseMapping(lines, state, indent, first.content);
}

function parseMapping(
  lines: Line[],
  state: { i: number },
  indent: number,
  firstContent: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let content: string | undefined = firstContent;
  while (content !== undefined) {
    const match = KEY.exec(content);
    if (!match) bail();
    const key = match[1]!;
    if (Object.hasOwn(out, key) || key === "__proto__") bail();
    state.i++;
    out[key] = match[2] === undefined ? parseNested(lines, state, indent) : scalar(match[2]);
    const next = lines[state.i];
    if (!next || next.indent < indent) break;
    if (next.indent > indent) bail();
    content = next.content;
    if (content === "-" || content.startsWith("- ")) bail();
  }
  return out;
}

/** The value after `key:` with nothing on the line: a deeper block, a sequence at the same indent, or null. */
function parseNested(lines: Line[], state: { i: number }, indent: number): unknown {
  const next = lines[state.i];
  if (!next) return null;
  if (next.indent > indent) return parseBlock(lines, state, next.indent);
  if (next.indent === indent && (next.content === "-" || next.content.startsWith("- "))) {
    return parseSequence(lines, state, indent);
  }
  return null;
}

function parseSequence(lines: Line[], state: { i: number }, indent: number): unknown[] {
  const out: unknown[] = [];
  for (;;) {
    const line = lines[state.i];
    if (!line || line.indent !== indent || !(line.content === "-" || line.content.startsWith("- "))) break;
    if (line.content === "-") bail();
    const rest = line.content.slice(2);
    const itemIndent = indent + 2;
    if (rest.startsWith(" ") || rest.startsWith("- ") || rest === "-") bail();
    if (KEY.test(rest)) {
      // `- key: value` opens a mapping whose later keys sit two columns in.
      lines[state.i] = { indent: itemIndent, content: rest };
      out.push(parseMapping(lines, state, itemIndent, rest));
    } else {
      state.i++;
      out.push(scalar(rest));
      const next = lines[state.i];
      if (next && next.indent > indent) bail();
    }
  }
  return out;
}

const NULL = /^(?:~|null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const JSON_ESCAPES = /\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/;

function scalar(text: string): unknown {
  if (text === "") return null;
  if (text.startsWith(" ")) bail();
  const c = text[0]!;
  if (c === '"') {
    if (text.length < 2 || !text.endsWith('"') || JSON_ESCAPES.test(text)) bail();
    try {
      const value = JSON.parse(text) as unknown;
      if (typeof value !== "string") bail();
      return value;
    } catch {
      bail();
    }
  }
  if (c === "'") {
    const body = text.slice(1, -1);
    if (text.length < 2 || !text.endsWith("'") || body.replaceAll("''", "").includes("'")) bail();
    return body.replaceAll("''", "'");
  }
  if ("[]{}&*!|>%@`#,?:-".includes(c) && !/^-[0-9.]/.test(text)) bail();
  if (text.includes(": ") || text.includes(" #") || text.endsWith(":") || text.endsWith(" ")) bail();
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (INT.test(text) || FLOAT.test(text)) {
    const n = Number(text);
    if (INT.test(text) && !Number.isSafeInteger(n)) bail();
    return n;
  }
  if (/^(?:0o|0x|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$)/.test(text)) bail();
  return text;
}
