import { access } from "node:fs/promises";
import { entryPath, loadCatalog, saveCatalog } from "../catalog/index.js";
import { type Catalog, emptyCatalog } from "../core/index.js";
import { type HistoryNews, newsFromHistory } from "./news-from-history.js";
import type { HistoryReport } from "./replay-history.js";

/**
 * Adds the news a replay found to the catalogue through `saveCatalog` (validated, atomic, locked).
 * Only the new news files are written; an id whose file exists (even one that does not load) is left
 * alone and counted as a duplicate.
 *
 * @example const { items } = await writeHistoryNews("catalog", report);
 */
export async function writeHistoryNews(
  catalogDir: string,
  report: HistoryReport,
  loaded?: Catalog,
): Promise<HistoryNews & { written: string[] }> {
  const catalog = loaded ?? (await loadCatalog(catalogDir)).catalog;
  const news = newsFromHistory(report, catalog);
  const items = [];
  for (const item of news.items) {
    if (await exists(entryPath(catalogDir, "news", item.id))) continue;
    items.push(item);
  }
  const { written } = await saveCatalog(catalogDir, { ...emptyCatalog(), news: items });
  return { items, duplicates: news.duplicates, written };
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
