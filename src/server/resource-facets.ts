import { UsageError } from "../core/index.js";

/** What the benchmark, dataset and leaderboard pages can be filtered by. */
export const RESOURCE_FACETS = ["task", "lang", "modality", "group"] as const;
export type ResourceFacet = (typeof RESOURCE_FACETS)[number];

/** The fields a resource facet reads (benchmarks and datasets have all; leaderboards only `group`). */
export interface ResourceLike {
  group?: string;
  tasks?: string[];
  languages?: string[];
  modality?: string[];
}

export type ResourceFilter = Partial<Record<ResourceFacet, string[]>>;

/**
 * Parses `task`, `lang`, `modality`, `group` (repeatable or comma-separated) against the values present;
 * throws UsageError naming the parameter and the valid values.
 */
export function parseResourceFilter(
  params: Record<string, string[]>,
  items: readonly ResourceLike[],
  facets: readonly ResourceFacet[],
): ResourceFilter {
  const filter: ResourceFilter = {};
  for (const [name, raw] of Object.entries(params)) {
    if (!(facets as readonly string[]).includes(name)) {
      throw new UsageError(`unknown parameter "${name}"`, name, [...facets]);
    }
    const facet = name as ResourceFacet;
    const valid = [...new Set(items.flatMap((i) => values(i, facet)))].sort();
    const wanted = raw
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean);
    for (const v of wanted) {
      if (!valid.includes(v)) throw new UsageError(`${facet}: unknown value "${v}"`, facet, valid);
    }
    filter[facet] = wanted;
  }
  return filter;
}

/** Items matching every facet of the filter (any of the listed values within a facet). */
export function filterResources<T extends ResourceLike>(items: readonly T[], filter: ResourceFilter): T[] {
  return items.filter((i) => matches(i, filter));
}

/** Counts per value of each facet over the items matching the other facets' filters. */
export function countResourceFacets(
  items: readonly ResourceLike[],
  filter: ResourceFilter,
  facets: readonly ResourceFacet[],
): Record<string, { value: string; count: number }[]> {
  const out: Record<string, { value: string; count: number }[]> = {};
  for (const facet of facets) {
    const others = { ...filter, [facet]: undefined };
    const counts = new Map<string, number>();
    for (const item of items) {
      if (!matches(item, others)) continue;
      for (const v of new Set(values(item, facet))) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    out[facet] = [...counts.entries()]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
  return out;
}

// --- helpers ---

function values(item: ResourceLike, facet: ResourceFacet): string[] {
  switch (facet) {
    case "task":
      return item.tasks ?? [];
    case "lang":
      return item.languages ?? [];
    case "modality":
      return item.modality ?? [];
    case "group":
      return item.group ? [item.group] : [];
  }
}

function matches(item: ResourceLike, filter: ResourceFilter): boolean {
  for (const facet of RESOURCE_FACETS) {
    const wanted = filter[facet];
    if (!wanted || wanted.length === 0) continue;
    const have = values(item, facet);
    if (!wanted.some((w) => have.includes(w))) return false;
  }
  return true;
}
