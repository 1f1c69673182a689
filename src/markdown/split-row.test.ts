import { describe, expect, it } from "vitest";
import { looksLikeRow, splitRow } from "./split-row.js";

describe("splitRow", () => {
  it("splits rows with and without outer pipes, keeping escaped pipes and code", () => {
    expect(splitRow("|2025.4| [A]() | 7B |")).toEqual(["2025.4", "[A]()", "7B"]);
    expect(splitRow("2025.4| [A]() | 7B")).toEqual(["2025.4", "[A]()", "7B"]);
    expect(splitRow("|| [name]() | [HF]() | | |")).toEqual(["", "[name]()", "[HF]()", "", ""]);
    expect(splitRow("| a \\| b | `c|d` |")).toEqual(["a \\| b", "`c|d`"]);
  });

  it("rejects delimiter rows and prose", () => {
    expect(splitRow("|---|:--:|")).toBeUndefined();
    expect(looksLikeRow("just text")).toBe(false);
    expect(looksLikeRow("a | b")).toBe(false);
  });
});
