import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import type * as z from "zod";
import {
  type Catalog,
  CatalogError,
  type Diagnostic,
  ENTRY_KINDS,
  ENTRY_SCHEMAS,
  type EntryKind,
  Id,
  SectionsFile,
} from "../core/index.js";
import { entryPath } from "./catalog-paths.js";
import { serializeEntry, serializeSections } from "./serialize-entry.js";
import { withCatalogLock } from "./with-catalog-lock.js";
import { writeFileAtomic } from "./write-file-atomic.js";

export interface SaveOptions {
  /** Delete entry files that are not in `catalog` (a full rewrite). Default: keep them. */
  prune?: boolean;
  /** Compute what would change without writing. */
  dryRun?: boolean;
  /** The caller already holds `withCatalogLock` (a read-merge-write in one critical section). */
  locked?: boolean;
}

export interface SaveResult {
  /** Relative paths (`models/x.yaml`) created or changed. */
  written: string[];
  removed: string[];
}

/**
 * Writes a catalogue to disk under the catalogue lock. Every entry is validated first, so invalid data
 * writes nothing; each file is replaced atomically and unchanged files are not touched.
 */
export async function saveCatalog(
  catalogDir: string,
  catalog: Catalog,
  options: SaveOptions = {},
): Promise<SaveResult> {
  const files = renderFiles(catalog);
  const run = async () => {
    const result: SaveResult = { written: [], removed: [] };
    for (const [relative, text] of files) {
      const file = path.join(catalogDir, relative);
      if ((await readOptional(file)) === text) continue;
      result.written.push(relative);
      if (!options.dryRun) await writeFileAtomic(file, text);
    }
    if (options.prune) {
      for (const kind of ENTRY_KINDS) {
        for (const name of await listYaml(path.join(catalogDir, kind))) {
          const relative = `${kind}/${name}`;
          if (files.has(relative)) continue;
          result.removed.push(relative);
          if (!options.dryRun) await rm(path.join(catalogDir, relative));
        }
      }
    }
    return result;
  };
  return options.dryRun || options.locked ? run() : withCatalogLock(catalogDir, run);
}

/** Validates every entry and renders it to YAML text, keyed by relative path. */
function renderFiles(catalog: Catalog): Map<string, string> {
  const diagnostics: Diagnostic[] = [];
  const files = new Map<string, string>();
  for (const kind of ENTRY_KINDS) {
    for (const entry of catalog[kind] as { id: string }[]) {
      const relative = path.relative(".", entryPath(".", kind, entry.id));
      if (!validate(kind, entry, relative, diagnostics)) continue;
      if (files.has(relative)) {
        diagnostics.push(problem(relative, "", `duplicate id "${entry.id}"`, "id/duplicate"));
        continue;
      }
      files.set(relative, serializeEntry(kind, entry));
    }
  }
  if (catalog.sections.length > 0) {
    const parsed = SectionsFile.safeParse({ sections: catalog.sections });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        diagnostics.push(
          problem("sections.yaml", issue.path.join("."), issue.message, `schema/${issue.code}`),
        );
      }
    } else files.set("sections.yaml", serializeSections(parsed.data.sections));
  }
  if (diagnostics.length > 0) {
    throw new CatalogError(
      `refusing to write an invalid catalogue (${diagnostics.length} problems)`,
      diagnostics,
    );
  }
  return files;
}

function validate(kind: EntryKind, entry: { id: string }, file: string, diagnostics: Diagnostic[]): boolean {
  let ok = true;
  if (!Id.safeParse(entry.id).success) {
    diagnostics.push(problem(file, "id", `invalid id "${entry.id}"`, "id/invalid"));
    ok = false;
  }
  const { id: _id, ...fields } = entry;
  const result = (ENTRY_SCHEMAS[kind] as z.ZodType).safeParse(fields);
  if (!result.success) {
    for (const issue of result.error.issues) {
      diagnostics.push(problem(file, issue.path.join("."), issue.message, `schema/${issue.code}`));
    }
    ok = false;
  }
  return ok;
}

function problem(file: string, fieldPath: string, message: string, rule: string): Diagnostic {
  return { file, line: 1, column: 1, path: fieldPath, message, rule, severity: "error" };
}

async function readOptional(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return undefined;
  }
}

async function listYaml(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((n) => n.endsWith(".yaml"));
  } catch {
    return [];
  }
}
