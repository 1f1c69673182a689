import { closestMatches } from "../core/index.js";

/**
 * The valid values closest to a mistyped one, best first (core's `closestMatches`, kept under this
 * name because the query API exported it first).
 *
 * @example didYouMean("medcal", ["medical", "general"]) // ["medical"]
 */
export function didYouMean(input: string, valid: readonly string[], max = 3): string[] {
  return closestMatches(input, valid, max);
}
