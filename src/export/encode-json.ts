/**
 * Pretty-printed JSON with a trailing newline, for files and stdout.
 *
 * @example encodeJson({ models: [] }) // '{\n  "models": []\n}\n'
 */
export function encodeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * JSON Lines / NDJSON (https://jsonlines.org): one compact JSON value per line, `\n` after each.
 * JSON.stringify escapes newlines inside strings, so an item never spans two lines.
 *
 * @example encodeJsonl([{ id: "a" }, { id: "b" }]) // '{"id":"a"}\n{"id":"b"}\n'
 */
export function encodeJsonl(items: Iterable<unknown>): string {
  let out = "";
  for (const item of items) out += `${JSON.stringify(item) ?? "null"}\n`;
  return out;
}
