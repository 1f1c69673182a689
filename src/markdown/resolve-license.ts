import type { License, WithId } from "../core/index.js";
import type { InlineText } from "./parse-inline.js";

/**
 * Finds the licence a cell names: by id, name, SPDX id or alias (case-, space-, hyphen- and
 * underscore-insensitive), then by the URL of a link in the cell (`[link](…/LICENSE-MODEL)`).
 * Returns undefined when nothing matches; nothing is guessed.
 *
 * @example resolveLicense({ text: "Apache 2.0", links: [] }, licenses) // "apache-2.0"
 */
export function resolveLicense(cell: InlineText, licenses: readonly WithId<License>[]): string | undefined {
  const key = licenseKey(cell.text);
  if (key) {
    for (const license of licenses) {
      const names = [license.id, license.name, license.spdx ?? "", ...license.aliases];
      if (names.some((n) => n && licenseKey(n) === key)) return license.id;
    }
  }
  for (const link of cell.links) {
    const url = urlKey(link.url);
    if (!url) continue;
    for (const license of licenses) {
      const urls = [license.url ?? "", ...license.aliases].filter((u) => /^https?:\/\//i.test(u));
      if (urls.some((u) => urlKey(u) === url)) return license.id;
    }
  }
  return undefined;
}

/** The comparison key for licence spellings: `Apache-2.0`, `apache 2.0` and `APACHE_2.0` are equal. */
export function licenseKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_]+/g, "");
}

function urlKey(url: string): string {
  return url
    .trim()
    .replace(/^https?:\/\/(www\.)?/i, "")
    .replace(/[/#?]+$/, "")
    .toLowerCase();
}
