import { parseSizes, type Sizes } from "../core/index.js";
import type { Anomaly } from "./import-types.js";

const EMPTY = /^(|-|–|—|\?|n\/a)$/i;

/**
 * Reads a size cell through core's parseSizes, adding the active parameters a misc `MoE(37B)` gave.
 * An unreadable size keeps its label (for rendering) with no numbers, and is reported.
 */
export function readSizes(
  text: string,
  active: number | undefined,
  report: (kind: string, severity: Anomaly["severity"], message: string) => void,
): Sizes | undefined {
  const label = text.trim();
  const parsed = EMPTY.test(label) ? undefined : parseSizes(label);
  if (!EMPTY.test(label) && !parsed)
    report("size/unparsed", "warning", `size "${label}" is not a size notation`);
  if (!parsed && active === undefined) return EMPTY.test(label) ? undefined : { label, params: [] };
  const sizes: Sizes = parsed ?? { label, params: [] };
  return active !== undefined && sizes.active === undefined ? { ...sizes, active } : sizes;
}
