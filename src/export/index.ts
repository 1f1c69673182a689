// export/ (layer 3): CSV, JSON, JSON Lines and Atom encoders over typed entries.
export { type AtomEntry, type AtomFeed, type AtomPerson, encodeAtom } from "./encode-atom.js";
export { encodeCell, encodeCsv } from "./encode-csv.js";
export { encodeJson, encodeJsonl } from "./encode-json.js";
export {
  catalogRows,
  type FlatRow,
  LEADERBOARD_COLUMNS,
  LICENSE_COLUMNS,
  leaderboardRow,
  licenseRow,
  MODEL_COLUMNS,
  modelRow,
  NEWS_COLUMNS,
  newsRow,
  RESOURCE_COLUMNS,
  ROW_KINDS,
  type RowKind,
  resourceRow,
  SECTION_COLUMNS,
  sectionRow,
} from "./entry-rows.js";
export { type CatalogExport, exportCatalog } from "./export-catalog.js";
