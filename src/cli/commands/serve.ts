import type { Command } from "commander";
import { UsageError } from "../../core/index.js";
import { catalogDir } from "../catalog-dir.js";

interface ServeOptions {
  port: string;
  host: string;
  index?: string;
}

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the web catalogue and JSON API from the catalogue's index")
    .option("--port <n>", "TCP port (0 picks a free one)", "8080")
    .option("--host <addr>", "interface to listen on", "127.0.0.1")
    .option(
      "--index <file>",
      "index file (default: $LLM_RADAR_INDEX or <catalog>/../.cache/llm-radar/index.sqlite)",
    )
    .addHelpText(
      "after",
      `
Pages: / (catalogue), /models/<id>, /news, /charts, /lineage, /benchmarks, /datasets, /leaderboards,
in Japanese under /ja/ and English under /en/. API: /api/v1/models?section=medical&lang=ja,
/api/openapi.json. Feed: /feed.atom. Stop with Ctrl-C.

Examples:
  llm-radar serve
  llm-radar serve --port 3000
  llm-radar serve --catalog ./my-catalog --host 0.0.0.0 --port 8080`,
    )
    .action(async (options: ServeOptions, command: Command) => {
      const port = parsePort(options.port);
      const { openCliIndex } = await import("../open-cli-index.js");
      const { createApp, startServer, warmUp } = await import("../../server/index.js");
      const { loadHubFacts } = await import("../load-hub-facts.js");
      const index = await openCliIndex(command, options.index);
      const hub = await loadHubFacts(
        catalogDir(command),
        index.queryModels({}).items.map((m) => m.id),
      );
      const app = createApp({ index, hubFacts: (id) => hub.get(id) });
      const server = await startServer(app, { port, host: options.host });
      process.stdout.write(`llm-radar: serving ${server.url} (Ctrl-C to stop)\n`);
      // After listening, so the server is reachable at once; a request arriving meanwhile waits its turn.
      void warmUp(app);
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      await server.close();
      index.close();
    });
}

function parsePort(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 65535) {
    throw new UsageError(`--port: "${text}" is not a port number (0–65535)`, "port");
  }
  return Number(text);
}
