import type { CatalogIndex } from "../query/index.js";
import { type AppOptions, createStaticSite, type StaticSite } from "../server/index.js";
import { memoizeReads } from "./memoize-reads.js";
import { prepareOutput } from "./prepare-output.js";

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
  /** Files a previous build in `out` already held byte for byte (left untouched). */
  unchanged: number;
  ms: number;
}

/**
 * Writes the static site: every route of the server's app (the same pages, JSON twins, API files, feed and
 * assets) saved under `out`; no path may leave `out`. The per-entry pages and JSON files, most of the site,
 * are rendered by the app's own page functions without a request; the rest are requested from the app.
 * Links carry `base`, so the folder works under a sub-path. Any route that does not answer 200 fails the
 * build. A previous build in `out` is replaced (files it had that this build does not write are removed).
 *
 * @example await buildSite({ index, out: "dist", base: "/llm-radar/" })
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = performance.now();
  const { app, routes } = createStaticSite({
    index: memoizeReads(options.index),
    base: options.base,
    siteUrl: options.siteUrl,
    defaultLang: options.defaultLang,
    now: options.now,
    hubFacts: options.hubFacts,
  });
  // GitHub Pages and most static hosts serve 404.html for unknown paths.
  const files = [...routes.map((r) => r.file), "404.html"];
  const output = prepareOutput(options.out, files, { worker: files.length >= WORKER_FROM_FILES });
  try {
    for (const route of routes) {
      await output.write(route.file, route.render ? route.render() : await request(app, route.path));
    }
    const missing = await app.request("/__missing__");
    await output.write("404.html", new Uint8Array(await missing.arrayBuffer()));
  } catch (error) {
    await output.abort();
    throw error;
  }
  const { bytes, unchanged } = await output.finish();
  return { files: files.length, bytes, unchanged, ms: Math.round(performance.now() - started) };
}

/**
 * From this many files (the committed catalogue writes ~700), writing on a worker thread beats its
 * start-up (~40 ms, mostly on the other core): creating a file or folder costs 0.05–0.5 ms of kernel
 * time, more where many files were deleted lately (ext4 skips recently freed inodes), as in a rebuild
 * into a cleared folder.
 */
const WORKER_FROM_FILES = 200;

// --- helpers ---

async function request(app: StaticSite["app"], path: string): Promise<Uint8Array> {
  const res = await app.request(path);
  if (res.status !== 200) {
    throw new Error(`static build: ${path} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  }
  return new Uint8Array(await res.arrayBuffer());
}
