import type { Command } from "commander";

/** The `--catalog` folder given on the program (the option is global, so it may precede the command). */
export function catalogDir(command: Command): string {
  return (command.optsWithGlobals() as { catalog: string }).catalog;
}
