// History replay benchmark (issue #6): replay time against the number of versions, on generated git
// repositories whose list is about 30 KB, each commit adding, editing, hiding or reordering a few rows.
// Also times each phase (git read, import, diff) and, when present, the real seed history.
//   npm run bench -- history                    N = 10, 25, 50, 100 and the seed
//   npm run bench -- history --versions=100     one size (BENCHMARKS.md left unchanged)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  createHistoryDiffer,
  listFileVersions,
  openBlobReader,
  replayHistory,
  takeSnapshot,
} from "../src/history/index.js";
import { clearImportCache, importList } from "../src/markdown/index.js";
import { machineInfo, writeBenchmarkSection } from "./benchmarks-md.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const work = path.join(here, ".work", "history");
const flag = process.argv.find((a) => a.startsWith("--versions="));
const sizes = flag ? flag.slice("--versions=".length).split(",").map(Number) : [10, 25, 50, 100];
const seedBundle = path.resolve(here, "..", "..", "shared", "seed", "history.bundle");

interface Row {
  n: number;
  kb: number;
  replayMs: number;
  cpuMs: number;
  gitMs: number;
  importMs: number;
  diffMs: number;
  events: number;
}

const rows: Row[] = [];
for (const n of sizes) {
  const repo = generateRepo(n);
  rows.push(await measure(`generated, ${n} versions`, repo, n));
}
let seedRow: Row | undefined;
if (existsSync(seedBundle) && !flag) {
  const dir = path.join(work, "seed");
  rmSync(dir, { recursive: true, force: true });
  execFileSync("git", ["clone", "-q", seedBundle, dir], { stdio: "ignore" });
  seedRow = await measure("seed history", dir, 0);
}

const markdown = render(rows, seedRow);
process.stdout.write(`${markdown}\n`);
if (!flag) writeBenchmarkSection("history", markdown);
else process.stderr.write("(partial run: BENCHMARKS.md left unchanged; run without --versions to record)\n");

// --- helpers ---

async function measure(label: string, repo: string, n: number): Promise<Row> {
  process.stderr.write(`${label}…\n`);
  await replayHistory(repo); // warm-up: JIT and the git object cache
  clearImportCache(); // measure a cold replay: no chunk parsed before
  const cpu = process.cpuUsage();
  let t = performance.now();
  const report = await replayHistory(repo);
  const replayMs = performance.now() - t;
  const used = process.cpuUsage(cpu);

  // The same pipeline, phase by phase.
  t = performance.now();
  const versions = await listFileVersions(repo, "README.md", report.head);
  const reader = openBlobReader(repo);
  const texts = await Promise.all(
    versions.map(async (v) => (v.blob ? ((await reader.read(v.blob))?.toString("utf8") ?? "") : "")),
  );
  await reader.close();
  const gitMs = performance.now() - t;
  clearImportCache();
  t = performance.now();
  const catalogs = texts.map(
    (text) => importList(text, { source: "README.md", licenses: [], sections: [] }).catalog,
  );
  const importMs = performance.now() - t;
  t = performance.now();
  const differ = createHistoryDiffer();
  const flattened = new Map(); // as replayHistory does: entries unchanged since a version are not flattened again
  for (const [i, c] of catalogs.entries()) differ.next(takeSnapshot(c, flattened), versions[i]!);
  const diffMs = performance.now() - t;

  const kb = Math.max(...texts.map((x) => Buffer.byteLength(x))) / 1024;
  return {
    n: n || versions.length,
    kb,
    replayMs,
    cpuMs: (used.user + used.system) / 1000,
    gitMs,
    importMs,
    diffMs,
    events: report.events.length,
  };
}

function render(results: Row[], seed: Row | undefined): string {
  const f = (x: number) => x.toFixed(0);
  const line = (label: string, r: Row) =>
    `| ${label} | ${r.n} | ${r.kb.toFixed(1)} | ${f(r.replayMs)} | ${f(r.cpuMs)} | ${(r.replayMs / r.n).toFixed(1)} | ${f(r.gitMs)} | ${f(r.importMs)} | ${f(r.diffMs)} | ${r.events} |`;
  return [
    "## History replay (`llm-radar history`)",
    "",
    `Machine: ${machineInfo()}.`,
    "",
    "Command: `npm run bench -- history`. Generated repositories: one ~30 KB list in the seed's table format,",
    "each commit adding, editing, hiding, reordering or retitling a few rows. *replay* is `replayHistory`",
    "end to end (second run after a warm-up, with the importer's caches emptied first, wall clock; *cpu* is this process's CPU time over all its threads (JIT and GC included), steadier than the wall clock",
    "when other processes share the machine); the phase columns rerun the same pipeline one phase at a time.",
    "",
    "| history | versions | max KB | replay ms | cpu ms | ms / version | git read ms | import ms | diff ms | events |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map((r) => line("generated", r)),
    ...(seed ? [line("seed (history.bundle)", seed)] : []),
    "",
    share([...results, ...(seed ? [seed] : [])]),
  ].join("\n");
}

