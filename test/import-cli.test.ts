import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../src/catalog/index.js";

// Runs the built CLI (`npm run build` first) on temp folders.
const BIN = path.resolve("bin/llm-radar.js");
const SEED = path.resolve("../shared/seed/000_c3354cf06961a246.txt");
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const LIST = `# Our list

**NEWS**
- 2025.4 Alpha was released.

## English-centric

| When? | Name |  HF?  | Size | License | pretraining | finetuning | misc.|
|---|---|---|---|---|---|---|---|
|2025.4| [Alpha (Lab)]() | [HF](https://huggingface.co/lab/alpha) | 7B | apache2.0 | | | |
|2025.3| [Beta]() | [HF](https://huggingface.co/lab/beta) | 1B | some-odd-licence | Alpha | | |
<!-- |2024.1| [Gamma]() | [HF](https://huggingface.co/lab/gamma) | 3B | MIT | | | | -->

## Evaluation benchmarks

- [BenchOne](https://example.org/bench-one)
`;

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "llm-radar-import-"));
  await writeFile(path.join(work, "list.md"), LIST);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Every file under a folder with its content and mtime, to prove a run wrote nothing. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, file), `${(await stat(file)).mtimeMs} ${await readFile(file, "utf8")}`);
  }
  return out;
}

describe("llm-radar import", () => {
  it("imports into an empty folder with the shipped licences, and export reads it back", async () => {
    const dir = path.join(work, "fresh");
    const r = cli("--catalog", dir, "import", path.join(work, "list.md"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/created \d+, updated 0, unchanged 0/);
    expect(r.stderr).toContain('list.md:11  license/unknown  unknown licence "some-odd-licence"');
    const { catalog, diagnostics } = await loadCatalog(dir);
    expect(diagnostics).toEqual([]);
    expect(catalog.models.map((m) => [m.id, m.status, m.license])).toEqual([
      ["alpha", "listed", "apache-2.0"],
      ["beta", "listed", undefined],
      ["gamma", "archived", "mit"],
    ]);
    expect(catalog.models[1]!.base_models).toEqual(["alpha"]);
    expect(catalog.licenses.length).toBeGreaterThan(10);
    expect(catalog.news.map((n) => n.id)).toEqual(["2025-04-alpha-was-released"]);
    expect(catalog.benchmarks.map((b) => b.id)).toEqual(["benchone"]);
    const exported = cli("--catalog", dir, "export", "--format", "json");
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout).models).toHaveLength(3);
  });

  it("--dry-run writes nothing", async () => {
    const dir = path.join(work, "dry");
    const r = cli("--catalog", dir, "import", "--dry-run", path.join(work, "list.md"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/would create \d+/);
    expect(existsSync(dir)).toBe(false);
  });

  it("re-import is idempotent: the second run changes no file", async () => {
    const dir = path.join(work, "again");
    expect(cli("--catalog", dir, "import", path.join(work, "list.md")).code).toBe(0);
    const before = await snapshot(dir);
    const r = cli("--catalog", dir, "import", path.join(work, "list.md"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/created 0, updated 0, unchanged \d+/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it("keeps a curated edit on re-import and reports the conflict", async () => {
    const dir = path.join(work, "curated");
    expect(cli("--catalog", dir, "import", path.join(work, "list.md")).code).toBe(0);
    const alpha = path.join(dir, "models", "alpha.yaml");
    const text = (await readFile(alpha, "utf8")).replace("released: 2025-04", "released: 2025-03");
    const correction =
      "  - field: released\n    from: 2025-04\n    to: 2025-03\n    reason: announced in March\n    by: curator\n";
    await writeFile(alpha, `${text}corrections:\n${correction}`);
    const r = cli("--catalog", dir, "import", path.join(work, "list.md"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `list.md:10  merge/curated  models/alpha: kept the catalogue's released ("2025-03")`,
    );
    const { catalog } = await loadCatalog(dir);
    expect(catalog.models.find((m) => m.id === "alpha")).toMatchObject({
      released: "2025-03",
      corrections: [{ field: "released", by: "curator", reason: "announced in March" }],
    });
  });

  it("prints the report as JSON on stdout with --report json", () => {
    const r = cli(
      "--catalog",
      path.join(work, "json"),
      "import",
      "--dry-run",
      "--report",
      "json",
      path.join(work, "list.md"),
    );
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { kind: string; line: number; message: string; source: string }[];
    expect(report.find((a) => a.kind === "license/unknown")).toMatchObject({ line: 11, source: "list.md" });
  });

  it("rejects a bad --report value as a usage error", () => {
    const r = cli("--catalog", path.join(work, "x"), "import", "--report", "xml", path.join(work, "list.md"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown report format "xml"');
  });

  const rejected: [string, string | Buffer, RegExp][] = [
    ["truncated.md", LIST.slice(0, LIST.indexOf("[Beta]()") + 20), /truncated\.md:11:1 .*looks truncated/],
    ["binary.md", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /binary\.md is a binary file/],
    [
      "prose.md",
      "Just some notes.\n\nNothing tabular here.\n",
      /prose\.md does not look like a markdown list/,
    ],
  ];
  for (const [name, content, message] of rejected) {
    it(`refuses ${name} with a clear message, exit 1 and nothing written`, async () => {
      const file = path.join(work, name);
      await writeFile(file, content);
      const dir = path.join(work, `out-${name}`);
      const r = cli("--catalog", dir, "import", file);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(dir)).toBe(false);
    });
  }

  it("two imports at once leave a valid catalogue (the lock serialises them)", async () => {
    const dir = path.join(work, "concurrent");
    const run = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, "--catalog", dir, "import", path.join(work, "list.md")], {
          stdio: "ignore",
        });
        child.on("close", resolve);
      });
    expect(await Promise.all([run(), run()])).toEqual([0, 0]);
    const { catalog, diagnostics } = await loadCatalog(dir);
    expect(diagnostics).toEqual([]);
    expect(catalog.models).toHaveLength(3);
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("has --help with examples", () => {
    const r = cli("import", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: llm-radar import [options] <file>");
    expect(r.stdout).toContain("--report <format>");
    expect(r.stdout).toContain("llm-radar import README.md --dry-run");
  });

  it("names a missing file", () => {
    const r = cli("--catalog", path.join(work, "none"), "import", path.join(work, "missing.md"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("missing.md: no such file");
  });
});

/** Table rows of the seed counted straight from the text, with whether each sits inside a comment. */
function seedRows(text: string): { line: number; archived: boolean; template: boolean }[] {
  const rows: { line: number; archived: boolean; template: boolean }[] = [];
  let inComment = false;
  text.split("\n").forEach((raw, i) => {
    const startsInComment = inComment || raw.trimStart().startsWith("<!--");
    for (const m of raw.matchAll(/<!--|-->/g)) inComment = m[0] === "<!--";
    const cells = raw.replace(/<!--|-->/g, "").trim();
    if (!cells.startsWith("|") || /^\|\s*When\?/.test(cells) || /^\|[-|\s:]+$/.test(cells)) return;
    rows.push({ line: i + 1, archived: startsInComment, template: cells.startsWith("||") });
  });
  return rows;
}

describe.skipIf(!existsSync(SEED))("import of the real seed list", () => {
  if (!existsSync(SEED)) console.warn(`skipping the seed import test: ${SEED} is missing`);
  let dir: string;
  let catalog: Awaited<ReturnType<typeof loadCatalog>>["catalog"];
  let stderr: string;
  let seed: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "llm-radar-seed-"));
    const r = cli("--catalog", dir, "import", SEED);
    expect(r.code, r.stderr).toBe(0);
    stderr = r.stderr;
    ({ catalog } = await loadCatalog(dir));
    seed = await readFile(SEED, "utf8");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("represents every table row of the seed, with the right status; the template row is reported", () => {
    const rows = seedRows(seed);
    expect(rows.length).toBeGreaterThan(100);
    const byLine = new Map(
      catalog.models.flatMap((m) => m.provenance.map((p) => [p.line, { m, p }] as const)),
    );
    for (const row of rows) {
      if (row.template) {
        expect(byLine.has(row.line)).toBe(false);
        expect(stderr).toContain(`:${row.line}  row/template`);
        continue;
      }
      const found = byLine.get(row.line);
      expect(found, `seed line ${row.line}`).toBeDefined();
      expect(found!.p.status).toBe(row.archived ? "archived" : "listed");
    }
    expect(rows.filter((r) => r.archived).length).toBeGreaterThan(20);
  });

  it("merges Gemma3 into one entry in two sections and keeps the two Meditrons apart", () => {
    const gemma3 = catalog.models.filter((m) => m.name === "Gemma3");
    expect(gemma3).toHaveLength(1);
    expect(gemma3[0]!.sections).toEqual(["general", "slm"]);
    expect(gemma3[0]!.provenance).toHaveLength(2);
    const meditrons = catalog.models.filter((m) => m.name === "Meditron");
    expect(meditrons.map((m) => m.released).sort()).toEqual(["2023-11", "2024-04"]);
  });

  it("has every news item and every benchmark, leaderboard and dataset bullet", () => {
    const lines = seed.split("\n");
    const newsLines = lines.flatMap((l, i) => (/^- (🔥\s*)?\d{4}\.\d/.test(l) ? [i + 1] : []));
    expect(newsLines).toHaveLength(38);
    const newsProvenance = new Set(catalog.news.flatMap((n) => n.provenance.map((p) => p.line)));
    for (const line of newsLines) expect(newsProvenance.has(line), `news line ${line}`).toBe(true);

    const start = lines.findIndex((l) => l.startsWith("## Evaluation benchmarks"));
    const seeMore = lines.findIndex((l, i) => i > start && l.startsWith("See more on"));
    const bulletLines = lines.flatMap((l, i) =>
      i > start && i < seeMore && l.startsWith("- ") && l.trim() !== "- etc." ? [i + 1] : [],
    );
    const resources = [...catalog.benchmarks, ...catalog.datasets, ...catalog.leaderboards];
    const bulletProvenance = new Set(resources.flatMap((r) => r.provenance.map((p) => p.line)));
    for (const line of bulletLines) expect(bulletProvenance.has(line), `bullet line ${line}`).toBe(true);
    expect(catalog.leaderboards.map((l) => l.name).sort()).toEqual([
      "MIRAGE Leaderboard",
      "Open Medical LLM leaderboard",
    ]);
  });
});
