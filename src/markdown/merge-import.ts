import { type Catalog, ENTRY_SCHEMAS, type Model, type Section } from "../core/index.js";
import { nameKey } from "./build-models.js";
import type { Anomaly } from "./import-types.js";

type MergedKind = "models" | "benchmarks" | "datasets" | "leaderboards" | "news";
const KINDS: MergedKind[] = ["benchmarks", "datasets", "leaderboards", "models", "news"];
type Entry = {
  id: string;
  provenance: { source: string; raw: string[] }[];
  corrections: { by: string; field: string }[];
};

/**
 * Merges a fresh import into an existing catalogue without clobbering curated edits. Entries are matched
 * by id, Hugging Face link, then name. A field keeps its catalogue value when a curator correction names
 * it, or when the source rows are unchanged since the last import (so any difference is a hand edit);
 * both are reported as conflicts. Provenance from the imported source is replaced; nothing is deleted.
 *
 * @example const { catalog, conflicts } = mergeImport(await loadCatalog(dir).catalog, importList(md, opts).catalog);
 */
export function mergeImport(
  existing: Catalog,
  imported: Catalog,
): { catalog: Catalog; conflicts: Anomaly[] } {
  const conflicts: Anomaly[] = [];
  const catalog: Catalog = structuredClone(existing);
  const idMaps = new Map<MergedKind, Map<string, string>>();
  const matches = new Map<MergedKind, Map<string, Entry | undefined>>();
  for (const kind of KINDS) {
    const { idMap, matched } = matchEntries(
      catalog[kind] as unknown as Entry[],
      imported[kind] as unknown as Entry[],
    );
    idMaps.set(kind, idMap);
    matches.set(kind, matched);
  }
  for (const kind of KINDS) {
    const list = catalog[kind] as unknown as Entry[];
    const seen = new Set<string>();
    for (const entry of imported[kind] as unknown as Entry[]) {
      const incoming = remapIds(kind, structuredClone(entry), idMaps);
      const target = matches.get(kind)!.get(entry.id);
      if (!target) {
        // Schema order for nested keys too, so a second import serialises byte for byte the same.
        list.push({ id: incoming.id, ...normalize(ENTRY_SCHEMAS[kind], incoming) } as unknown as Entry);
        seen.add(incoming.id);
        continue;
      }
      seen.add(target.id);
      const merged = mergeEntry(kind, target, incoming, conflicts);
      list.splice(list.indexOf(target), 1, merged);
    }
    const sources = new Set(
      (imported[kind] as unknown as Entry[]).flatMap((e) => e.provenance.map((p) => p.source)),
    );
    for (const entry of list) {
      if (seen.has(entry.id) || !entry.provenance.some((p) => sources.has(p.source))) continue;
      conflicts.push({
        kind: "merge/not-in-source",
        line: 1,
        severity: "info",
        entry: entry.id,
        message: `${kind}/${entry.id} is no longer in the source; kept as it is`,
      });
    }
  }
  for (const license of imported.licenses) {
    if (!catalog.licenses.some((l) => l.id === license.id)) catalog.licenses.push(structuredClone(license));
  }
  catalog.sections = mergeSections(catalog.sections, imported.sections);
  return { catalog, conflicts };
}

// --- helpers ---

function matchEntries(existing: Entry[], imported: Entry[]) {
  const idMap = new Map<string, string>();
  const matched = new Map<string, Entry | undefined>();
  const used = new Set<Entry>();
  const taken = new Set(existing.map((e) => e.id));
  for (const entry of imported) {
    const target = [byId, byHf, byName]
      .map((find) =>
        find(
          entry,
          existing.filter((e) => !used.has(e)),
        ),
      )
      .find((e) => e !== undefined);
    if (target) {
      used.add(target);
      matched.set(entry.id, target);
      idMap.set(entry.id, target.id);
      continue;
    }
    let id = entry.id;
    for (let n = 2; taken.has(id); n++) id = `${entry.id}-${n}`;
    taken.add(id);
    idMap.set(entry.id, id);
    if (id !== entry.id) entry.id = id;
  }
  return { idMap, matched };
}

function byId(entry: Entry, candidates: Entry[]): Entry | undefined {
  const found = candidates.find((c) => c.id === entry.id);
  if (!found) return undefined;
  const a = entry as unknown as Partial<Model>;
  const b = found as unknown as Partial<Model>;
  // Same id but clearly another model (both dated, dates differ, no shared link): not a match.
  if (a.released && b.released && a.released !== b.released && !shareHf(a, b)) return undefined;
  return found;
}

function byHf(entry: Entry, candidates: Entry[]): Entry | undefined {
  const a = entry as unknown as Partial<Model>;
  return candidates.find((c) => shareHf(a, c as unknown as Partial<Model>));
}

