import type { Catalog, Diagnostic } from "../core/index.js";
import { createLintContext } from "./lint-context.js";
import { lintDuplicates } from "./lint-duplicates.js";
import { lintLinks } from "./lint-links.js";
import { lintPlausibility } from "./lint-plausibility.js";
import { lintReferences } from "./lint-references.js";
import type { Locator } from "./locate-issue.js";

export interface LintOptions {
  /** Field locators from `loadCatalog`; without them diagnostics point at line 1 of the file. */
  locators?: ReadonlyMap<string, Locator>;
  /** Today as `YYYY-MM-DD` for future-date checks. Default: the current UTC date. */
  today?: string;
}

/**
 * Lints a schema-valid catalogue: cross-references and plausibility checks that a schema cannot
 * express — unknown or alias-spelled licences, unknown sections, dangling ids, implausible or future
 * dates, duplicates, malformed links, size labels that disagree with their numbers. `files` maps
 * `<kind>/<id>` to the file each entry came from.
 *
 * @example const { catalog, files, locators } = await loadCatalog("catalog");
 *          lintCatalog(catalog, files, { locators, today: "2025-06-01" });
 */
export function lintCatalog(
  catalog: Catalog,
  files: ReadonlyMap<string, string>,
  options: LintOptions = {},
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new TypeError(`today must be YYYY-MM-DD, got "${today}"`);
  const ctx = createLintContext(catalog, files, options.locators ?? new Map(), today, diagnostics);
  lintReferences(ctx);
  lintPlausibility(ctx);
  lintLinks(ctx);
  lintDuplicates(ctx);
  return diagnostics;
}
