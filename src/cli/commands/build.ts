import type { Command } from "commander";
import { UsageError } from "../../core/index.js";
import { catalogDir } from "../catalog-dir.js";

interface BuildOptions {
  out: string;
  base: string;
  siteUrl?: string;
  lang: string;
  index?: string;
}

export function registerBuild(program: Command): void {
  program
    .command("build")
    .description("write the web catalogue, its JSON data and the API as static files")
    .option(
      "--out <dir>",
      "output folder (a previous build in it is replaced; unchanged files stay untouched)",
      "dist",
    )
    .option("--base <path>", "URL path the site is served under, e.g. /llm-radar/ for GitHub Pages", "/")
    .option(
      "--site-url <url>",
      "absolute URL of the site for the links in the feed, llms.txt and the OpenAPI document (default: links from the site root); e.g. https://user.github.io/llm-radar/",
    )
    .option("--lang <ja|en>", "UI language of the root page and 404.html", "en")
    .option(
      "--index <file>",
      "index file (default: $LLM_RADAR_INDEX or <catalog>/../.cache/llm-radar/index.sqlite)",
    )
    .addHelpText(
      "after",
      `
Every page is written as <path>/index.html in both languages (/ja/, /en/), with its JSON twin, the API
as .json files (/api/v1/models.json), the Atom feed, llms.txt and the OpenAPI document. Search and
filters run in the browser, so any static host or CDN works.

Examples:
  llm-radar build --out dist/
  llm-radar build --out dist/ --base /llm-radar/ --site-url https://example.github.io/llm-radar/`,
    )
    .action(async (options: BuildOptions, command: Command) => {
      if (options.lang !== "ja" && options.lang !== "en") {
        throw new UsageError(`--lang: "${options.lang}" is not one of ja, en`, "lang", ["ja", "en"]);
      }
      if (options.siteUrl !== undefined && !/^https?:\/\/\S+$/.test(options.siteUrl)) {
        throw new UsageError(`--site-url: "${options.siteUrl}" is not an http(s) URL`, "site-url");
      }
      const { openCliIndex } = await import("../open-cli-index.js");
      const { buildSite, startWriterThread } = await import("../../site/index.js");
      const { loadHubFacts } = await import("../load-hub-facts.js");
      // Started first, so its start-up overlaps the index build.
      const writer = startWriterThread();
      let index: Awaited<ReturnType<typeof openCliIndex>>;
      try {
        index = await openCliIndex(command, options.index);
      } catch (error) {
        await writer.stop();
        throw error;
      }
      try {
        const hub = await loadHubFacts(catalogDir(command), () =>
          index.queryModels({}).items.map((m) => m.id),
        );
        const siteUrl = options.siteUrl?.replace(/\/?$/, "/");
        const result = await buildSite({
          index,
          out: options.out,
          base: options.base,
          siteUrl,
          defaultLang: options.lang,
          hubFacts: (id) => hub.get(id),
          writer,
        });
        process.stderr.write(
          `llm-radar: wrote ${result.files} files (${(result.bytes / 1e6).toFixed(1)} MB${result.unchanged ? `, ${result.unchanged} unchanged since the last build` : ""}) to ${options.out} in ${result.ms} ms\n`,
        );
      } finally {
        await writer.stop();
        index.close();
      }
    });
}