function byName(entry: Entry, candidates: Entry[]): Entry | undefined {
  const a = entry as unknown as Partial<Model> & { date?: string };
  if (!a.name) return undefined;
  return candidates.find((c) => {
    const b = c as unknown as Partial<Model>;
    if (!b.name || nameKey(b.name) !== nameKey(a.name!)) return false;
    return !(a.released && b.released && a.released !== b.released);
  });
}

function shareHf(a: Partial<Model>, b: Partial<Model>): boolean {
  const ids = (m: Partial<Model>) =>
    (m.links ?? []).flatMap((l) => (l.hf && l.hf.type !== "org" ? [`${l.hf.type}:${l.hf.id}`] : []));
  const hb = ids(b);
  return ids(a).some((h) => hb.includes(h));
}

function remapIds(kind: MergedKind, entry: Entry, maps: Map<MergedKind, Map<string, string>>): Entry {
  entry.id = maps.get(kind)!.get(entry.id) ?? entry.id;
  const models = maps.get("models")!;
  const resources = (id: string) => maps.get("benchmarks")!.get(id) ?? maps.get("datasets")!.get(id) ?? id;
  const e = entry as unknown as Record<string, unknown>;
  if (kind === "models") {
    e.base_models = ((e.base_models as string[]) ?? []).map((id) => models.get(id) ?? id);
    e.scores = ((e.scores as { benchmark: string }[]) ?? []).map((s) => ({
      ...s,
      benchmark: resources(s.benchmark),
    }));
  }
  if (kind === "news") e.models = ((e.models as string[]) ?? []).map((id) => models.get(id) ?? id);
  return entry;
}

function mergeEntry(kind: MergedKind, current: Entry, incoming: Entry, conflicts: Anomaly[]): Entry {
  const schema = ENTRY_SCHEMAS[kind];
  const ours = normalize(schema, current);
  const theirs = normalize(schema, incoming);
  const sources = new Set(incoming.provenance.map((p) => p.source));
  const rawOf = (e: Entry) =>
    JSON.stringify(
      e.provenance
        .filter((p) => sources.has(p.source))
        .map((p) => p.raw)
        .sort(),
    );
  const sourceUnchanged = rawOf(current) === rawOf(incoming);
  const curated = new Set(
    current.corrections.filter((c) => c.by === "curator").map((c) => c.field.split(".")[0]!),
  );
  const merged: Record<string, unknown> = { id: current.id };
  const line = (incoming.provenance[0] as { line?: number } | undefined)?.line ?? 1;
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    if (key === "provenance" || key === "corrections") continue;
    const a = ours[key];
    const b = theirs[key];
    if (JSON.stringify(a) === JSON.stringify(b)) {
      if (a !== undefined) merged[key] = a;
      continue;
    }
    if (curated.has(key) || sourceUnchanged) {
      if (a !== undefined) merged[key] = a;
      conflicts.push({
        kind: curated.has(key) ? "merge/curated" : "merge/hand-edit",
        line,
        // A real conflict when the source changed too; otherwise a reminder of a curated value.
        severity: sourceUnchanged ? "info" : "warning",
        entry: current.id,
        message: `${kind}/${current.id}: kept the catalogue's ${key} (${short(a)}); the source gives ${short(b)}`,
      });
      continue;
    }
    // The list never states some facts (medical, scores values…): silence in the source keeps ours.
    const silent = b === undefined || (Array.isArray(b) && b.length === 0);
    if (silent && a !== undefined) merged[key] = a;
    else if (b !== undefined) merged[key] = b;
  }
  merged.provenance = [...current.provenance.filter((p) => !sources.has(p.source)), ...incoming.provenance];
  // Repairs of the source first, then curator and sync records in their own order.
  merged.corrections = [
    ...incoming.corrections.filter((c) => c.by === "import"),
    ...current.corrections.filter((c) => c.by !== "import"),
  ];
  return merged as unknown as Entry;
}

function normalize(schema: (typeof ENTRY_SCHEMAS)[MergedKind], entry: Entry): Record<string, unknown> {
  const { id: _id, ...fields } = entry as unknown as Record<string, unknown>;
  const parsed = schema.safeParse(fields);
  return JSON.parse(JSON.stringify(parsed.success ? parsed.data : fields));
}

function mergeSections(existing: Section[], imported: readonly Section[]): Section[] {
  const out = structuredClone(existing);
  for (const section of imported) {
    const current = out.find((s) => s.id === section.id);
    if (!current) {
      out.push(structuredClone(section));
      continue;
    }
    for (const alias of section.aliases) if (!current.aliases.includes(alias)) current.aliases.push(alias);
    if (current.columns.length === 0) current.columns = [...section.columns];
    if (current.see_also.length === 0) current.see_also = structuredClone(section.see_also);
    if (current.notes.length === 0) current.notes = structuredClone(section.notes);
  }
  return out;
}

function short(value: unknown): string {
  const text = value === undefined ? "nothing" : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
