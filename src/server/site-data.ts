import type { License, Section, WithId } from "../core/index.js";
import type { CatalogIndex, EntrySummary } from "../query/index.js";

/** Lookups over the index, computed once per app (the catalogue is read-only while serving). */
export interface SiteData {
  /** Every model, newest first. */
  models: EntrySummary[];
  modelsById: Map<string, EntrySummary>;
  licenses: Map<string, WithId<License>>;
  sections: Map<string, Section>;
  /** Section ids in catalogue order, for stable chart colours. */
  sectionOrder: string[];
  /** Models built directly on each model id (the reverse of `base_models`). */
  derived: Map<string, string[]>;
  /** Ids of models released within `newWithinDays` before `now` (the "new" badge). */
  fresh: Set<string>;
  /** Generation time, used for the feed's `updated` and the "new" badge. */
  now: Date;
}

/** Reads the lookups from the index; `now` decides which models get the "new" badge. */
export function buildSiteData(index: CatalogIndex, now: Date, newWithinDays = 90): SiteData {
  const models = index.queryModels({ sort: "-released" }).items;
  const derived = new Map<string, string[]>();
  for (const m of models) {
    for (const base of m.base_models) {
      const list = derived.get(base) ?? [];
      list.push(m.id);
      derived.set(base, list);
    }
  }
  const cutoff = now.getTime() - newWithinDays * 86_400_000;
  const fresh = new Set(
    models
      .filter((m) => m.released && inWindow(releaseTime(m.released), cutoff, now.getTime()))
      .map((m) => m.id),
  );
  const sections = index.sections();
  return {
    models,
    modelsById: new Map(models.map((m) => [m.id, m])),
    licenses: new Map(index.licenses().map((l) => [l.id, l])),
    sections: new Map(sections.map((s) => [s.id, s])),
    sectionOrder: sections.map((s) => s.id),
    derived,
    fresh,
    now,
  };
}

/** Milliseconds of a `YYYY-MM` or `YYYY-MM-DD` date (a month counts from its first day). */
export function releaseTime(released: string): number {
  return Date.parse(released.length === 7 ? `${released}-01T00:00:00Z` : `${released}T00:00:00Z`);
}

function inWindow(t: number, from: number, to: number): boolean {
  return t >= from && t <= to;
}
