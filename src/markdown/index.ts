// markdown/ (layer 3): awesome-list importer and README renderer over GFM.
export { clearImportCache } from "./clear-import-cache.js";
export { encodeLinkUrl, escapeInline, escapeMarkdown, markdownLink } from "./escape-markdown.js";
export {
  type ImportFileOptions,
  type ImportFileResult,
  importIntoCatalog,
  toDiagnostics,
} from "./import-into-catalog.js";
export { importList } from "./import-list.js";
export type { Anomaly, ImportOptions, ImportResult } from "./import-types.js";
export { mergeImport } from "./merge-import.js";
export type { ReadmeLang } from "./readme-strings.js";
export { type RenderReadmeOptions, renderReadme } from "./render-readme.js";
export { shippedCatalogDir } from "./shipped-catalog-dir.js";
