import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

// scripts/sqlite-addon.cjs stands in for `bindings` inside the CLI bundle. It is loaded here from a
// temporary tree that has it beside a stand-in better-sqlite3 and bindings, as the bundle sits beside
// node_modules.
const SHIM = path.resolve(import.meta.dirname, "..", "scripts", "sqlite-addon.cjs");

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "llm-radar-addon-"));
  mkdirSync(path.join(root, "lib"));
  copyFileSync(SHIM, path.join(root, "lib", "sqlite-addon.cjs"));
  const pkg = path.join(root, "node_modules", "better-sqlite3");
  mkdirSync(pkg, { recursive: true });
  writeFileSync(path.join(pkg, "package.json"), '{ "name": "better-sqlite3", "main": "index.js" }');
  const bindings = path.join(root, "node_modules", "bindings");
  mkdirSync(bindings);
  writeFileSync(path.join(bindings, "package.json"), '{ "name": "bindings", "main": "index.js" }');
  writeFileSync(
    path.join(bindings, "index.js"),
    "module.exports = (options) => ({ from: 'bindings', options });",
  );
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const loadAddon = (name: string): unknown =>
  createRequire(path.join(root, "lib", "x.js"))("./sqlite-addon.cjs")(name);

describe("sqlite-addon (bindings in the CLI bundle)", () => {
  it("loads the addon from better-sqlite3's build/Release", () => {
    const release = path.join(root, "node_modules", "better-sqlite3", "build", "Release");
    mkdirSync(release, { recursive: true });
    // A stand-in module: the shim requires whatever file has the addon's name.
    writeFileSync(path.join(release, "addon.js"), "module.exports = { from: 'release' };");
    expect(loadAddon("addon.js")).toEqual({ from: "release" });
  });

  it("otherwise asks bindings, giving it better-sqlite3's folder rather than the caller's", () => {
    expect(loadAddon("better_sqlite3.node")).toEqual({
      from: "bindings",
      options: {
        bindings: "better_sqlite3.node",
        module_root: path.join(root, "node_modules", "better-sqlite3"),
      },
    });
  });
});
