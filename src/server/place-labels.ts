/** A text label beside a point, in SVG user units; `anchor` is the SVG text-anchor. */
export interface PlacedLabel {
  x: number;
  y: number;
  anchor: "start" | "end";
}

export interface LabelCandidate {
  id: string;
  text: string;
  /** The point's centre. */
  x: number;
  y: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Offsets from the point tried in order: above right, below right, above left, below left. */
const SPOTS: { dx: number; dy: number; anchor: PlacedLabel["anchor"] }[] = [
  { dx: 6, dy: -6, anchor: "start" },
  { dx: 6, dy: 14, anchor: "start" },
  { dx: -6, dy: -6, anchor: "end" },
  { dx: -6, dy: 14, anchor: "end" },
];

/**
 * Places up to `max` labels, in the candidates' order, each at the first spot beside its point where it
 * overlaps no label placed before it and stays inside `bounds`; a candidate with no free spot gets no
 * label. Widths are estimated from the text (full-width characters count as one em, others as 0.62 em),
 * since the server cannot measure rendered text.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: { max: number; fontSize: number; bounds: Box },
): Map<string, PlacedLabel> {
  const placed = new Map<string, PlacedLabel>();
  const taken: Box[] = [];
  const { fontSize, bounds } = options;
  for (const c of candidates) {
    if (placed.size >= options.max) break;
    const width = textWidth(c.text, fontSize);
    for (const spot of SPOTS) {
      const x = c.x + spot.dx;
      const y = c.y + spot.dy;
      const box: Box = {
        left: spot.anchor === "start" ? x : x - width,
        right: spot.anchor === "start" ? x + width : x,
        top: y - fontSize,
        bottom: y + fontSize * 0.3,
      };
      if (!inside(box, bounds) || taken.some((t) => overlaps(t, box))) continue;
      taken.push(box);
      placed.set(c.id, { x, y, anchor: spot.anchor });
      break;
    }
  }
  return placed;
}

function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.62;
  return ems * fontSize;
}

// CJK ideographs, kana, Hangul and full-width forms.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function inside(box: Box, bounds: Box): boolean {
  return (
    box.left >= bounds.left &&
    box.right <= bounds.right &&
    box.top >= bounds.top &&
    box.bottom <= bounds.bottom
  );
}
