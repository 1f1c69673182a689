import type { Diagnostic } from "../core/index.js";
import { lintCatalog } from "./lint-catalog.js";
import { loadCatalog } from "./load-catalog.js";

export interface CheckOptions {
  /** Today as `YYYY-MM-DD` for future-date checks. Default: the current UTC date. */
  today?: string;
}

/**
 * Schema validation plus lints, as one list of diagnostics sorted by file, line and column.
 * Throws CatalogError when the folder does not exist (an empty result would read as "all good").
 *
 * @example const diagnostics = await checkCatalog("catalog", { today: "2025-06-01" });
 */
export async function checkCatalog(catalogDir: string, options: CheckOptions = {}): Promise<Diagnostic[]> {
  const { catalog, diagnostics, files, locators } = await loadCatalog(catalogDir, { mustExist: true });
  const all = [...diagnostics, ...lintCatalog(catalog, files, { locators, today: options.today })];
  return all.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}
