import { describe, expect, it } from "vitest";
import { RidSet } from "./rid-set.js";

describe("RidSet", () => {
  it("counts, intersects and unites across word boundaries", () => {
    const a = RidSet.of(100, [0, 1, 31, 32, 63, 64, 99]);
    const b = RidSet.of(100, [1, 32, 33, 99]);
    expect(a.count()).toBe(7);
    expect(a.clone().intersect(b).count()).toBe(3);
    expect(a.clone().unite(b).count()).toBe(8);
    expect(a.count()).toBe(7);
    expect([0, 31, 32, 99].every((r) => a.has(r))).toBe(true);
    expect(a.has(2)).toBe(false);
    expect(a.has(100)).toBe(false);
    expect(a.has(5000)).toBe(false);
  });

  it("counts every bit of a full word and listed duplicates", () => {
    const full = RidSet.of(
      64,
      Array.from({ length: 64 }, (_, i) => i),
    );
    expect(full.count()).toBe(64);
    expect(full.countOf(Int32Array.from([3, 3, 70]))).toBe(2);
  });
});
