import type { Command } from "commander";
import { UsageError } from "../core/index.js";
import { didYouMean } from "../query/index.js";
import { formatModelDetail } from "./format-detail.js";
import { openCliIndex } from "./open-cli-index.js";
import { terminal } from "./terminal.js";

/** `show`: resolve the model by id or name, print it; unknown names exit 2 with the closest ids. */
export async function runShow(
  command: Command,
  idOrName: string,
  options: { json?: boolean; index?: string },
): Promise<void> {
  const index = await openCliIndex(command, options.index);
  try {
    const detail = index.getModel(idOrName);
    if (!detail) {
      const ids = index.vocabulary().base;
      const names = index.queryModels({}).items.map((i) => i.name);
      const near = didYouMean(idOrName, [...ids, ...names]);
      throw new UsageError(
        `no model with id or name "${idOrName}"${near.length > 0 ? ` (did you mean ${near.map((n) => `"${n}"`).join(", ")}?)` : ""}`,
        "id",
      );
    }
    if (options.json) {
      const { encodeJson } = await import("../export/index.js");
      process.stdout.write(encodeJson(detail));
    } else process.stdout.write(formatModelDetail(detail, terminal()));
  } finally {
    index.close();
  }
}
