import { readFile } from "node:fs/promises";
import { entryPath, parseYamlFile } from "../catalog/index.js";
import { type Diagnostic, type HfRef, Model, parseHfUrl } from "../core/index.js";
import type { HubCollectionFacts, HubRepoFacts } from "./hub-facts.js";
import { listSnapshotDates } from "./snapshot-dates.js";
import { readLatestSnapshot, readSnapshotHistory } from "./snapshot-store.js";

/** One repo's latest Hub facts for an entry, with its trend across snapshot days. */
export interface EntryRepoFacts {
  ref: HfRef;
  /** Collection slug when the repo is a member of a linked collection rather than linked itself. */
  via?: string;
  /** Day of the snapshot `facts` come from. */
  date: string;
  facts: HubRepoFacts;
  history: { date: string; downloads?: number; likes?: number }[];
}

export interface EntryHubFacts {
  id: string;
  repos: EntryRepoFacts[];
  collections: { slug: string; date: string; facts: HubCollectionFacts }[];
}

/**
 * The latest Hub snapshot facts for one model entry (read-only, offline): for every Hugging Face
 * link, the newest stored facts and the downloads/likes history; linked collections are expanded into
 * their members. Undefined when the entry does not exist or is invalid; empty lists before any sync.
 * Meant for detail pages (`/models/<id>`).
 *
 * @example const hub = await latestHubFacts("catalog", "llama-3-elyza-jp-8b");
 *          hub?.repos[0]?.facts.downloads
 */
export async function latestHubFacts(
  catalogDir: string,
  modelId: string,
): Promise<EntryHubFacts | undefined> {
  let text: string;
  try {
    text = await readFile(entryPath(catalogDir, "models", modelId), "utf8");
  } catch {
    return undefined;
  }
  const diagnostics: Diagnostic[] = [];
  const model = parseYamlFile(`models/${modelId}.yaml`, text, Model, diagnostics);
  if (!model) return undefined;
  const dates = await listSnapshotDates(catalogDir);
  const result: EntryHubFacts = { id: modelId, repos: [], collections: [] };
  const seen = new Set<string>();
  const addRepo = async (ref: HfRef, via?: string) => {
    if (seen.has(`${ref.type}:${ref.id}`)) return;
    seen.add(`${ref.type}:${ref.id}`);
    const kind = ref.type === "model" ? "models" : "datasets";
    const history = await readSnapshotHistory(catalogDir, kind, ref.id, dates);
    const latest = history.at(-1);
    if (!latest) return;
    result.repos.push({
      ref,
      ...(via ? { via } : {}),
      date: latest.date,
      facts: latest.facts,
      history: history.map((h) => ({ date: h.date, downloads: h.facts.downloads, likes: h.facts.likes })),
    });
  };
  for (const link of model.links) {
    const ref = link.hf ?? parseHfUrl(link.url);
    if (!ref) continue;
    if (ref.type === "model" || ref.type === "dataset") await addRepo(ref);
    if (ref.type === "collection") {
      const latest = await readLatestSnapshot(catalogDir, "collections", ref.id, dates);
      if (!latest) continue;
      result.collections.push({ slug: ref.id, date: latest.date, facts: latest.facts });
      for (const item of latest.facts.items) {
        if (item.type === "model" || item.type === "dataset")
          await addRepo({ type: item.type, id: item.id }, ref.id);
      }
    }
  }
  return result;
}
