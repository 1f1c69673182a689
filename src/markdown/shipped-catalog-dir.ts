import { fileURLToPath } from "node:url";

/**
 * The `catalog/` folder shipped with this package (its licence registry and sections), found relative
 * to this module so it works from `src/` under tests and from the built `lib/`.
 */
export function shippedCatalogDir(): string {
  return fileURLToPath(new URL("../../catalog/", import.meta.url));
}
