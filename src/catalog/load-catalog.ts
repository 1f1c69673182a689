import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type * as z from "zod";
import {
  type Catalog,
  CatalogError,
  type Diagnostic,
  ENTRY_KINDS,
  ENTRY_SCHEMAS,
  type EntryKind,
  emptyCatalog,
  Id,
  SectionsFile,
} from "../core/index.js";
import { entryPath, sectionsPath } from "./catalog-paths.js";
import { createLocator, diagnosticAt, type Locator } from "./locate-issue.js";

export interface LoadResult {
  catalog: Catalog;
  /** Every problem found, in one pass; entries with errors are left out of `catalog`. */
  diagnostics: Diagnostic[];
  /** Relative file path of each loaded entry, keyed by `<kind>/<id>`. */
  files: Map<string, string>;
  /**
   * Finds field positions in each loaded file, keyed by `<kind>/<id>`, and `sections` for
   * `sections.yaml` — so lints can point at the real line and column of a field.
   */
  locators: Map<string, Locator>;
}

export interface LoadOptions {
  /** Fail with a CatalogError when the folder does not exist (instead of loading an empty catalogue). */
  mustExist?: boolean;
}

/**
 * Loads `catalog/` (one YAML file per entry plus `sections.yaml`), validating each file against its
 * schema and reporting problems as file:line:column with the field path.
 *
 * @example const { catalog, diagnostics } = await loadCatalog("catalog");
 */
export async function loadCatalog(catalogDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const catalog = emptyCatalog();
  const diagnostics: Diagnostic[] = [];
  const files = new Map<string, string>();
  const locators = new Map<string, Locator>();
  const display = (file: string) => path.relative(process.cwd(), file) || file;
  if (options.mustExist) await assertFolder(catalogDir);

  const sectionsFile = sectionsPath(catalogDir);
  const sectionsText = await readOptional(sectionsFile);
  if (sectionsText !== undefined) {
    const shown = display(sectionsFile);
    const parsed = parseYamlFile(shown, sectionsText, SectionsFile, diagnostics, (locator) =>
      locators.set("sections", locator),
    );
    if (parsed) catalog.sections = parsed.sections;
  }

  for (const kind of ENTRY_KINDS) {
    const dir = path.join(catalogDir, kind);
    for (const name of await listYamlFiles(dir, display, diagnostics)) {
      const id = name.slice(0, -".yaml".length);
      const file = entryPath(catalogDir, kind, id);
      const shown = display(file);
      if (!Id.safeParse(id).success) {
        diagnostics.push(
          fileDiagnostic(shown, `file name "${name}" is not a valid id (lowercase slug)`, "id/invalid"),
        );
        continue;
      }
      const text = await readFile(file, "utf8");
      let locator: Locator | undefined;
      const entry = parseYamlFile(shown, text, ENTRY_SCHEMAS[kind] as z.ZodType, diagnostics, (l) => {
        locator = l;
      });
      if (entry === undefined) continue;
      (catalog[kind] as unknown[]).push({ id, ...(entry as object) });
      files.set(`${kind}/${id}`, shown);
      if (locator) locators.set(`${kind}/${id}`, locator);
    }
  }
  sortCatalog(catalog);
  return { catalog, diagnostics, files, locators };
}

/** Entries in id order so every consumer sees the same order. */
export function sortCatalog(catalog: Catalog): void {
  for (const kind of ENTRY_KINDS) (catalog[kind] as { id: string }[]).sort((a, b) => compare(a.id, b.id));
}

/** Parses one YAML text against a schema, pushing located diagnostics; undefined when invalid. */
export function parseYamlFile<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
  diagnostics: Diagnostic[],
  onParsed?: (locator: Locator) => void,
): T | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length === 0) onParsed?.(createLocator(file, doc, lineCounter));
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      diagnostics.push({
        file,
        line: pos.line,
        column: pos.col,
        path: "",
        message: error.message.split("\n")[0] ?? error.message,
        rule: `yaml/${error.code.toLowerCase()}`,
        severity: "error",
      });
    }
    return undefined;
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  const found = result.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) =>
          diagnosticAt(
            file,
            doc,
            lineCounter,
            [...issue.path, key],
            `unknown field "${key}"`,
            "schema/unknown_field",
            "error",
            true,
          ),
        )
      : [diagnosticAt(file, doc, lineCounter, issue.path, issue.message, `schema/${issue.code}`)],
  );
  diagnostics.push(...found.sort((a, b) => a.line - b.line || a.column - b.column));
  return undefined;
}

// --- helpers ---

async function listYamlFiles(
  dir: string,
  display: (f: string) => string,
  diagnostics: Diagnostic[],
): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const yamlFiles: string[] = [];
  for (const name of names.sort(compare)) {
    if (name.endsWith(".yaml")) yamlFiles.push(name);
    else if (!name.startsWith(".")) {
      diagnostics.push(
        fileDiagnostic(
          display(path.join(dir, name)),
          `unexpected file: entries are <id>.yaml`,
          "layout/unexpected-file",
          "warning",
        ),
      );
    }
  }
  return yamlFiles;
}

function fileDiagnostic(
  file: string,
  message: string,
  rule: string,
  severity: Diagnostic["severity"] = "error",
): Diagnostic {
  return { file, line: 1, column: 1, path: "", message, rule, severity };
}

async function assertFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new CatalogError(
      `catalogue folder "${dir}" does not exist${info ? " (it is a file)" : ""}; pass --catalog DIR`,
    );
  }
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type { EntryKind };
