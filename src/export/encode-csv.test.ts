import { describe, expect, it } from "vitest";
import { encodeCsv } from "./encode-csv.js";

/** An independent, minimal RFC 4180 reader: records of fields, CRLF line ends, quoted fields. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === "") {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== "," && text.slice(i, i + 2) !== "\r\n") {
        throw new Error(`garbage after closing quote at ${i}`);
      }
      continue;
    }
    if (text[i] === ",") {
      record.push(field);
      field = "";
      i++;
    } else if (text.slice(i, i + 2) === "\r\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else {
      if (text[i] === "\r" || text[i] === "\n") throw new Error(`bare line break at ${i}`);
      if (text[i] === '"') throw new Error(`quote inside unquoted field at ${i}`);
      field += text[i++];
    }
  }
  if (field !== "" || record.length > 0) throw new Error("last record lacks CRLF");
  return records;
}

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=x>',
  "a | b || c",
  "line one\nline two\r\nline three\rend",
  "=cmd|' /C calc'!A0",
  "@SUM(1)",
  "+1+2",
  "-2+3",
  "\tTAB",
  "\rCR",
  'He said "hi", then left',
  "",
  "日本語のモデル、カンマ",
];

describe("encodeCsv", () => {
  it("writes a header, CRLF line ends and quotes only where RFC 4180 requires", () => {
    const csv = encodeCsv(
      [
        { id: "qwen3", name: "Qwen3, Alibaba", params: [6e8, 2.35e11] },
        { id: "x", name: 'say "hi"' },
      ],
      ["id", "name", "params"],
    );
    expect(csv).toBe(
      'id,name,params\r\nqwen3,"Qwen3, Alibaba",600000000; 235000000000\r\nx,"say ""hi""",\r\n',
    );
  });

  it("round-trips hostile strings through an independent reader, neutralising formulas", () => {
    const rows = HOSTILE.map((value, n) => ({ n, value }));
    const parsed = readCsv(encodeCsv(rows, ["n", "value"]));
    expect(parsed[0]).toEqual(["n", "value"]);
    expect(parsed).toHaveLength(HOSTILE.length + 1);
    parsed.slice(1).forEach(([n, value], i) => {
      expect(n).toBe(String(i));
      const original = HOSTILE[i]!;
      const dangerous = /^[=+\-@\t\r]/.test(original);
      expect(value).toBe(dangerous ? `'${original}` : original);
    });
  });

  it("never lets a cell start with a formula character", () => {
    const parsed = readCsv(encodeCsv([{ a: "=1+1", b: ["@x", "y"], c: { k: "=v" } }], ["a", "b", "c"]));
    for (const cell of parsed[1]!) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(parsed[1]).toEqual(["'=1+1", "'@x; y", '{"k":"=v"}']);
  });

  it("keeps plain numbers numeric, negative ones included", () => {
    const parsed = readCsv(
      encodeCsv([{ a: -5, b: "-1.25", c: 3.5e-7, d: "-1e5", e: "-" }], ["a", "b", "c", "d", "e"]),
    );
    expect(parsed[1]).toEqual(["-5", "-1.25", "3.5e-7", "-1e5", "'-"]);
  });

  it("writes empty cells for missing values and JSON for objects", () => {
    const row = { a: undefined, b: null, c: true, d: { x: 1, y: "a,b" }, e: [], f: Number.NaN };
    const parsed = readCsv(encodeCsv([row], ["a", "b", "c", "d", "e", "f", "missing"]));
    expect(parsed[1]).toEqual(["", "", "true", '{"x":1,"y":"a,b"}', "", "", ""]);
  });

  it("guards and quotes header names too", () => {
    expect(readCsv(encodeCsv([], ["=evil", "a,b"]))).toEqual([["'=evil", "a,b"]]);
  });

  it("the test reader rejects malformed CSV, so the round trip can fail", () => {
    expect(() => readCsv('a,"b\r\n')).toThrow(/unterminated/);
    expect(() => readCsv("a\nb\r\n")).toThrow(/bare line break/);
    expect(() => readCsv('a,"b"c\r\n')).toThrow(/garbage/);
  });
});
