import { createRequire } from "node:module";
import { Command, CommanderError } from "commander";
import { CatalogError, formatDiagnostic, UsageError } from "../core/index.js";
import { COMMANDS } from "./commands/index.js";

/**
 * The CLI's one exit point: runs a command and turns every error into an exit code
 * (0 ok, 1 failure or data errors, 2 usage errors).
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    return reportError(error);
  }
}

export function createProgram(): Command {
  const program = new Command("llm-radar")
    .description(
      "A typed, queryable catalogue of large language models, benchmarks, leaderboards and datasets.",
    )
    .version(packageVersion(), "-V, --version", "print the version")
    .option("--catalog <dir>", "catalogue folder", "./catalog")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  program.configureOutput({
    writeErr: (s) => process.stderr.write(s),
    writeOut: (s) => process.stdout.write(s),
  });
  for (const register of COMMANDS) register(program);
  return program;
}

// Two folders below the package root from src/cli, lib/cli and the bundle in lib/cli-bundle alike.
function packageVersion(): string {
  return (createRequire(import.meta.url)("../../package.json") as { version: string }).version;
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // Commander already printed the message; help and version are not failures.
    return error.code === "commander.helpDisplayed" ||
      error.code === "commander.version" ||
      error.exitCode === 0
      ? 0
      : 2;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`error: ${error.message}\n`);
    if (error.valid.length > 0) process.stderr.write(`valid values: ${error.valid.join(", ")}\n`);
    return 2;
  }
  if (error instanceof CatalogError) {
    for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    process.stderr.write(`error: ${error.message}\n`);
    return 1;
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
