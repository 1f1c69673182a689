import type { Command } from "commander";
import { registerAccept } from "./accept.js";
import { registerBuild } from "./build.js";
import { registerCandidates } from "./candidates.js";
import { registerCheck } from "./check.js";
import { registerDiscover } from "./discover.js";
import { registerExport } from "./export.js";
import { registerHistory } from "./history.js";
import { registerImport } from "./import.js";
import { registerLs } from "./ls.js";
import { registerReject } from "./reject.js";
import { registerRender } from "./render.js";
import { registerSearch } from "./search.js";
import { registerServe } from "./serve.js";
import { registerShow } from "./show.js";
import { registerStats } from "./stats.js";
import { registerSync } from "./sync.js";

/** Every CLI command, in the order `--help` lists them. Each file registers one command. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerCheck,
  registerImport,
  registerExport,
  registerRender,
  registerLs,
  registerShow,
  registerSearch,
  registerStats,
  registerHistory,
  registerServe,
  registerBuild,
  registerSync,
  registerDiscover,
  registerCandidates,
  registerAccept,
  registerReject,
];
