import { describe, expect, it } from "vitest";
import type { CatalogIndex } from "../query/index.js";
import { memoizeReads } from "./memoize-reads.js";

/** Stands in for the index: counts calls, answers a fresh object each time (as parsing JSON would). */
function countingIndex() {
  const calls: string[] = [];
  const index = {
    getModel(id: string) {
      calls.push(`getModel ${id}`);
      return id === "missing" ? undefined : { entry: { id } };
    },
    getBenchmark(id: string) {
      calls.push(`getBenchmark ${id}`);
      return { id };
    },
    listNews() {
      calls.push("listNews");
      return [];
    },
  };
  return { index: index as unknown as CatalogIndex, calls };
}

describe("memoizeReads", () => {
  it("reads each id once, unknown ids included, and keeps other calls as they are", () => {
    const { index, calls } = countingIndex();
    const memo = memoizeReads(index);
    const first = memo.getModel("a");
    expect(memo.getModel("a")).toBe(first);
    expect(memo.getModel("missing")).toBeUndefined();
    expect(memo.getModel("missing")).toBeUndefined();
    expect(memo.getBenchmark("a")).toEqual({ id: "a" });
    memo.listNews();
    memo.listNews();
    expect(calls).toEqual(["getModel a", "getModel missing", "getBenchmark a", "listNews", "listNews"]);
  });
});
