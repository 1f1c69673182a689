import type { Command } from "commander";
import { parseModelQuery } from "../query/index.js";
import { formatEntries, outputFormat } from "./list-output.js";
import { openCliIndex } from "./open-cli-index.js";
import { queryParams } from "./query-flags.js";
import { terminal } from "./terminal.js";

/** `ls` and `search`: parse flags against the catalogue's values, query once, print. */
export async function runList(
  command: Command,
  options: Record<string, unknown>,
  text?: string,
): Promise<void> {
  const format = outputFormat(options);
  const index = await openCliIndex(command, options.index as string | undefined);
  try {
    const query = parseModelQuery(queryParams(options), { vocabulary: index.vocabulary() });
    const result = text === undefined ? index.queryModels(query) : index.search(text, query);
    const term = terminal();
    const columns = text === undefined ? undefined : (await import("./search-table.js")).SEARCH_TABLE;
    process.stdout.write(await formatEntries(result.items, format, term, columns));
    if (format === "table") {
      const kinds =
        query.kind === undefined ? "models" : query.kind.length === 1 ? query.kind[0]! : "entries";
      const shown =
        result.items.length === result.total
          ? `${result.total}`
          : `${result.items.length} of ${result.total}`;
      process.stderr.write(`${shown} ${result.total === 1 ? singular(kinds) : kinds}\n`);
    }
  } finally {
    index.close();
  }
}

/** "1 dataset", "1 entry". */
function singular(kinds: string): string {
  return kinds === "entries" ? "entry" : kinds.slice(0, -1);
}
