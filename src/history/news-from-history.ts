import { type Catalog, type NewsItem, slugify, type WithId } from "../core/index.js";
import type { HistoryEvent } from "./history-event.js";
import { coreName } from "./match-entries.js";
import type { HistoryReport } from "./replay-history.js";
import { normalizeName } from "./take-snapshot.js";

export interface HistoryNews {
  /** New news items, ids `<yyyy-mm>-<slug>`, in history order. */
  items: WithId<NewsItem>[];
  /** Additions left out because the catalogue already has news about them that month. */
  duplicates: HistoryEvent[];
}

/**
 * Turns the entries a list's history added into news items in our own words (one per entry, dated by
 * its commit), skipping the first version (its entries were not news, the list just began) and
 * anything the catalogue's news already covers: the same id, or in the same month an item about the
 * same entry or naming it in its text. Entries that exist in `catalog` are referenced by their id.
 *
 * @example const { items } = newsFromHistory(report, (await loadCatalog("catalog")).catalog);
 */
export function newsFromHistory(report: HistoryReport, catalog: Catalog): HistoryNews {
  const start = report.versions.find((v) => v.status === "imported");
  const initial = start && !start.baseline ? start.commit : undefined;
  const taken = new Set(catalog.news.map((n) => n.id));
  const items: WithId<NewsItem>[] = [];
  const duplicates: HistoryEvent[] = [];

  for (const event of report.events) {
    if (event.kind !== "added" || event.status === "archived" || !event.entry) continue;
    if (event.commit === initial) continue;
    const month = event.date.slice(0, 7);
    const name = event.entry.name;
    // A news item's `models` references models only; other entries are named in the text.
    const ids = event.entry.kind === "models" ? catalogIds(catalog, name) : [];
    const id = `${month}-${slugify(name)}`;
    const known = [...catalog.news, ...items].some(
      (n) =>
        n.id === id ||
        (n.date.slice(0, 7) === month && (n.models.some((m) => ids.includes(m)) || mentions(n, name))),
    );
    if (known || taken.has(id)) {
      duplicates.push(event);
      continue;
    }
    taken.add(id);
    const section = event.section ? ` (${event.section})` : "";
    items.push({
      id,
      date: event.date.slice(0, 10),
      text: {
        ja: `${name} が一覧${event.section ? `の「${event.section}」` : ""}に加わりました。`,
        en: `${name} was added to the list${section}.`,
      },
      models: ids,
      links: [],
      highlight: false,
      provenance: [
        {
          source: `${report.file}@${event.commit.slice(0, 12)}`,
          line: Math.max(1, event.line ?? 1),
          ...(event.section ? { section: event.section } : {}),
          raw: [],
          revision: event.commit,
        },
      ],
      corrections: [],
    });
  }
  return { items, duplicates };
}

// --- helpers ---

/** Ids of catalogue models with the same name (or the same name ignoring case and punctuation). */
function catalogIds(catalog: Catalog, name: string): string[] {
  const exact = catalog.models.filter((e) => normalizeName(e.name) === name).map((e) => e.id);
  if (exact.length > 0) return exact;
  const core = coreName(name);
  return core ? catalog.models.filter((e) => coreName(e.name) === core).map((e) => e.id) : [];
}

function mentions(item: NewsItem, name: string): boolean {
  const core = coreName(name);
  if (core.length < 3) return false;
  return [item.text.ja, item.text.en].some((t) => t !== undefined && coreName(t).includes(core));
}
