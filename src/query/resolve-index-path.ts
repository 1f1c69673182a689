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
