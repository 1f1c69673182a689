import {
  type Benchmark,
  codeWords,
  type Dataset,
  type Leaderboard,
  type Model,
  type WithId,
} from "../core/index.js";
import type { EntrySummary, SearchField } from "./catalog-index.js";
import type { QueryKind } from "./model-query.js";
import { normalizeText } from "./normalize-text.js";
import { SIZE_BUCKET_IDS, sizeBucket } from "./size-buckets.js";

export type IndexedEntry = WithId<Model> | WithId<Benchmark> | WithId<Dataset> | WithId<Leaderboard>;

/** What one entry contributes to the index: columns, facet values, sizes, edges and search text. */
export interface EntryRecord {
  /** Summary without `commercial` (joined from the licence registry at query time). */
  summary: Omit<EntrySummary, "commercial" | "match">;
  name_norm: string;
  values: [facet: string, value: string][];
  /** One row per size; a range (`0.6~235B`) is one row from its lower to its upper bound. */
  sizes: [low: number | null, high: number | null, active: number | null][];
  fields: Record<SearchField, string>;
  search_text: string;
}

/** Flattens a catalogue entry into its index record (pure). */
export function entryRecord(kind: QueryKind, entry: IndexedEntry, file: string): EntryRecord {
  const model = kind === "models" ? (entry as WithId<Model>) : undefined;
  const params = [...(model?.sizes?.params ?? [])].sort((a, b) => a - b);
  const active = model?.sizes?.active ?? null;
  const range = model?.sizes?.range === true && params.length > 1;
  const hf = entry.links.flatMap((l) => (l.hf ? [l.hf.id] : []));
  const languages = "languages" in entry ? entry.languages : [];
  const summary: EntryRecord["summary"] = {
    kind,
    id: entry.id,
    name: entry.name,
    org: model?.org ?? null,
    released: model?.released ?? null,
    year: model?.released ? Number(model.released.slice(0, 4)) : null,
    sections: entry.sections,
    status: entry.status,
    availability: model?.availability ?? null,
    sizes_label: model?.sizes?.label ?? null,
    params,
    params_max: params.length > 0 ? params[params.length - 1]! : null,
    params_active: active,
    license: "license" in entry ? (entry.license ?? null) : null,
    languages,
    tags: entry.tags,
    hf,
    base_models: model?.base_models ?? [],
    file,
  };
  const values: EntryRecord["values"] = [
    ...entry.sections.map((v) => ["section", v] as [string, string]),
    ...languages.map((v) => ["lang", v] as [string, string]),
    ...entry.tags.map((v) => ["tag", v] as [string, string]),
  ];
  if (summary.org) values.push(["org", summary.org]);
  // Filters `task`, `modality`, `group`, `specialty`, `restriction`, `benchmark` (FACT_FILTERS in query-sql.ts).
  if ("tasks" in entry) {
    for (const v of entry.tasks) values.push(["task", v]);
    for (const v of entry.modality) values.push(["modality", v]);
  }
  if ("group" in entry && entry.group) values.push(["group", entry.group]);
  if (model?.medical) {
    for (const v of model.medical.modality ?? []) values.push(["modality", v]);
    for (const v of model.medical.specialty ?? []) values.push(["specialty", v]);
    for (const v of model.medical.use_restrictions ?? []) values.push(["restriction", v]);
  }
  for (const s of model?.scores ?? []) values.push(["benchmark", s.benchmark]);
  if (kind === "models") {
    const buckets = new Set(
      params.length > 0 ? params.map(sizeBucket) : active ? [sizeBucket(active)] : ["unknown"],
    );
    if (range) {
      // A range covers every bucket between its bounds.
      const from = SIZE_BUCKET_IDS.indexOf(sizeBucket(params[0]!));
      const to = SIZE_BUCKET_IDS.indexOf(sizeBucket(params[params.length - 1]!));
      for (let i = from; i <= to; i++) buckets.add(SIZE_BUCKET_IDS[i]!);
    }
    for (const b of buckets) values.push(["size", b]);
  }
  const sizes: EntryRecord["sizes"] =
    params.length === 0
      ? active
        ? [[null, null, active]]
        : []
      : range
        ? [[params[0]!, params[params.length - 1]!, active]]
        : params.map((p) => [p, p, active]);
  const fields = searchFields(entry);
  return {
    summary,
    name_norm: normalizeText(entry.name),
    values,
    sizes,
    fields,
    search_text: Object.values(fields).join("\n"),
  };
}

/** The original strings of each search field, in ranking order (used to show what matched). */
export function searchTexts(entry: IndexedEntry): Record<SearchField, string[]> {
  const e = entry as Partial<WithId<Model> & WithId<Dataset>> & IndexedEntry;
  const keep = (parts: (string | undefined | null)[]) =>
    parts.filter((p): p is string => typeof p === "string" && p.length > 0);
  return {
    name: keep([e.name, e.id]),
    org: keep([e.org]),
    tags: keep(e.tags),
    notes: keep([e.notes?.ja, e.notes?.en]),
    training: keep([
      e.training?.pretraining,
      e.training?.finetuning,
      ...(e.training?.data ?? []),
      ...(e.training?.methods ?? []),
    ]),
    links: keep(e.links.flatMap((l) => [l.url, l.label, l.hf?.id])),
    other: keep([
      e.sizes?.label,
      e.license,
      ...(e.languages ?? []),
      ...(e.medical?.specialty ?? []),
      ...(e.medical?.modality ?? []),
      ...(e.tasks ?? []),
      ...(e.modality ?? []),
      // The words the pages show for those codes, in both languages ("multiple choice", 多肢選択).
      ...codeWords("specialty", e.medical?.specialty ?? []),
      ...codeWords("modality", [...(e.medical?.modality ?? []), ...(e.modality ?? [])]),
      ...codeWords("restriction", e.medical?.use_restrictions ?? []),
      ...codeWords("task", e.tasks ?? []),
      ...codeWords("source", e.source_type ?? []),
      // The benchmarks a model is evaluated on: searching "medqa" finds the models tested on it.
      ...new Set((e.scores ?? []).map((s) => s.benchmark)),
      e.group,
      // Provenance's raw cells repeat the fields above; only the group heading adds words.
      ...e.provenance.map((p) => p.group),
    ]),
  };
}

/** Normalized text per search field, as stored in the FTS table. */
export function searchFields(entry: IndexedEntry): Record<SearchField, string> {
  const texts = searchTexts(entry);
  const out = {} as Record<SearchField, string>;
  for (const [field, parts] of Object.entries(texts))
    out[field as SearchField] = normalizeText(parts.join("\n"));
  return out;
}
