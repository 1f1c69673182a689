import { describe, expect, it } from "vitest";
import { type LabelCandidate, placeLabels } from "./place-labels.js";

const bounds = { left: 0, right: 960, top: 0, bottom: 440 };
const options = { max: 12, fontSize: 11, bounds };

function boxes(candidates: LabelCandidate[], placed: ReturnType<typeof placeLabels>) {
  return candidates
    .filter((c) => placed.has(c.id))
    .map((c) => {
      const p = placed.get(c.id)!;
      const width = c.text.length * 0.62 * 11;
      return {
        id: c.id,
        left: p.anchor === "start" ? p.x : p.x - width,
        right: p.anchor === "start" ? p.x + width : p.x,
        top: p.y - 11,
        bottom: p.y + 3.3,
      };
    });
}

describe("placeLabels", () => {
  it("puts a lone label above and to the right of its point", () => {
    const placed = placeLabels([{ id: "a", text: "Qwen3", x: 100, y: 100 }], options);
    expect(placed.get("a")).toEqual({ x: 106, y: 94, anchor: "start" });
  });

  it("moves the second of two points at the same place to another side", () => {
    const candidates = [
      { id: "v3", text: "DeepSeek-V3", x: 500, y: 50 },
      { id: "r1", text: "DeepSeek-R1", x: 500, y: 50 },
    ];
    const placed = placeLabels(candidates, options);
    expect(placed.get("v3")).toEqual({ x: 506, y: 44, anchor: "start" });
    expect(placed.get("r1")).toEqual({ x: 506, y: 64, anchor: "start" });
  });

  it("never overlaps two labels, and leaves out those with no free spot", () => {
    // Twelve points on top of each other: only four spots exist around them.
    const candidates = Array.from({ length: 12 }, (_, i) => ({
      id: `m${i}`,
      text: `Model ${i}`,
      x: 480,
      y: 200,
    }));
    const placed = placeLabels(candidates, options);
    expect(placed.size).toBe(4);
    const b = boxes(candidates, placed);
    for (const [i, x] of b.entries()) {
      for (const y of b.slice(i + 1)) {
        expect(
          x.left < y.right && y.left < x.right && x.top < y.bottom && y.top < x.bottom,
          `${x.id} vs ${y.id}`,
        ).toBe(false);
      }
    }
  });

  it("keeps labels inside the chart, turning them left at the right edge", () => {
    const placed = placeLabels([{ id: "edge", text: "DeepSeek-V3-0324", x: 950, y: 100 }], options);
    expect(placed.get("edge")).toEqual({ x: 944, y: 94, anchor: "end" });
  });

  it("counts full-width characters as wider than Latin ones", () => {
    // 15 kana need ~165 units: they do not fit right of x = 800 but do to the left.
    const placed = placeLabels(
      [{ id: "ja", text: "あいうえおかきくけこさしすせそ", x: 800, y: 100 }],
      options,
    );
    expect(placed.get("ja")?.anchor).toBe("end");
    const latin = placeLabels([{ id: "en", text: "abcdefghijklmno", x: 800, y: 100 }], options);
    expect(latin.get("en")?.anchor).toBe("start");
  });

  it("stops at max labels, in the candidates' order", () => {
    const candidates = Array.from({ length: 20 }, (_, i) => ({
      id: `m${i}`,
      text: "x",
      x: 40 * i + 20,
      y: 200,
    }));
    const placed = placeLabels(candidates, { ...options, max: 5 });
    expect([...placed.keys()]).toEqual(["m0", "m1", "m2", "m3", "m4"]);
  });
});
