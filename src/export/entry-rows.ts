import type {
  Benchmark,
  Catalog,
  Dataset,
  EntryKind,
  Leaderboard,
  License,
  Link,
  Model,
  NewsItem,
  Section,
  WithId,
} from "../core/index.js";

// Flat row shapes for CSV and tables. Headers are schema field names; nested fields are flattened
// with the parent's name as prefix (`sizes_label`, `notes_en`) so no second vocabulary appears.

/** A flat, CSV-ready row: scalars, or arrays of scalars (joined by the CSV encoder). */
export type FlatRow = Record<string, string | number | boolean | undefined | readonly (string | number)[]>;

export const MODEL_COLUMNS = [
  "id",
  "name",
  "org",
  "released",
  "sections",
  "status",
  "availability",
  "sizes_label",
  "params",
  "params_max",
  "params_active",
  "license",
  "commercial",
  "hf",
  "url",
  "links",
  "base_models",
  "pretraining",
  "finetuning",
  "tokens",
  "tags",
  "languages",
  "specialty",
  "modality",
  "scores",
  "notes_ja",
  "notes_en",
] as const;

/**
 * One model as a flat row. `commercial` comes from the licence registry in `catalog`; `hf` lists the
 * Hub ids of every Hugging Face link; `url` is the first non-HF link (the name's link in the list).
 */
export function modelRow(model: WithId<Model>, catalog: Pick<Catalog, "licenses">): FlatRow {
  const license = catalog.licenses.find((l) => l.id === model.license);
  const params = model.sizes?.params ?? [];
  return {
    id: model.id,
    name: model.name,
    org: model.org,
    released: model.released,
    sections: model.sections,
    status: model.status,
    availability: model.availability,
    sizes_label: model.sizes?.label,
    params,
    params_max: params.length > 0 ? Math.max(...params) : undefined,
    params_active: model.sizes?.active,
    license: model.license,
    commercial: license?.commercial ?? "unknown",
    ...linkColumns(model.links),
    base_models: model.base_models,
    pretraining: model.training?.pretraining,
    finetuning: model.training?.finetuning,
    tokens: model.training?.tokens,
    tags: model.tags,
    languages: model.languages,
    specialty: model.medical?.specialty ?? [],
    modality: model.medical?.modality ?? [],
    scores: model.scores.map((s) =>
      [s.benchmark, s.value === undefined ? "" : `=${s.value}`, s.metric ? ` ${s.metric}` : ""].join(""),
    ),
    notes_ja: model.notes?.ja,
    notes_en: model.notes?.en,
  };
}

export const RESOURCE_COLUMNS = [
  "id",
  "name",
  "status",
  "sections",
  "group",
  "tasks",
  "languages",
  "modality",
  "size",
  "source_type",
  "license",
  "leaderboards",
  "hf",
  "url",
  "links",
  "tags",
  "notes_ja",
  "notes_en",
] as const;

/** A benchmark or dataset as a flat row; `size` reads `3515 question-answer pairs`. */
export function resourceRow(entry: WithId<Benchmark> | WithId<Dataset>): FlatRow {
  return {
    id: entry.id,
    name: entry.name,
    status: entry.status,
    sections: entry.sections,
    group: entry.group,
    tasks: entry.tasks,
    languages: entry.languages,
    modality: entry.modality,
    size: entry.size.map((q) => `${q.value} ${q.unit}`),
    source_type: entry.source_type,
    license: entry.license,
    leaderboards: entry.leaderboards,
    ...linkColumns(entry.links),
    tags: entry.tags,
    notes_ja: entry.notes?.ja,
    notes_en: entry.notes?.en,
  };
}

export const LEADERBOARD_COLUMNS = [
  "id",
  "name",
  "status",
  "sections",
  "group",
  "benchmarks",
  "hf",
  "url",
  "links",
  "tags",
  "notes_ja",
  "notes_en",
] as const;

export function leaderboardRow(entry: WithId<Leaderboard>): FlatRow {
  return {
    id: entry.id,
    name: entry.name,
    status: entry.status,
    sections: entry.sections,
    group: entry.group,
    benchmarks: entry.benchmarks,
    ...linkColumns(entry.links),
    tags: entry.tags,
    notes_ja: entry.notes?.ja,
    notes_en: entry.notes?.en,
  };
}

export const NEWS_COLUMNS = ["id", "date", "highlight", "text_ja", "text_en", "models", "links"] as const;

export function newsRow(item: WithId<NewsItem>): FlatRow {
  return {
    id: item.id,
    date: item.date,
    highlight: item.highlight,
    text_ja: item.text.ja,
    text_en: item.text.en,
    models: item.models,
    links: item.links.map((l) => l.url),
  };
}

export const LICENSE_COLUMNS = [
  "id",
  "name",
  "spdx",
  "commercial",
  "condition_ja",
  "condition_en",
  "url",
  "aliases",
] as const;

export function licenseRow(license: WithId<License>): FlatRow {
  return {
    id: license.id,
    name: license.name,
    spdx: license.spdx,
    commercial: license.commercial,
    condition_ja: license.condition.ja,
    condition_en: license.condition.en,
    url: license.url,
    aliases: license.aliases,
  };
}

export const SECTION_COLUMNS = ["id", "kind", "title_en", "title_ja", "aliases", "columns"] as const;

export function sectionRow(section: Section): FlatRow {
  return {
    id: section.id,
    kind: section.kind,
    title_en: section.title.en,
    title_ja: section.title.ja,
    aliases: section.aliases,
    columns: section.columns,
  };
}

/** Every kind `export` can write one row per entry for. */
export const ROW_KINDS = [
  "models",
  "benchmarks",
  "datasets",
  "leaderboards",
  "news",
  "licenses",
  "sections",
] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/**
 * The columns and flat rows of one kind of the catalogue.
 *
 * @example const { columns, rows } = catalogRows(catalog, "models"); encodeCsv(rows, columns);
 */
export function catalogRows(
  catalog: Catalog,
  kind: RowKind | EntryKind,
): { columns: readonly string[]; rows: FlatRow[] } {
  switch (kind) {
    case "models":
      return { columns: MODEL_COLUMNS, rows: catalog.models.map((m) => modelRow(m, catalog)) };
    case "benchmarks":
      return { columns: RESOURCE_COLUMNS, rows: catalog.benchmarks.map(resourceRow) };
    case "datasets":
      return { columns: RESOURCE_COLUMNS, rows: catalog.datasets.map(resourceRow) };
    case "leaderboards":
      return { columns: LEADERBOARD_COLUMNS, rows: catalog.leaderboards.map(leaderboardRow) };
    case "news":
      return { columns: NEWS_COLUMNS, rows: catalog.news.map(newsRow) };
    case "licenses":
      return { columns: LICENSE_COLUMNS, rows: catalog.licenses.map(licenseRow) };
    case "sections":
      return { columns: SECTION_COLUMNS, rows: catalog.sections.map(sectionRow) };
  }
}

// --- helpers ---

function linkColumns(links: readonly Link[]): { hf: string[]; url: string | undefined; links: string[] } {
  return {
    hf: links.flatMap((l) => (l.hf ? [l.hf.id] : [])),
    url: links.find((l) => l.rel !== "hf")?.url,
    links: links.map((l) => l.url),
  };
}
