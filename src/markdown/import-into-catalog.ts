import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadCatalog, saveCatalog, withCatalogLock } from "../catalog/index.js";
import { type Catalog, CatalogError, countErrors, type Diagnostic, ENTRY_KINDS } from "../core/index.js";
import { importList } from "./import-list.js";
import type { Anomaly } from "./import-types.js";
import { mergeImport } from "./merge-import.js";
import { shippedCatalogDir } from "./shipped-catalog-dir.js";

export interface ImportFileOptions {
  /** Compute everything, write nothing. */
  dryRun?: boolean;
}

export interface ImportFileResult {
  /** Source name recorded in provenance (the file's base name). */
  source: string;
  anomalies: Anomaly[];
  conflicts: Anomaly[];
  /** Relative paths created, changed, and the number of entry files left as they were. */
  created: string[];
  updated: string[];
  unchanged: number;
}

/**
 * Imports a markdown list into a catalogue folder: read, `importList`, `mergeImport`, `saveCatalog`
 * (atomic, locked, validated before anything is written). An empty folder gets the licences and
 * sections shipped with the package. Unreadable, binary, truncated or non-list input throws
 * CatalogError naming the file, and nothing is written.
 */
export async function importIntoCatalog(
  file: string,
  catalogDir: string,
  options: ImportFileOptions = {},
): Promise<ImportFileResult> {
  const text = await readText(file);
  const existing = await loadCatalog(catalogDir);
  if (countErrors(existing.diagnostics) > 0) {
    throw new CatalogError(
      `the catalogue in ${catalogDir} has errors; fix them before importing`,
      existing.diagnostics,
    );
  }
  const target = existing.catalog;
  await addShippedRegistry(target, catalogDir);
  const source = path.basename(file);
  const { catalog: imported, anomalies } = importList(text, {
    source,
    licenses: target.licenses,
    sections: target.sections,
  });
  const entries = imported.models.length + imported.news.length + imported.benchmarks.length;
  const errors = anomalies.filter((a) => a.severity === "error");
  if (errors.length > 0) {
    throw new CatalogError(
      `${file} cannot be imported (${errors.length} errors); nothing written`,
      toDiagnostics(file, errors),
    );
  }
  if (entries + imported.datasets.length + imported.leaderboards.length === 0) {
    throw new CatalogError(
      `${file} does not look like a markdown list: no model tables, news or resource bullets found; nothing written`,
    );
  }
  // Read, merge and write in one critical section so a concurrent sync cannot be overwritten.
  const mergeAndSave = async () => {
    const current = options.dryRun ? existing : await loadCatalog(catalogDir);
    if (countErrors(current.diagnostics) > 0) {
      throw new CatalogError(
        `the catalogue in ${catalogDir} has errors; nothing written`,
        current.diagnostics,
      );
    }
    await addShippedRegistry(current.catalog, catalogDir);
    const merged = mergeImport(current.catalog, imported);
    const saved = await saveCatalog(
      catalogDir,
      merged.catalog,
      options.dryRun ? { dryRun: true } : { locked: true },
    );
    return { ...merged, saved, before: current.files };
  };
  const {
    catalog,
    conflicts,
    saved,
    before: files,
  } = options.dryRun ? await mergeAndSave() : await withCatalogLock(catalogDir, mergeAndSave);
  const before = new Set([...files.keys()].map((k) => `${k}.yaml`));
  const total = ENTRY_KINDS.reduce((n, kind) => n + catalog[kind].length, 0);
  const created = saved.written.filter((f) => f !== "sections.yaml" && !before.has(f));
  const updated = saved.written.filter((f) => f !== "sections.yaml" && before.has(f));
  return {
    source,
    anomalies,
    conflicts,
    created,
    updated,
    unchanged: total - created.length - updated.length,
  };
}

/** Anomalies in the compiler-style shape `check` prints. */
export function toDiagnostics(file: string, anomalies: readonly Anomaly[]): Diagnostic[] {
  return anomalies.map((a) => ({
    file,
    line: a.line,
    column: 1,
    path: a.entry ?? "",
    message: a.message,
    rule: a.kind,
    severity: a.severity,
  }));
}

// --- helpers ---

async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : String(code ?? error);
    throw new CatalogError(`cannot read ${file}: ${why}`);
  }
  if (bytes.includes(0)) throw new CatalogError(`${file} is a binary file (NUL bytes), not a markdown list`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new CatalogError(`${file} is not UTF-8 text, not a markdown list`);
  }
}

/** An empty catalogue borrows the shipped licence registry and sections so licences still resolve. */
async function addShippedRegistry(target: Catalog, catalogDir: string): Promise<void> {
  if (target.licenses.length > 0 && target.sections.length > 0) return;
  const shipped = shippedCatalogDir();
  if (path.resolve(shipped) === path.resolve(catalogDir)) return;
  const { catalog } = await loadCatalog(shipped);
  if (target.licenses.length === 0) target.licenses = catalog.licenses;
  if (target.sections.length === 0) target.sections = catalog.sections;
}
