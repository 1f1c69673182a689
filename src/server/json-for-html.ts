/**
 * JSON that is safe inside an HTML `<script type="application/json">` element: `<`, `>`, `&` and the
 * line separators U+2028/U+2029 become `\u` escapes, so no string can close the element or start a
 * comment (`</script>`, `<!--`). Parsing it with JSON.parse gives back the same value.
 *
 * @example jsonForHtml({ name: "</script>" }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function jsonForHtml(value: unknown): string {
  return (JSON.stringify(value) ?? "null").replace(/[<>&\u2028\u2029]/g, (ch) => ESCAPES[ch] ?? ch);
}

const ESCAPES: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};
