/**
 * A strict RFC 4180 reader for tests, written apart from the encoder so a round trip checks it:
 * CRLF records, fields quoted with `"` and `""` inside quotes; anything malformed throws.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let fieldStart = true;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < text.length && text[i] !== "," && text[i] !== "\r")
          throw new Error(`text after closing quote at ${i}`);
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (!fieldStart) throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      fieldStart = false;
      i++;
    } else if (c === ",") {
      record.push(field);
      field = "";
      fieldStart = true;
      i++;
    } else if (c === "\r") {
      if (text[i + 1] !== "\n") throw new Error(`bare CR at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      fieldStart = true;
      i += 2;
    } else if (c === "\n") {
      throw new Error(`bare LF at ${i}`);
    } else {
      field += c;
      fieldStart = false;
      i++;
    }
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (!fieldStart || record.length > 0) throw new Error("last record does not end with CRLF");
  return records;
}
