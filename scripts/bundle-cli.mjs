// Bundles the CLI into lib/cli-bundle/ so `llm-radar` starts from a handful of files instead of
// resolving and evaluating ~700 modules: start-up was most of a small `build` or `ls`.
// Commands stay lazily loaded (dynamic imports become chunks). better-sqlite3 stays external: it is
// a native addon that loads its own binary.
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Two levels below the repository root, like lib/<folder>/, so `new URL("../../catalog/", import.meta.url)`
// finds the shipped catalogue from a bundled chunk as it does from the tsc output.
const outdir = path.join(root, "lib", "cli-bundle");

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: path.join(root, "src", "cli", "main.ts") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["better-sqlite3"],
  // CommonJS dependencies (yaml, proper-lockfile) call require() for Node built-ins.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
  sourcemap: "linked",
  logLevel: "warning",
});
