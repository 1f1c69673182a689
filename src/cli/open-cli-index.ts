import type { Command } from "commander";
import { countErrors } from "../core/index.js";
import type { CatalogIndex } from "../query/index.js";
import { catalogDir } from "./catalog-dir.js";

/** Opens the index for a command (`--catalog`, `--index`), warning on stderr about files left out. */
export async function openCliIndex(command: Command, indexPath?: string): Promise<CatalogIndex> {
  const { openIndex } = await import("../query/index.js");
  const index = await openIndex({ catalogDir: catalogDir(command), ...(indexPath ? { indexPath } : {}) });
  const errors = countErrors(index.lastRefresh.diagnostics);
  if (errors > 0) {
    process.stderr.write(
      `warning: ${errors} problems in catalogue files; those entries are left out (run \`llm-radar check\`)\n`,
    );
  }
  return index;
}
