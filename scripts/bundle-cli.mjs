// Bundles the CLI into lib/cli-bundle/ so `llm-radar` starts from a handful of files instead of
// resolving and evaluating ~700 modules: start-up was most of a small `build` or `ls`.
// Commands stay lazily loaded (dynamic imports become chunks). better-sqlite3's JavaScript is bundled
// too, with scripts/sqlite-addon.cjs in place of `bindings` to load its native addon from its own
// folder: loading it from node_modules (a dozen CommonJS files, and `bindings` probing paths) took
// 13–15 ms of every command that opens the index. Also writes the prebuilt OpenAPI document (see the end).
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
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
  alias: { bindings: path.join(root, "scripts", "sqlite-addon.cjs") },
  // CommonJS dependencies (yaml, proper-lockfile) call require() for Node built-ins.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
  sourcemap: "linked",
  logLevel: "warning",
});

// The OpenAPI document, generated from the schemas once here rather than on every run (see
// PREBUILT_OPENAPI_FILE), beside the compiled module and the bundle's chunks, which read it from there.
const { generateOpenApiDocument, PREBUILT_OPENAPI_FILE } = await import(
  pathToFileURL(path.join(root, "lib", "server", "openapi.js")).href
);
const openapi = JSON.stringify(generateOpenApiDocument());
for (const dir of [path.join(root, "lib", "server"), outdir]) {
  writeFileSync(path.join(dir, PREBUILT_OPENAPI_FILE), openapi);
}
