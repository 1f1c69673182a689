import type { Catalog, Diagnostic } from "../core/index.js";

/**
 * Lints a schema-valid catalogue: cross-references and plausibility checks that a schema cannot
 * express. `files` maps `<kind>/<id>` to the file the entry came from.
 */
export function lintCatalog(catalog: Catalog, files: ReadonlyMap<string, string>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const licenseIds = new Set(catalog.licenses.map((l) => l.id));
  const sectionIds = new Set(catalog.sections.map((s) => s.id));
  for (const model of catalog.models) {
    const file = files.get(`models/${model.id}`) ?? `models/${model.id}.yaml`;
    if (model.license && !licenseIds.has(model.license)) {
      diagnostics.push(at(file, "license", `unknown licence "${model.license}"`, "license/unknown"));
    }
    for (const section of model.sections) {
      if (!sectionIds.has(section))
        diagnostics.push(at(file, "sections", `unknown section "${section}"`, "section/unknown"));
    }
  }
  return diagnostics;
}

function at(file: string, path: string, message: string, rule: string): Diagnostic {
  return { file, line: 1, column: 1, path, message, rule, severity: "error" };
}
