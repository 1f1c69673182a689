/**
 * The valid values closest to a mistyped one (edit distance, prefix and substring matches), best first.
 * Lives in core so every layer (catalogue lints, query flags) suggests the same way; query's
 * `didYouMean` predates it and can become a re-export of this.
 *
 * @example closestMatches("medcal", ["medical", "general"]) // ["medical"]
 */
export function closestMatches(input: string, valid: Iterable<string>, max = 3): string[] {
  const needle = input.normalize("NFKC").toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  const scored: { value: string; score: number }[] = [];
  for (const value of new Set(valid)) {
    const hay = value.normalize("NFKC").toLowerCase();
    let score = editDistance(needle, hay);
    if (hay.startsWith(needle) || needle.startsWith(hay)) score = Math.min(score, 1);
    else if (needle.length >= 3 && hay.includes(needle)) score = Math.min(score, 2);
    if (score <= limit) scored.push({ value, score });
  }
  scored.sort((a, b) => a.score - b.score || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return scored.slice(0, max).map((s) => s.value);
}

// --- helpers ---

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
