import { describe, expect, it } from "vitest";
import { formatParams, parseActiveParams, parseSizes } from "./parse-sizes.js";

describe("parseSizes", () => {
  it.each([
    ["17B", { params: [17e9] }],
    ["0.6~235B", { params: [0.6e9, 235e9], range: true }],
    ["7~72B", { params: [7e9, 72e9], range: true }],
    ["135M~1.7B", { params: [135e6, 1.7e9], range: true }],
    ["8x7B", { params: [56e9], experts: { count: 8, params: 7e9 } }],
    ["8x22B", { params: [176e9], experts: { count: 8, params: 22e9 } }],
    ["2.7Bx4", { params: [10.8e9], experts: { count: 4, params: 2.7e9 } }],
    ["0.5,1.5,3B", { params: [0.5e9, 1.5e9, 3e9] }],
    ["1B,4B", { params: [1e9, 4e9] }],
    ["2B, 9B, 27B", { params: [2e9, 9e9, 27e9] }],
    ["8, 70B", { params: [8e9, 70e9] }],
    ["70B, 405B", { params: [70e9, 405e9] }],
    ["~7B", { params: [7e9], approximate: true }],
    ["8.3B", { params: [8.3e9] }],
    ["１３Ｂ", { params: [13e9] }],
    ["MoE(37B)", { params: [], active: 37e9 }],
  ])("%s", (label, expected) => {
    expect(parseSizes(label)).toEqual({ label: label.trim(), ...expected });
  });

  it.each(["", "-", "?", "none", "apache-2.0", "non-commercial", "input 1B token"])(
    "returns undefined for %j",
    (label) => {
      expect(parseSizes(label)).toBeUndefined();
    },
  );
});

describe("parseActiveParams", () => {
  it("reads MoE(37B) from misc text", () => {
    expect(parseActiveParams("MoE(37B)")).toBe(37e9);
    expect(parseActiveParams("sparse, moe (2.7B)")).toBe(2.7e9);
    expect(parseActiveParams("MoE")).toBeUndefined();
  });
});

describe("formatParams", () => {
  it("uses the largest unit", () => {
    expect(formatParams(7e9)).toBe("7B");
    expect(formatParams(135e6)).toBe("135M");
    expect(formatParams(1.5e12)).toBe("1.5T");
  });
});
