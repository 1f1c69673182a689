import type { Catalog, Diagnostic } from "../core/index.js";
import type { Locator } from "./locate-issue.js";

/** What every lint rule sees: the catalogue, where each entry came from, and today's date. */
export interface LintContext {
  catalog: Catalog;
  /** Today as `YYYY-MM-DD`, for "in the future" checks (a parameter so tests are stable). */
  today: string;
  /** Reports a problem at a field of an entry (`models/qwen3`, or `sections` for sections.yaml). */
  report(
    key: string,
    fieldPath: readonly PropertyKey[],
    message: string,
    rule: string,
    severity?: Diagnostic["severity"],
  ): void;
  /** The file an entry was loaded from, for messages that name a second file. */
  fileOf(key: string): string;
}

export function createLintContext(
  catalog: Catalog,
  files: ReadonlyMap<string, string>,
  locators: ReadonlyMap<string, Locator>,
  today: string,
  diagnostics: Diagnostic[],
): LintContext {
  const fileOf = (key: string) =>
    locators.get(key)?.file ?? files.get(key) ?? (key === "sections" ? "sections.yaml" : `${key}.yaml`);
  return {
    catalog,
    today,
    fileOf,
    report(key, fieldPath, message, rule, severity = "error") {
      const locator = locators.get(key);
      diagnostics.push(
        locator
          ? locator.diagnostic(fieldPath, message, rule, severity)
          : {
              file: fileOf(key),
              line: 1,
              column: 1,
              path: fieldPath.map(String).join("."),
              message,
              rule,
              severity,
            },
      );
    },
  };
}
