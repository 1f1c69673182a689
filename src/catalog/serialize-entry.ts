import { stringify } from "yaml";
import type * as z from "zod";
import { ENTRY_SCHEMAS, type EntryKind, SectionsFile } from "../core/index.js";

/**
 * Serialises an entry to YAML with keys in schema order, leaving out the id (the file name), unset
 * fields, empty lists and default values, so files stay short and diffs stay small.
 */
export function serializeEntry(kind: EntryKind, entry: object): string {
  const { id: _id, ...fields } = entry as Record<string, unknown>;
  return toYaml(prune(fields, ENTRY_SCHEMAS[kind]));
}

export function serializeSections(sections: SectionsFile["sections"]): string {
  return toYaml({ sections: sections.map((s) => prune(s, SectionsFile.shape.sections.element)) });
}

// --- helpers ---

const DEFAULTS: Record<string, unknown> = { status: "listed", availability: "unknown", highlight: false };

function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, indent: 2, aliasDuplicateObjects: false });
}

function prune(value: Record<string, unknown>, schema: z.ZodType): Record<string, unknown> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  const keys = shape
    ? [...Object.keys(shape), ...Object.keys(value).filter((k) => !(k in shape))]
    : Object.keys(value);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const v = clean(value[key]);
    if (v === undefined || DEFAULTS[key] === v) continue;
    out[key] = v;
  }
  return out;
}

function clean(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(clean).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, clean(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}
