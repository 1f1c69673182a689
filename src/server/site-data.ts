import type { License, Section, WithId } from "../core/index.js";
import { type CatalogIndex, type EntrySummary, normalizeText } from "../query/index.js";

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
  /**
   * A model's name as links outside the table show it (lineage, news, lists): a name two models share
   * ("Meditron", 2023 and 2024) gets its release month after it, or its id where that does not tell
   * them apart. Unknown ids are returned as they are.
   */
  label(id: string): string;
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
  const labels = modelLabels(models);
  return {
    models,
    modelsById: new Map(models.map((m) => [m.id, m])),
    licenses: new Map(index.licenses().map((l) => [l.id, l])),
    sections: new Map(sections.map((s) => [s.id, s])),
    sectionOrder: sections.map((s) => s.id),
    derived,
    fresh,
    now,
    label: (id) => labels.get(id) ?? id,
  };
}

/** Milliseconds of a `YYYY-MM` or `YYYY-MM-DD` date (a month counts from its first day). */
export function releaseTime(released: string): number {
  return Date.parse(released.length === 7 ? `${released}-01T00:00:00Z` : `${released}T00:00:00Z`);
}

function modelLabels(models: EntrySummary[]): Map<string, string> {
  const byName = new Map<string, EntrySummary[]>();
  for (const m of models) {
    const key = normalizeText(m.name);
    const group = byName.get(key);
    if (group) group.push(m);
    else byName.set(key, [m]);
  }
  const labels = new Map<string, string>();
  for (const group of byName.values()) {
    const releases = new Set(group.map((m) => m.released));
    const byRelease = releases.size === group.length && !releases.has(null);
    for (const m of group) {
      labels.set(m.id, group.length === 1 ? m.name : `${m.name} (${byRelease ? m.released : m.id})`);
    }
  }
  return labels;
}

function inWindow(t: number, from: number, to: number): boolean {
  return t >= from && t <= to;
}
