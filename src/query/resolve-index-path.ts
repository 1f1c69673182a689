import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";

/** Environment variable that overrides where the index lives. */
export const INDEX_ENV = "LLM_RADAR_INDEX";

/**
 * Where the index of a catalogue lives unless told otherwise: `$LLM_RADAR_INDEX`, else
 * `<catalog>/../.cache/llm-radar/index.sqlite` (beside the catalogue, git-ignored, safe to delete).
 *
 * @example defaultIndexPath("catalog") // "/repo/.cache/llm-radar/index.sqlite"
 */
export function defaultIndexPath(catalogDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[INDEX_ENV];
  if (fromEnv) return path.resolve(fromEnv);
  return path.resolve(catalogDir, "..", ".cache", "llm-radar", "index.sqlite");
}

/**
 * Where the index goes when the catalogue's parent folder is not writable (e.g. an installed package):
 * `$XDG_CACHE_HOME/llm-radar/` (default `~/.cache/llm-radar/`), one file per catalogue path.
 */
export function userCacheIndexPath(catalogDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  const key = createHash("sha1").update(path.resolve(catalogDir)).digest("hex").slice(0, 12);
  return path.join(base, "llm-radar", `index-${key}.sqlite`);
}
