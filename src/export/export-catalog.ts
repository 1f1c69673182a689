import type * as z from "zod";
import {
  type Catalog,
  CatalogError,
  type Diagnostic,
  ENTRY_KINDS,
  ENTRY_SCHEMAS,
  type EntryKind,
  SectionsFile,
} from "../core/index.js";

/** The whole catalogue as plain JSON data: the shape of `export --format json` and the JSON API. */
export type CatalogExport = Catalog;

/**
 * The catalogue with every field present (schema defaults filled in, `id` first, keys in schema
 * order), so consumers see the same shape for every entry. Throws CatalogError if an entry does not
 * satisfy its schema (a loaded catalogue always does).
 *
 * @example encodeJson(exportCatalog((await loadCatalog("catalog")).catalog))
 */
export function exportCatalog(catalog: Catalog): CatalogExport {
  const diagnostics: Diagnostic[] = [];
  const out = { sections: [] } as unknown as Record<EntryKind | "sections", unknown[]>;
  for (const kind of ENTRY_KINDS) {
    out[kind] = (catalog[kind] as { id: string }[]).map((entry) => {
      const { id, ...fields } = entry;
      const parsed = (ENTRY_SCHEMAS[kind] as z.ZodType).safeParse(fields);
      if (parsed.success) return { id, ...(parsed.data as object) };
      for (const issue of parsed.error.issues) diagnostics.push(problem(`${kind}/${id}`, issue));
      return entry;
    });
  }
  const sections = SectionsFile.safeParse({ sections: catalog.sections });
  if (sections.success) out.sections = sections.data.sections;
  else for (const issue of sections.error.issues) diagnostics.push(problem("sections", issue));
  if (diagnostics.length > 0) throw new CatalogError("cannot export an invalid catalogue", diagnostics);
  return {
    models: out.models,
    benchmarks: out.benchmarks,
    datasets: out.datasets,
    leaderboards: out.leaderboards,
    news: out.news,
    licenses: out.licenses,
    sections: out.sections,
  } as CatalogExport;
}

function problem(where: string, issue: z.core.$ZodIssue): Diagnostic {
  return {
    file: where,
    line: 1,
    column: 1,
    path: issue.path.map(String).join("."),
    message: issue.message,
    rule: `schema/${issue.code}`,
    severity: "error",
  };
}