/** Where the time goes, summed over every run: the importer's share against git and diff. */
function share(all: Row[]): string {
  const sum = (pick: (r: Row) => number) => all.reduce((t, r) => t + pick(r), 0);
  const [git, imp, diff] = [sum((r) => r.gitMs), sum((r) => r.importMs), sum((r) => r.diffMs)];
  const total = git + imp + diff;
  const versions = sum((r) => r.n);
  const pct = (x: number) => `${((100 * x) / total).toFixed(0)} %`;
  return (
    `Over all runs: git read ${pct(git)} (${(git / versions).toFixed(1)} ms / version), ` +
    `import ${pct(imp)} (${(imp / versions).toFixed(1)} ms / version), diff ${pct(diff)} ` +
    `(${(diff / versions).toFixed(1)} ms / version). Across versions the importer parses each block of ` +
    "the list once, with row and bullet text masked (`parseMarkdown`, `maskRows`), and reads each distinct " +
    "row once (`createRowReader`); the differ flattens each distinct entry once (`takeSnapshot`'s cache), so " +
    "a version costs about what changed in it."
  );
}

/** A repository whose README.md has `n` versions of a ~30 KB list; deterministic. */
function generateRepo(n: number): string {
  const dir = path.join(work, `repo-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const git = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    execFileSync("git", ["-C", dir, ...args], { env: { ...process.env, ...env }, stdio: "ignore" });
  git(["init", "-q", "-b", "main"]);
  git(["config", "user.name", "Bench"]);
  git(["config", "user.email", "bench@example.org"]);
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const headings = ["General", "Japanese", "Small models", "Medical"];
  const sections = headings.map((_, s) => Array.from({ length: 45 }, (_, i) => row(s * 100 + i, random)));
  const hidden = new Set<string>();
  for (let v = 0; v < n; v++) {
    if (v > 0) {
      const s = Math.floor(random() * sections.length);
      const list = sections[s]!;
      const action = v % 5;
      if (action === 0) list.unshift(row(1000 + v, random));
      else if (action === 1) list[Math.floor(random() * list.length)] = row(2000 + v, random);
      else if (action === 2) hidden.add(list[Math.floor(random() * list.length)]!);
      else if (action === 3) list.reverse();
      else headings[s] = `${headings[s]!.replace(/ \(v\d+\)$/, "")} (v${v})`;
    }
    const text = [
      "# Generated list",
      "",
      ...headings.flatMap((h, s) => [
        `## ${h}`,
        "",
        "| When? | Name | HF? | Size | License | pretraining | finetuning | misc. |",
        "|---|---|---|---|---|---|---|---|",
        ...sections[s]!.map((r) => (hidden.has(r) ? `<!-- ${r} -->` : r)),
        "",
      ]),
    ].join("\n");
    writeFileSync(path.join(dir, "README.md"), text);
    git(["add", "README.md"]);
    const date = new Date(Date.UTC(2023, 0, 1) + v * 86_400_000 * 3).toISOString();
    git(["commit", "-q", "--allow-empty", "-m", `version ${v}`], {
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    });
  }
  return dir;
}

function row(i: number, random: () => number): string {
  const year = 2022 + Math.floor(random() * 4);
  const month = 1 + Math.floor(random() * 12);
  const size = [1, 3, 7, 8, 13, 14, 32, 70][Math.floor(random() * 8)];
  const license = ["apache-2.0", "mit", "llama3", "gemma", ""][Math.floor(random() * 5)];
  return `|${year}.${month}| [Model-${i} (Org${i % 17})](https://example.org/m${i}) | [HF](https://huggingface.co/org${i % 17}/model-${i}) | ${size}B | ${license} | base ${i % 9} | sft | notes ${i} |`;
}
