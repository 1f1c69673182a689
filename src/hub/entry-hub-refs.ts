import { type Catalog, type EntryKind, type HfRef, parseHfUrl } from "../core/index.js";

/** One Hub reference made by a catalogue entry, with where it sits in the entry. */
export interface EntryHubRef {
  kind: EntryKind;
  id: string;
  /** Index into the entry's `links`. */
  link: number;
  url: string;
  ref: HfRef;
}

const LINKED_KINDS = ["models", "benchmarks", "datasets", "leaderboards"] as const;

/**
 * Every Hugging Face reference in the catalogue: a link's typed `hf` id, or its URL parsed when the
 * typed id is missing. Spaces are left out (they carry no model facts).
 */
export function collectHubRefs(catalog: Catalog): EntryHubRef[] {
  const refs: EntryHubRef[] = [];
  for (const kind of LINKED_KINDS) {
    for (const entry of catalog[kind]) {
      entry.links.forEach((link, index) => {
        const ref = link.hf ?? parseHfUrl(link.url);
        if (!ref || ref.type === "space") return;
        refs.push({ kind, id: entry.id, link: index, url: link.url, ref });
      });
    }
  }
  return refs;
}
