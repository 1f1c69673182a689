import { describe, expect, it } from "vitest";
import { jsonForHtml } from "./json-for-html.js";

describe("jsonForHtml", () => {
  it("escapes characters that could end the script element or start markup", () => {
    const value = { a: "</script><!--<script>", b: "a & b", c: "\u2028\u2029" };
    const text = jsonForHtml(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(text)).toEqual(value);
  });
});
