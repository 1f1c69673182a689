/**
 * Turns a display name into a stable id: lowercase ASCII, digits, `.`, `-`.
 * Non-ASCII names (e.g. Japanese) keep their letters only if nothing ASCII remains, as a hex fallback.
 *
 * @example slugify("Qwen 2.5 (Alibaba)") // "qwen-2.5-alibaba"
 */
export function slugify(name: string): string {
  const ascii = name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\+/g, "-plus")
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/^[-.]+|[-.]+$/g, "")
    .replace(/-{2,}/g, "-");
  if (ascii) return ascii;
  return `x-${Buffer.from(name.normalize("NFKC"), "utf8").toString("hex").slice(0, 24)}`;
}

/** Returns `base`, or `base-2`, `base-3`… whichever is not yet taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
