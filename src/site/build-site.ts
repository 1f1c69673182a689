import type { CatalogIndex } from "../query/index.js";
// Not the server's front door (index.ts), which also loads the HTTP app and its framework: a static
// build renders every file without them.
import { type AppOptions, createStaticSite } from "../server/create-static-site.js";
import { memoizeReads } from "./memoize-reads.js";
import { prepareOutput, type WriterThread } from "./prepare-output.js";

export interface BuildSiteOptions extends Pick<AppOptions, "siteUrl" | "defaultLang" | "now" | "hubFacts"> {
  index: CatalogIndex;
  /** Output folder; created, or cleared when it holds a previous build. */
  out: string;
  /** URL path the site will be served under, e.g. `/llm-radar/` for GitHub Pages. Default `/`. */
  base?: string;
  /** A writer thread started earlier (startWriterThread), used whatever the number of files. */
  writer?: WriterThread;
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
 * assets) saved under `out`; no path may leave `out`. Every file is rendered by the app's own page and
 * answer functions without a request. Links carry `base`, so the folder works under a sub-path. A page
 * that cannot be rendered fails the build. A previous build in `out` is replaced (files it had that this
 * build does not write are removed).
 *
 * @example await buildSite({ index, out: "dist", base: "/llm-radar/" })
 */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = performance.now();
  // One catalogue for every file, even if another process refreshes the index meanwhile.
  const unpin = options.index.pin();
  try {
    return await writeSite(options, started);
  } finally {
    unpin();
  }
}

async function writeSite(options: BuildSiteOptions, started: number): Promise<BuildSiteResult> {
  const { routes, notFound } = createStaticSite({
    index: memoizeReads(options.index),
    base: options.base,
    siteUrl: options.siteUrl,
    defaultLang: options.defaultLang,
    now: options.now,
    hubFacts: options.hubFacts,
  });
  // GitHub Pages and most static hosts serve 404.html for unknown paths.
  const files = [...routes.map((r) => r.file), "404.html"];
  const output = prepareOutput(options.out, files, {
    worker: options.writer ?? files.length >= WORKER_FROM_FILES,
  });
  try {
    for (const route of routes) await output.write(route.file, route.render());
    await output.write("404.html", notFound());
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
