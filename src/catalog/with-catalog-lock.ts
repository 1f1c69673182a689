import { mkdir } from "node:fs/promises";

/**
 * Runs `fn` holding an exclusive lock on the catalogue folder, so two writers (an import and a sync,
 * say) cannot interleave. Waits up to ~30 s for another run to finish; a lock left by a crashed
 * process goes stale and is taken over.
 */
export async function withCatalogLock<T>(catalogDir: string, fn: () => Promise<T>): Promise<T> {
  await mkdir(catalogDir, { recursive: true });
  // Loaded here, not at start-up: it patches fs (graceful-fs), 10–20 ms that read-only commands skip.
  const { default: lockfile } = await import("proper-lockfile");
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(catalogDir, {
      lockfilePath: `${catalogDir.replace(/[/\\]+$/, "")}.lock`,
      stale: 15_000,
      retries: { retries: 60, minTimeout: 100, maxTimeout: 1_000 },
    });
  } catch (error) {
    throw new Error(
      `catalogue ${catalogDir} is locked by another llm-radar run (${(error as Error).message})`,
    );
  }
  try {
    return await fn();
  } finally {
    await release();
  }
}
