import { clearRowCache } from "./create-row-reader.js";
import { clearParseCache } from "./parse-markdown.js";

/**
 * Forgets what `importList` remembers between calls (parsed chunks of the list, rows already read): to
 * measure a cold history replay, or to free memory after a long one.
 */
export function clearImportCache(): void {
  clearParseCache();
  clearRowCache();
}
