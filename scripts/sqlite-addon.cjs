// Stands in for the `bindings` package when scripts/bundle-cli.mjs bundles better-sqlite3's JavaScript:
// `bindings` finds an addon from its caller's file, which would be the bundle. This loads the addon
// from better-sqlite3's own folder, where its prebuilt binary or a source build puts it, and otherwise
// asks `bindings` itself, told which folder that is.
"use strict";
const { existsSync } = require("node:fs");
const { createRequire } = require("node:module");
const path = require("node:path");

module.exports = function loadAddon(name) {
  const manifest = require.resolve("better-sqlite3/package.json");
  const root = path.dirname(manifest);
  const release = path.join(root, "build", "Release", name);
  if (existsSync(release)) return require(release);
  return createRequire(manifest)("bindings")({ bindings: name, module_root: root });
};
