/** A browser script as shipped: comment lines and indentation dropped (no script has multi-line strings). */
export function shipped(source: string): string {
  return source.replace(/^[ \t]*\/\/.*\n/gm, "").replace(/^[ \t]+/gm, "");
}
