import type { Diagnostic } from "../core/index.js";
import { lintCatalog } from "./lint-catalog.js";
import { loadCatalog } from "./load-catalog.js";

/** Schema validation plus lints, as one list of diagnostics sorted by file and line. */
export async function checkCatalog(catalogDir: string): Promise<Diagnostic[]> {
  const { catalog, diagnostics, files } = await loadCatalog(catalogDir);
  const all = [...diagnostics, ...lintCatalog(catalog, files)];
  return all.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
  );
}
