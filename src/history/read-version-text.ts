const decoder = new TextDecoder("utf-8", { fatal: true });
// All three markers, in order: `=======` alone is also a setext heading underline.
const CONFLICT = /^<{7}(?: .*)?$[\s\S]*?^={7}\r?$[\s\S]*?^>{7}(?: .*)?$/m;

/**
 * Decodes one version of a list, or says why it is not a list: binary content, invalid UTF-8, or
 * unresolved merge-conflict markers (the importer would read both sides as rows).
 */
export function readVersionText(content: Uint8Array): string | { reason: string } {
  if (content.includes(0)) return { reason: "binary content (NUL bytes)" };
  let text: string;
  try {
    text = decoder.decode(content);
  } catch {
    return { reason: "not valid UTF-8" };
  }
  const conflict = CONFLICT.exec(text);
  if (conflict) {
    const line = text.slice(0, conflict.index).split("\n").length;
    return { reason: `unresolved merge conflict marker at line ${line}` };
  }
  return text.replace(/^\uFEFF/, "");
}
