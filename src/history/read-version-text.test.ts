import { describe, expect, it } from "vitest";
import { readVersionText } from "./read-version-text.js";

describe("readVersionText", () => {
  it("decodes UTF-8 and drops a byte-order mark", () => {
    expect(readVersionText(Buffer.from("\uFEFF# 一覧\n", "utf8"))).toBe("# 一覧\n");
  });

  it("says why a version is not a list", () => {
    expect(readVersionText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({
      reason: "binary content (NUL bytes)",
    });
    expect(readVersionText(Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x41]))).toEqual({
      reason: "not valid UTF-8",
    });
    expect(
      readVersionText(Buffer.from("# list\n\n<<<<<<< HEAD\n| a |\n=======\n| b |\n>>>>>>> x\n")),
    ).toEqual({
      reason: "unresolved merge conflict marker at line 3",
    });
  });

  it("does not mistake a setext heading or a long rule for a conflict", () => {
    const text = "Title\n=======\n\n---------\n";
    expect(readVersionText(Buffer.from(`${text}text`))).toBe(`${text}text`);
  });
});
