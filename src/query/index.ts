// Front door of the query layer: the derived SQLite index and the one typed query API that the CLI and
// the server share.
export {
  type CatalogIndex,
  type EntrySummary,
  FACET_NAMES,
  type FacetCount,
  type FacetName,
  type Facets,
  type Lineage,
  type LineageNode,
  type ListOptions,
  type ModelDetail,
  type QueryResult,
  RESOURCE_FACET_NAMES,
  type RefreshResult,
  type ResourceFacetName,
  SEARCH_FIELDS,
  type SearchField,
  type Stats,
} from "./catalog-index.js";
export { didYouMean } from "./did-you-mean.js";
export { searchFields } from "./entry-record.js";
export {
  ModelQuery,
  modelQueryParameters,
  type ParseModelQueryOptions,
  parseModelQuery,
  QUERY_KINDS,
  type QueryKind,
  SORT_ORDERS,
  type SortOrder,
  splitKnown,
  type Vocabulary,
} from "./model-query.js";
export { normalizeText } from "./normalize-text.js";
export { type OpenIndexOptions, openIndex } from "./open-index.js";
export { parseParamCount } from "./param-count.js";
export { defaultIndexPath, INDEX_ENV, userCacheIndexPath } from "./resolve-index-path.js";
export { type SectionTitle, sectionTitles } from "./section-titles.js";
export { SIZE_BUCKET_IDS, SIZE_BUCKETS, type SizeBucketId, sizeBucket } from "./size-buckets.js";
export { SUMMARY_CSV_COLUMNS, summariesCsv } from "./summaries-csv.js";
