import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveCatalog } from "../src/catalog/index.js";
import { renderReadme } from "../src/markdown/index.js";
import { fixtureCatalog } from "../src/markdown/render-readme.fixture.js";

// Runs the built CLI (`npm run build` first), as a user would.
const BIN = path.resolve("bin/llm-radar.js");
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "llm-radar-render-"));
  await saveCatalog(path.join(dir, "catalog"), fixtureCatalog());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("llm-radar render", () => {
  it("prints the README to stdout, ja by default", async () => {
    const { code, stdout } = cli("--catalog", path.join(dir, "catalog"), "render");
    expect(code).toBe(0);
    expect(stdout.startsWith("# 最新LLM & 医療LLM 一覧\n")).toBe(true);
    // Loading sorts entries by id; the rendering must not depend on that.
    expect(stdout).toBe(renderReadme(fixtureCatalog(), { lang: "ja" }));
  });

  it("writes --out atomically, byte-identical to stdout", async () => {
    const out = path.join(dir, "README.en.md");
    const written = cli("--catalog", path.join(dir, "catalog"), "render", "--lang", "en", "--out", out);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe("");
    expect(written.stderr).toMatch(/^wrote .*README\.en\.md \(\d+ bytes\)\n$/);
    const printed = cli("--catalog", path.join(dir, "catalog"), "render", "--lang", "en");
    expect(await readFile(out, "utf8")).toBe(printed.stdout);
    expect((await readdir(dir)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("rejects an unknown language and a missing catalogue", () => {
    const bad = cli("--catalog", path.join(dir, "catalog"), "render", "--lang", "fr");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown --lang "fr"');
    const missing = cli("--catalog", path.join(dir, "nope"), "render");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("does not exist");
  });
});
