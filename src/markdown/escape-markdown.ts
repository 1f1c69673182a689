// Escaping for generated GFM. The goal is twofold: nothing a curator typed can become markup (a link,
// an HTML tag, a table cell break, the end of an HTML comment), and ordinary text stays byte-identical
// so the README reads naturally and re-imports to the same values. So a character is escaped only where
// GFM would otherwise read it as syntax.

/**
 * Escapes plain text for a block start (a paragraph or list item): everything `escapeInline` does, plus
 * a leading block marker (`# `, `- `, `+ `, `* `, `1. `, `---`) is backslash-escaped.
 *
 * @example escapeMarkdown("# not a heading") // "\\# not a heading"
 */
export function escapeMarkdown(text: string): string {
  const s = escapeInline(text);
  if (/^[-*_](\s*[-*_]){2,}\s*$/.test(s) || /^(#{1,6}|[-+*])(\s|$)/.test(s)) return `\\${s}`;
  return s.replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2");
}

/**
 * Escapes plain text for inline use in GFM (a table cell or link label): `<` and `>` become entities
 * (no HTML tag, autolink or `-->` can form), `&` does where it would start a character reference,
 * `\`, `[`, `]` and `|` are backslash-escaped (GFM splits cells on `|` before inline parsing, even in
 * code spans), emphasis, code, math and strikethrough marks are escaped when a pair could form, and
 * newlines become `<br>`. Control characters are dropped.
 *
 * @example escapeInline("<script>x</script> | [a](b)") // "&lt;script&gt;x&lt;/script&gt; \\| \\[a\\](b)"
 */
export function escapeInline(text: string): string {
  let s = String(text)
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL, "")
    .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, "\\\\")
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([[\]|])/g, "\\$1");
  for (const mark of ["*", "~", "`", "$"]) if (count(s, mark) >= 2) s = s.split(mark).join(`\\${mark}`);
  if (count(s, "_") >= 2 && /(^|[^\p{L}\p{N}])_|_($|[^\p{L}\p{N}])/u.test(s)) s = s.replace(/_/g, "\\_");
  return s.replace(/\n/g, "<br>");
}

/**
 * Encodes a URL as a markdown link destination: whitespace, `<`, `>`, `"`, `|` and control characters
 * percent-encoded, parentheses kept when balanced (CommonMark allows that) and percent-encoded
 * otherwise, `&` encoded where it would start a character reference, `\` where it would escape.
 *
 * @example encodeLinkUrl("https://x.org/a b (c)") // "https://x.org/a%20b%20(c)"
 */
export function encodeLinkUrl(url: string): string {
  let s = String(url)
    .trim()
    .replace(/[\s<>"|\u0000-\u001f\u007f]/g, (c) => percent(c))
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "%26")
    .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, "%5C");
  if (!balanced(s)) s = s.replace(/\(/g, "%28").replace(/\)/g, "%29");
  return s;
}

/**
 * A markdown link with an escaped label and an encoded destination; an empty URL gives `[label]()`,
 * the list's own notation for "no link".
 *
 * @example markdownLink("Qwen3 (Alibaba)", "") // "[Qwen3 (Alibaba)]()"
 */
export function markdownLink(label: string, url: string | undefined): string {
  return `[${escapeInline(label)}](${url ? encodeLinkUrl(url) : ""})`;
}

// --- helpers ---

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** Parentheses nest at most one level and every one is closed, as H1's link reader and GFM accept. */
function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === "(") depth++;
    else if (c === ")") depth--;
    if (depth < 0 || depth > 1) return false;
  }
  return depth === 0;
}

function percent(c: string): string {
  return [...new TextEncoder().encode(c)]
    .map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`)
    .join("");
}
