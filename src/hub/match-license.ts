import type { Catalog } from "../core/index.js";

/**
 * Maps a Hub licence id (`apache-2.0`, `llama3.1`, an `other` licence's name) to the catalogue licence
 * registry, matching the registry id, its SPDX id and its aliases without regard to case or spaces.
 *
 * @example licenceMatcher(catalog)("Apache-2.0") // "apache-2.0"
 */
export function licenceMatcher(catalog: Catalog): (hubId: string) => string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, "");
  const table = new Map<string, string>();
  for (const licence of catalog.licenses) {
    for (const key of [licence.id, licence.spdx, ...licence.aliases])
      if (key) table.set(norm(key), licence.id);
  }
  return (hubId) => table.get(norm(hubId));
}
