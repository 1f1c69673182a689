import { existsSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "../core/index.js";
import type { CatalogIndex } from "../query/index.js";
import { type AppOptions, createApp, siteRoutes } from "../server/index.js";
import { resolveInside } from "./resolve-inside.js";

/** Marks a folder as ours, so a rebuild may clear it (and never a folder we did not write). */
export const BUILD_MARKER = ".llm-radar-build";

const WRITES_IN_FLIGHT = 64;

export interface BuildSiteOptions extends Pick<AppOptions, "siteUrl" | "defaultLang" | "now" | "hubFacts"> {
  index: CatalogIndex;
  /** Output folder; created, or cleared when it holds a previous build. */
  out: string;
  /** URL path the site will be served under, e.g. `/llm-radar/` for GitHub Pages. Default `/`. */
  base?: string;
}

export interface BuildSiteResult {
  files: number;
  bytes: number;
  ms: number;
}

/**
 * Writes the static site by requesting every route of the server's app (the same pages, JSON twins, API
 * files, feed and assets) and saving each response under `out`; no path may leave `out`. Links carry
 * `base`, so the folder works under a sub-path. Any route that does not answer 200 fails the build.
 *
 * @example await buildSite({ index, out: "dist", base: "/llm-radar/" })
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = performance.now();
  const out = path.resolve(options.out);
  await prepareOut(out);
  const app = createApp({
    index: options.index,
    base: options.base,
    siteUrl: options.siteUrl,
    staticSite: true,
    defaultLang: options.defaultLang,
    now: options.now,
    hubFacts: options.hubFacts,
  });
  const made = new Map<string, Promise<unknown>>();
  let bytes = 0;
  // Rendering is CPU and writing is I/O: keep up to WRITES_IN_FLIGHT writes going while rendering on.
  const pending = new Set<Promise<void>>();
  const write = async (file: string, body: Uint8Array) => {
    const target = resolveInside(out, file);
    const dir = path.dirname(target);
    let ready = made.get(dir);
    if (!ready) {
      ready = mkdir(dir, { recursive: true });
      made.set(dir, ready);
    }
    const job = ready.then(() => writeFile(target, body)).finally(() => pending.delete(job));
    pending.add(job);
    bytes += body.byteLength;
    if (pending.size >= WRITES_IN_FLIGHT) await Promise.race(pending);
  };
  const routes = siteRoutes(options.index);
  for (const route of routes) {
    const res = await app.request(route.path);
    if (res.status !== 200) {
      throw new Error(
        `static build: ${route.path} answered ${res.status}: ${(await res.text()).slice(0, 200)}`,
      );
    }
    await write(route.file, new Uint8Array(await res.arrayBuffer()));
  }
  // GitHub Pages and most static hosts serve 404.html for unknown paths.
  const missing = await app.request("/__missing__");
  await write("404.html", new Uint8Array(await missing.arrayBuffer()));
  await Promise.all(pending);
  await writeFile(path.join(out, BUILD_MARKER), "");
  return { files: routes.length + 1, bytes, ms: Math.round(performance.now() - started) };
}

// --- helpers ---

async function prepareOut(out: string): Promise<void> {
  if (!existsSync(out)) return;
  const names = await readdir(out);
  if (names.length === 0) return;
  if (!names.includes(BUILD_MARKER)) {
    throw new UsageError(`output folder ${out} is not empty and was not written by llm-radar build`, "out");
  }
  await rm(out, { recursive: true, force: true });
}
