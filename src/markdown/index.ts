// markdown/ (layer 3): awesome-list importer and README renderer over GFM.
export { encodeLinkUrl, escapeInline, escapeMarkdown, markdownLink } from "./escape-markdown.js";
export { importList } from "./import-list.js";
export type { Anomaly, ImportOptions, ImportResult } from "./import-types.js";
