import { type Catalog, type EntryStatus, type Link, parseHfUrl, type Section } from "../core/index.js";
import { TRACKED_KINDS, type TrackedKind } from "./history-event.js";

/** An entry reduced to what the diff compares: identity clues, placement, and flattened fields. */
export interface SnapshotEntry {
  kind: TrackedKind;
  /** The importer's id in this version (not stable across versions: it follows the name). */
  id: string;
  name: string;
  status: EntryStatus;
  /** Section headings as written, unique, in document order ("" when above every heading). */
  headings: string[];
  /** First source line. */
  line: number;
  /** Flattened field (`released`, `training.pretraining`, `links`…) → comparable JSON text. */
  fields: Map<string, string>;
  /** Flattened field → value, for reporting what changed. */
  values: Map<string, unknown>;
  /** `model:owner/name`, `collection:…`, `org:owner` — lowercased Hugging Face references. */
  hf: string[];
}

/** One imported version: its tracked entries in document order and its section headings in order. */
export interface Snapshot {
  entries: SnapshotEntry[];
  headings: string[];
}

// Identity, placement and bookkeeping are compared separately (or not at all), never as fields.
// `medical` is inferred by the importer from the section an entry sits in, so it follows the section
// id rather than anything written in the row, and would change with the point a replay starts from.
const NOT_FIELDS = new Set(["id", "name", "status", "sections", "provenance", "corrections", "medical"]);
// Objects compared as a whole: their parts only make sense together (a size label and its numbers).
const WHOLE = new Set(["sizes"]);

/** An entry's flattened fields and Hugging Face keys, by its kind and content; shared by snapshots. */
export type SnapshotCache = Map<string, Pick<SnapshotEntry, "fields" | "values" | "hf">>;
const CACHE_LIMIT = 20_000;

/**
 * Reduces an imported catalogue to a snapshot. Empty values (`""`, `[]`, `{}`) count as absent and
 * arrays compare as sets, so an importer default or a reordered link list is not a change. With a
 * `cache` (one per replay), an entry whose fields are the same as in an earlier version is not
 * flattened again; snapshots then share those maps, which nobody may change.
 */
export function takeSnapshot(catalog: Catalog, cache?: SnapshotCache): Snapshot {
  const entries: SnapshotEntry[] = [];
  const licenseColumn = licenseColumns(catalog.sections ?? []);
  for (const kind of TRACKED_KINDS) {
    for (const entry of catalog[kind] ?? []) {
      const provenance = [...(entry.provenance ?? [])].sort((a, b) => a.line - b.line);
      const headings = unique(provenance.map((p) => p.section ?? ""));
      const flat = flattenCached(kind, entry as unknown as Record<string, unknown>, cache);
      let { fields, values } = flat;
      // A licence the registry does not know is left unset by the importer; its cell as written still
      // tells when it changed (`MSRA-license` → `MIT`).
      const first = provenance[0];
      const column = licenseColumn.get(first?.section ?? "");
      const cell = column === undefined ? "" : (first?.raw[column] ?? "").replace(/\s+/g, " ").trim();
      if (cell && !fields.has("license")) ({ fields, values } = withLicenseCell(flat, cell));
      entries.push({
        kind,
        id: entry.id,
        name: remember(names, entry.name, normalizeName),
        status: entry.status ?? "listed",
        headings: headings.length > 0 ? headings : [""],
        line: provenance[0]?.line ?? 0,
        fields,
        values,
        hf: flat.hf,
      });
    }
  }
  entries.sort((a, b) => a.line - b.line);
  return { entries, headings: unique(entries.flatMap((e) => e.headings)) };
}

/** NFKC with whitespace collapsed: the form in which two names count as the same name. */
export function normalizeName(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, " ").trim();
}

// --- helpers ---

// Names and licence cells repeat in every version of a list; NFKC is not free.
const names = new Map<string, string>();
const cellKeys = new Map<string, string>();
// With a licence cell, an unchanged entry still shares its maps with the version before.
const withCell = new WeakMap<object, Map<string, Pick<SnapshotEntry, "fields" | "values">>>();

function remember(memo: Map<string, string>, text: string, compute: (text: string) => string): string {
  let value = memo.get(text);
  if (value === undefined) {
    if (memo.size >= CACHE_LIMIT) memo.clear();
    value = compute(text);
    memo.set(text, value);
  }
  return value;
}

