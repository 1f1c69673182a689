export { entryPath, sectionsPath } from "./catalog-paths.js";
export { type CheckOptions, checkCatalog } from "./check-catalog.js";
export { type LintOptions, lintCatalog } from "./lint-catalog.js";
export {
  type LoadOptions,
  type LoadResult,
  loadCatalog,
  parseYamlFile,
  sortCatalog,
} from "./load-catalog.js";
export { createLocator, type Locator, locatePath } from "./locate-issue.js";
export { type SaveOptions, type SaveResult, saveCatalog } from "./save-catalog.js";
export { serializeEntry, serializeSections } from "./serialize-entry.js";
export { withCatalogLock } from "./with-catalog-lock.js";
export { writeFileAtomic } from "./write-file-atomic.js";
