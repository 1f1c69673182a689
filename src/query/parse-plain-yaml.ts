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
  const lines: Lines = { indents: [], contents: [], i: 0 };
  for (const raw of text.split("\n")) {
    // What trimStart() and trimEnd() would do, without making the strings when only spaces lead.
    let start = 0;
    while (raw.charCodeAt(start) === 32) start++;
    const content = isSpace(raw.charCodeAt(start)) ? raw.trimStart() : start === 0 ? raw : raw.slice(start);
    if (content === "" || content.charCodeAt(0) === 35 /* # */) continue;
    if (isSpace(raw.charCodeAt(raw.length - 1))) return undefined;
    lines.indents.push(raw.length - content.length);
    lines.contents.push(content);
  }
  if (lines.contents.length === 0 || lines.indents[0] !== 0 || lines.contents[0]!.startsWith("---")) {
    return undefined;
  }
  try {
    const value = parseBlock(lines, 0);
    return lines.i === lines.contents.length ? value : undefined;
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

// --- helpers ---

/** The non-blank, non-comment lines, and the one being read. */
interface Lines {
  indents: number[];
  contents: string[];
  i: number;
}

const BAIL = Symbol("bail");
const WHITESPACE = /\s/;

function bail(): never {
  throw BAIL;
}

/** Whether a character is one that trim() removes (JavaScript's \s). */
function isSpace(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code >= 0x80 && WHITESPACE.test(String.fromCharCode(code));
}

function isSequenceItem(content: string): boolean {
  return content === "-" || content.startsWith("- ");
}

// matchKey's results (module scratch: this runs once per line of every catalogue file).
let matchedKey = "";
let matchedValue: string | undefined;

/**
 * Whether `content` is `key:` or `key: value` with a plain key, as `^([A-Za-z_][A-Za-z0-9_.-]*):(?: (.*))?$`
 * would match it; sets matchedKey and matchedValue (undefined for `key:`).
 */
function matchKey(content: string): boolean {
  const first = content.charCodeAt(0);
  if (!(isLetter(first) || first === 95)) return false;
  let end = 1;
  for (let c = content.charCodeAt(end); isLetter(c) || isDigit(c) || c === 95 || c === 46 || c === 45; ) {
    c = content.charCodeAt(++end);
  }
  if (content.charCodeAt(end) !== 58 /* : */) return false;
  if (end + 1 === content.length) {
    matchedValue = undefined;
  } else {
    // `.` stops at the line separators U+2028/U+2029 (other line ends never reach here).
    if (content.charCodeAt(end + 1) !== 32 || /[\u2028\u2029]/.test(content)) return false;
    matchedValue = content.slice(end + 2);
  }
  matchedKey = content.slice(0, end);
  return true;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function parseBlock(lines: Lines, indent: number): unknown {
  if (lines.indents[lines.i] !== indent) bail();
  const content = lines.contents[lines.i]!;
  return isSequenceItem(content) ? parseSequence(lines, indent) : parseMapping(lines, indent, content);
}

function parseMapping(lines: Lines, indent: number, firstContent: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let content: string | undefined = firstContent;
  while (content !== undefined) {
    if (!matchKey(content)) bail();
    const key = matchedKey;
    const value = matchedValue;
    if (Object.hasOwn(out, key) || key === "__proto__") bail();
    lines.i++;
    out[key] = value === undefined ? parseNested(lines, indent) : scalar(value);
    if (lines.i >= lines.contents.length) break;
    const next = lines.indents[lines.i]!;
    if (next < indent) break;
    if (next > indent) bail();
    content = lines.contents[lines.i]!;
    if (isSequenceItem(content)) bail();
  }
  return out;
}

/** The value after `key:` with nothing on the line: a deeper block, a sequence at the same indent, or null. */
function parseNested(lines: Lines, indent: number): unknown {
  if (lines.i >= lines.contents.length) return null;
  const next = lines.indents[lines.i]!;
  if (next > indent) return parseBlock(lines, next);
  if (next === indent && isSequenceItem(lines.contents[lines.i]!)) return parseSequence(lines, indent);
  return null;
}

function parseSequence(lines: Lines, indent: number): unknown[] {
  const out: unknown[] = [];
  while (lines.i < lines.contents.length) {
    const content = lines.contents[lines.i]!;
    if (lines.indents[lines.i] !== indent || !isSequenceItem(content)) break;
    if (content === "-") bail();
    const rest = content.slice(2);
    const itemIndent = indent + 2;
    if (rest.startsWith(" ") || rest.startsWith("- ") || rest === "-") bail();
    if (matchKey(rest)) {
      // `- key: value` opens a mapping whose later keys sit two columns in.
      lines.indents[lines.i] = itemIndent;
      lines.contents[lines.i] = rest;
      out.push(parseMapping(lines, itemIndent, rest));
    } else {
      lines.i++;
      out.push(scalar(rest));
      if (lines.i < lines.contents.length && lines.indents[lines.i]! > indent) bail();
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
  // Each pattern below starts with one of a few characters: most text skips them all.
  if ((c === "~" || c === "n" || c === "N") && NULL.test(text)) return null;
  if ((c === "t" || c === "T") && TRUE.test(text)) return true;
  if ((c === "f" || c === "F") && FALSE.test(text)) return false;
  if (!(isDigit(c.charCodeAt(0)) || c === "-" || c === "+" || c === ".")) return text;
  if (INT.test(text) || FLOAT.test(text)) {
    const n = Number(text);
    if (INT.test(text) && !Number.isSafeInteger(n)) bail();
    return n;
  }
  if (/^(?:0o|0x|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$)/.test(text)) bail();
  return text;
}
