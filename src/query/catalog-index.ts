import type {
  Availability,
  Benchmark,
  CommercialUse,
  Dataset,
  Diagnostic,
  EntryStatus,
  Leaderboard,
  License,
  Model,
  NewsItem,
  Section,
  WithId,
} from "../core/index.js";
import type { ModelQuery, QueryKind, Vocabulary } from "./model-query.js";

/** Fields full-text search looks in, in ranking order (a name match ranks first). */
export const SEARCH_FIELDS = ["name", "org", "tags", "notes", "training", "links", "other"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/**
 * One row of a query result: flat, snake_case, the same for every kind (model-only fields are null).
 * Field names match export/'s MODEL_COLUMNS where both have the field.
 */
export interface EntrySummary {
  kind: QueryKind;
  id: string;
  name: string;
  org: string | null;
  released: string | null;
  year: number | null;
  sections: string[];
  status: EntryStatus;
  availability: Availability | null;
  /** The source's size notation (`8x7B`, `0.6~235B`). */
  sizes_label: string | null;
  /** Total parameter counts, ascending. */
  params: number[];
  /** The largest total (what `params` sorting uses). */
  params_max: number | null;
  /** Active parameters per token (mixture of experts). */
  params_active: number | null;
  license: string | null;
  /** From the licence registry; `unknown` when the entry has no licence or the id is not registered. */
  commercial: CommercialUse;
  languages: string[];
  tags: string[];
  /** Hugging Face ids (`owner/name`) of the entry's `hf` links. */
  hf: string[];
  base_models: string[];
  /** Catalogue-relative file (`models/qwen3.yaml`). */
  file: string;
  /** For full-text queries: the best field that matched and its text. */
  match?: { field: SearchField; text: string };
}

/** Facet names equal the query parameter each one filters, so a UI can link `?section=medical`. */
export const FACET_NAMES = [
  "kind",
  "section",
  "lang",
  "size",
  "commercial",
  "license",
  "year",
  "org",
  "tag",
  "status",
  "availability",
] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** Facets of the benchmark, dataset and leaderboard lists; like FACET_NAMES, named for their parameter. */
export const RESOURCE_FACET_NAMES = ["task", "lang", "modality", "group"] as const;
export type ResourceFacetName = (typeof RESOURCE_FACET_NAMES)[number];
/** Every facet `computeFacets` can count. */
export type CountableFacet = FacetName | ResourceFacetName;

export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Counts per value, computed over the entries matching the query with that facet's own filter left
 * out (so a UI can offer the other values of a facet already in use). Sorted by count, then value;
 * `year` and `size` in their natural order.
 */
export type Facets = Record<FacetName, FacetCount[]>;

export interface QueryResult {
  /** Entries matching the filters, before limit/offset. */
  total: number;
  offset: number;
  limit: number | null;
  items: EntrySummary[];
}

export interface LineageNode {
  id: string;
  /** null when the id is not (yet) in the catalogue. */
  name: string | null;
  /** 1 = direct base (up) or direct derivative (down). */
  depth: number;
  /** The node this one was reached from (the model itself at depth 1). */
  via: string;
}

export interface Lineage {
  /** What the model is built on, transitively. */
  up: LineageNode[];
  /** What is built on the model, transitively. */
  down: LineageNode[];
}

export interface ModelDetail {
  summary: EntrySummary;
  entry: WithId<Model>;
  license: WithId<License> | null;
  lineage: Lineage;
  /** Benchmarks referenced by the model's scores that exist in the catalogue. */
  benchmarks: WithId<Benchmark>[];
}

export interface Stats {
  total: Record<QueryKind | "news" | "licenses", number>;
  /** Models per section, year, licence class (commercial use), size bucket, status and availability. */
  by_section: FacetCount[];
  by_year: FacetCount[];
  by_license_class: FacetCount[];
  by_size: FacetCount[];
  by_status: FacetCount[];
  by_availability: FacetCount[];
}

export interface RefreshResult {
  /** Files looked at. */
  scanned: number;
  added: number;
  changed: number;
  removed: number;
  /** Milliseconds spent. */
  ms: number;
  /** Problems in catalogue files; entries with errors are left out of the index. */
  diagnostics: Diagnostic[];
}

export interface ListOptions {
  section?: string;
}

/** The catalogue index: every read the CLI and the server need. Synchronous after `openIndex`. */
export interface CatalogIndex {
  /** Absolute path of the SQLite file. */
  readonly path: string;
  readonly catalogDir: string;
  /** What the last refresh did (the one `openIndex` ran, or the latest `refresh()`). */
  readonly lastRefresh: RefreshResult;
  /** Re-reads changed catalogue files (content hash per file) and updates only their rows. */
  refresh(): Promise<RefreshResult>;
  /**
   * Holds every read to the index as it is now (one read transaction) until the returned function is
   * called: a reader that renders many things from one catalogue, such as the static build, sees it whole
   * even if another process refreshes the index meanwhile, and skips checking for such writes on every
   * read. Pins nest (two builds from one index share the snapshot until both release it); refresh()
   * fails while any is held.
   */
  pin(): () => void;
  /** Filtered, sorted, paged entries; with `q`, ranked full-text search (name matches first). */
  queryModels(query: ModelQuery): QueryResult;
  /** `queryModels` with `q = text`, sorted by relevance unless `filters.sort` says otherwise. */
  search(text: string, filters?: ModelQuery): QueryResult;
  /** Counts per facet value for the entries matching `query` (see Facets); `only` limits which are counted. */
  facets(query?: ModelQuery, only?: readonly FacetName[]): Facets;
  /** The same counts for the resource lists' facets (task, lang, modality, group). */
  resourceFacets(query: ModelQuery): Record<ResourceFacetName, FacetCount[]>;
  /** A model by id, or by name (case- and width-insensitive); UsageError when a name is ambiguous. */
  getModel(idOrName: string): ModelDetail | undefined;
  lineage(id: string): Lineage;
  stats(): Stats;
  /** Values present in the catalogue, for `parseModelQuery(params, { vocabulary })`. */
  vocabulary(): Vocabulary;
  sections(): Section[];
  licenses(): WithId<License>[];
  listBenchmarks(options?: ListOptions): WithId<Benchmark>[];
  listDatasets(options?: ListOptions): WithId<Dataset>[];
  listLeaderboards(options?: ListOptions): WithId<Leaderboard>[];
  getBenchmark(id: string): WithId<Benchmark> | undefined;
  getDataset(id: string): WithId<Dataset> | undefined;
  getLeaderboard(id: string): WithId<Leaderboard> | undefined;
  /** News, newest first. */
  listNews(options?: { since?: string; limit?: number }): WithId<NewsItem>[];
  close(): void;
}

export type { Dataset, Leaderboard, NewsItem };
