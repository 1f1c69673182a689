import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Html, Root, Table } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
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

  it("renders the committed catalogue as well-formed GFM in both languages", () => {
    for (const lang of ["ja", "en"]) {
      const { code, stdout } = cli("--catalog", "catalog", "render", "--lang", lang);
      expect(code).toBe(0);
      const tree = unified().use(remarkParse).use(remarkGfm).parse(stdout) as Root;
      const tables = tree.children.filter((n): n is Table => n.type === "table");
      expect(tables.length).toBeGreaterThanOrEqual(4);
      for (const table of tables) {
        for (const row of table.children)
          expect(row.children).toHaveLength(table.children[0]!.children.length);
      }
      // Only the generated-by note, the History's <details>, and archived rows in comments.
      for (const node of tree.children.filter((n): n is Html => n.type === "html")) {
        expect(node.value).toMatch(/^(<!--[\s\S]*-->|<details>\n<summary>[^<]+<\/summary>|<\/details>)$/);
      }
      expect(tree.children.filter((n) => n.type === "list").length).toBeGreaterThan(4);
    }
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
