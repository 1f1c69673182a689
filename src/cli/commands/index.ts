import type { Command } from "commander";
import { registerCheck } from "./check.js";
import { registerExport } from "./export.js";

/** Every CLI command, in the order `--help` lists them. Each file registers one command. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [registerCheck, registerExport];
