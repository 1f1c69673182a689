import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseYamlFile } from "../catalog/index.js";
import { type Diagnostic, type WatchedAuthor, WatchFile } from "../core/index.js";

/** `<catalog>/watch.yaml` */
export function watchListPath(catalogDir: string): string {
  return path.join(catalogDir, "watch.yaml");
}

/**
 * Reads the organisations and authors `discover` watches, with located diagnostics for a bad file.
 * A missing file is an empty list (discover then says what to create).
 */
export async function loadWatchList(
  catalogDir: string,
): Promise<{ watch: WatchedAuthor[]; diagnostics: Diagnostic[]; exists: boolean }> {
  const file = watchListPath(catalogDir);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      return { watch: [], diagnostics: [], exists: false };
    throw error;
  }
  const diagnostics: Diagnostic[] = [];
  const shown = path.relative(process.cwd(), file) || file;
  const parsed = parseYamlFile(shown, text, WatchFile, diagnostics);
  const watch = parsed?.watch ?? [];
  const seen = new Set<string>();
  watch.forEach((w, i) => {
    if (seen.has(w.author.toLowerCase())) {
      diagnostics.push({
        file: shown,
        line: lineOf(text, w.author),
        column: 1,
        path: `watch.${i}.author`,
        message: `"${w.author}" is watched twice`,
        rule: "watch/duplicate",
        severity: "warning",
      });
    }
    seen.add(w.author.toLowerCase());
  });
  return { watch, diagnostics, exists: true };
}

function lineOf(text: string, needle: string): number {
  const lines = text.split("\n");
  let found = 0;
  lines.forEach((l, i) => {
    if (l.includes(needle)) found = i + 1;
  });
  return found || 1;
}
