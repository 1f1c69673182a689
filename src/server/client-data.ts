import {
  type CatalogIndex,
  type EntrySummary,
  normalizeText,
  type SectionTitle,
  SIZE_BUCKET_IDS,
  searchFields,
  sectionTitles,
} from "../query/index.js";
import type { SiteData } from "./site-data.js";

/**
 * One model as the browser script sees it (positional to keep the file small):
 * id, name, org, released, sizes_label, params_max, active, license, commercial, sections, languages,
 * tags, status, year, size buckets, search text (normalized like the index's; its sections' titles
 * after U+001F), availability, new (0/1).
 */
export type ClientRow = [
  string,
  string,
  string | null,
  string | null,
  string | null,
  number | null,
  number | null,
  string | null,
  string,
  string[],
  string[],
  string[],
  string,
  number | null,
  string[],
  string,
  string | null,
  0 | 1,
];

/** A benchmark, dataset or leaderboard the search may point to: kind, id, name, search text (as rows'). */
export type ClientResource = [string, string, string, string];

/** The data behind instant search and facets (`/search-index.json`), newest first like the default sort. */
export interface ClientData {
  version: 1;
  rows: ClientRow[];
  resources: ClientResource[];
}

/**
 * Builds the search data from the index; the search text is what the index matches `q` against: the
 * entry's search fields and its sections' titles.
 */
export function buildClientData(index: CatalogIndex, data: SiteData): ClientData {
  // Bucket membership comes from the index itself, so the browser's size facet counts what the server's does.
  const buckets = new Map<string, string[]>();
  for (const bucket of SIZE_BUCKET_IDS) {
    for (const m of index.queryModels({ size: [bucket] }).items) {
      const list = buckets.get(m.id) ?? [];
      list.push(bucket);
      buckets.set(m.id, list);
    }
  }
  const titles = sectionTitles(index.sections());
  const resources: ClientResource[] = (
    [
      ["benchmarks", index.listBenchmarks()],
      ["datasets", index.listDatasets()],
      ["leaderboards", index.listLeaderboards()],
    ] as const
  ).flatMap(([kind, list]) =>
    list.map((r): ClientResource => [kind, r.id, r.name, resourceSearchText(r, titles)]),
  );
  return {
    version: 1,
    rows: data.models.map((m) => clientRow(index, data, m, buckets.get(m.id) ?? [], titles)),
    resources,
  };
}

/**
 * What the index matches `q` against for a benchmark, dataset or leaderboard: the search data's and the
 * resource list rows' (`data-text`) text.
 */
export function resourceSearchText(
  r: Parameters<typeof searchFields>[0] & { sections: readonly string[] },
  titles: ReadonlyMap<string, SectionTitle[]>,
): string {
  // Each list page asks for every row's text in both languages; entries and titles are the same
  // objects throughout one index generation, so each text is made once.
  let texts = RESOURCE_TEXTS.get(titles);
  if (!texts) {
    texts = new WeakMap();
    RESOURCE_TEXTS.set(titles, texts);
  }
  let text = texts.get(r);
  if (text === undefined) {
    text = searchText(searchFields(r), r.sections, titles);
    texts.set(r, text);
  }
  return text;
}

const RESOURCE_TEXTS = new WeakMap<object, WeakMap<object, string>>();

// --- helpers ---

function clientRow(
  index: CatalogIndex,
  data: SiteData,
  m: EntrySummary,
  buckets: string[],
  titles: ReadonlyMap<string, SectionTitle[]>,
): ClientRow {
  const entry = index.getModel(m.id)?.entry;
  const fields = entry ? searchFields(entry) : { name: normalizeText(m.name) };
  const text = searchText(fields, m.sections, titles);
  return [
    m.id,
    m.name,
    m.org,
    m.released,
    m.sizes_label,
    m.params_max,
    m.params_active,
    m.license,
    m.commercial,
    m.sections,
    m.languages,
    m.tags,
    m.status,
    m.year,
    buckets,
    text,
    m.availability,
    data.fresh.has(m.id) ? 1 : 0,
  ];
}

/**
 * What the index matches `q` against: the entry's search fields, then its sections' titles after
 * U+001F (the page ranks matches in the entry's own text first).
 */
function searchText(
  fields: Partial<Record<string, string>>,
  sections: readonly string[],
  titles: ReadonlyMap<string, SectionTitle[]>,
): string {
  const own = Object.values(fields).join("\n");
  const inTitles = sections.flatMap((id) => (titles.get(id) ?? []).map((t) => t.folded));
  return inTitles.length > 0 ? `${own}\n\u001f${inTitles.join("\n")}` : own;
}
