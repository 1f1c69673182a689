import { describe, expect, it } from "vitest";
import { encodeJson, encodeJsonl } from "./encode-json.js";

describe("encodeJson / encodeJsonl", () => {
  it("pretty-prints JSON with a trailing newline", () => {
    expect(encodeJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });

  it("writes one item per line even when strings hold newlines", () => {
    const items = [{ id: "a", text: "one\ntwo\r\nthree\u2028" }, { id: "b" }, undefined];
    const text = encodeJsonl(items);
    const lines = text.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("");
    expect(lines.slice(0, 3).map((l) => JSON.parse(l))).toEqual([items[0], items[1], null]);
  });

  it("writes nothing for no items", () => {
    expect(encodeJsonl([])).toBe("");
  });
});
