import { UsageError } from "../core/index.js";

const UNIT: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/**
 * Parses a parameter count as people write it on a command line or in a URL.
 *
 * @example parseParamCount("1B", "min_params")   // 1e9
 * @example parseParamCount("500m", "max_params") // 5e8
 */
export function parseParamCount(text: string, parameter: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmbt])?$/i.exec(text.normalize("NFKC").trim());
  if (!match) {
    throw new UsageError(
      `${parameter}: "${text}" is not a parameter count (examples: 500M, 1B, 7.5B, 1T)`,
      parameter,
    );
  }
  const unit = match[2] ? UNIT[match[2].toUpperCase()]! : 1;
  return Math.round(Number(match[1]) * unit);
}
