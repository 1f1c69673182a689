/** Search normal form: NFKC (full-width ＱＷＥＮ → QWEN, half-width ｽﾜﾛｰ → スワロー) and case folding. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}
