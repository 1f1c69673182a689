import path from "node:path";
import type { EntryKind } from "../core/index.js";

/** `catalog/<kind>/<id>.yaml` — the file name is the id. */
export function entryPath(catalogDir: string, kind: EntryKind, id: string): string {
  return path.join(catalogDir, kind, `${id}.yaml`);
}

export function sectionsPath(catalogDir: string): string {
  return path.join(catalogDir, "sections.yaml");
}