/** The fields plus the licence cell as written, for an entry whose licence the registry does not know. */
function withLicenseCell(
  flat: Pick<SnapshotEntry, "fields" | "values">,
  cell: string,
): Pick<SnapshotEntry, "fields" | "values"> {
  const key = remember(cellKeys, cell, licenseCellKey);
  if (!key) return flat;
  let byCell = withCell.get(flat);
  if (!byCell) {
    byCell = new Map();
    withCell.set(flat, byCell);
  }
  let out = byCell.get(key);
  if (!out) {
    out = { fields: new Map(flat.fields), values: new Map(flat.values) };
    out.fields.set("license", stableJson(`cell:${key}`));
    out.values.set("license", cell);
    byCell.set(key, out);
  }
  return out;
}

/** A licence cell as compared: link syntax, case, spaces, hyphens and underscores ignored; "" when empty. */
function licenseCellKey(cell: string): string {
  const plain = cell.replace(
    /\[([^\]]*)\]\(([^)]*)\)/g,
    (_m, label: string, url: string) => `${label} ${url}`,
  );
  const key = plain
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_]+/g, "");
  return /^[?？]*$/.test(key) ? "" : key;
}

/** Section heading (title or alias) → index of its licence column in a row's raw cells. */
function licenseColumns(sections: readonly Section[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const section of sections) {
    const index = section.columns.findIndex((c) => /^licen[cs]e/i.test(c.trim()));
    if (index < 0) continue;
    for (const name of [section.title.en, section.title.ja, ...section.aliases])
      if (name) map.set(name, index);
  }
  return map;
}

function flattenCached(
  kind: TrackedKind,
  entry: Record<string, unknown>,
  cache: SnapshotCache | undefined,
): Pick<SnapshotEntry, "fields" | "values" | "hf"> {
  const compute = () => ({ ...flatten(entry), hf: hfKeys((entry.links as Link[] | undefined) ?? []) });
  if (!cache) return compute();
  // Everything flatten and hfKeys read: the entry without the keys they skip.
  const content: Record<string, unknown> = {};
  for (const key of Object.keys(entry)) if (!NOT_FIELDS.has(key)) content[key] = entry[key];
  const id = `${kind}\0${JSON.stringify(content)}`;
  let flat = cache.get(id);
  if (!flat) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    flat = compute();
    cache.set(id, flat);
  }
  return flat;
}

function flatten(entry: Record<string, unknown>): Pick<SnapshotEntry, "fields" | "values"> {
  const fields = new Map<string, string>();
  const values = new Map<string, unknown>();
  const put = (field: string, value: unknown) => {
    const normal = normalizeValue(field, value);
    if (normal === undefined) return;
    fields.set(field, stableJson(normal));
    values.set(field, normal);
  };
  for (const [key, value] of Object.entries(entry)) {
    if (NOT_FIELDS.has(key)) continue;
    if (isPlainObject(value) && !WHOLE.has(key)) {
      for (const [sub, subValue] of Object.entries(value)) put(`${key}.${sub}`, subValue);
    } else put(key, value);
  }
  return { fields, values };
}

function normalizeValue(field: string, value: unknown): unknown {
  if (value === undefined || value === null || value === "") return undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    // Links are the same link when the target and its role are; labels ("HF", "link") are display.
    const items = field === "links" ? (value as Link[]).map((l) => `${l.rel} ${l.url}`) : value;
    const keyed = items.map((item) => [stableJson(item), item] as const);
    return keyed.sort((a, b) => compare(a[0], b[0])).map(([, item]) => item);
  }
  if (isPlainObject(value) && Object.keys(value).length === 0) return undefined;
  return value;
}

function hfKeys(links: readonly Link[]): string[] {
  const keys = new Set<string>();
  for (const link of links) {
    const ref = link.hf ?? parseHfUrl(link.url);
    if (ref) keys.add(`${ref.type}:${ref.id.toLowerCase()}`);
  }
  return [...keys];
}

/** JSON with object keys sorted, so equal values give equal text. */
export function stableJson(value: unknown): string {
  // Fast path for what most fields hold: scalars and arrays of scalars have no keys to sort.
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null))
    return JSON.stringify(value);
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => compare(a, b))) : v,
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
