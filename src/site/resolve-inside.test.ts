import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveInside } from "./resolve-inside.js";

describe("resolveInside", () => {
  const root = path.resolve("/tmp/out");
  it("resolves paths inside the root", () => {
    expect(resolveInside(root, "en/index.html")).toBe(path.join(root, "en/index.html"));
    expect(resolveInside(root, "a/../b.json")).toBe(path.join(root, "b.json"));
  });
  it.each(["../x", "a/../../x", "/etc/passwd", "en/\0.html", "..", "../out-other/x"])("rejects %j", (p) => {
    expect(() => resolveInside(root, p)).toThrow(/escapes|NUL/);
  });
});
