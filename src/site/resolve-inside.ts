import path from "node:path";

/**
 * The absolute path of `relative` inside `root`, or an Error when it would land outside (`..`, an
 * absolute path, a NUL byte). Guards the static build against route paths that escape the output folder.
 *
 * @example resolveInside("/out", "en/index.html") // "/out/en/index.html"
 */
export function resolveInside(root: string, relative: string): string {
  if (relative.includes("\0")) throw new Error(`path contains a NUL byte: ${JSON.stringify(relative)}`);
  const base = path.resolve(root);
  const target = path.resolve(base, relative);
  if (path.isAbsolute(relative) || (target !== base && !target.startsWith(base + path.sep))) {
    throw new Error(`path escapes the output folder: ${JSON.stringify(relative)}`);
  }
  return target;
}
