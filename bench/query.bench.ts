// Query index benchmark (issue #3): full build, incremental rebuild after one edit, and p50/p99 of ten
// representative queries on synthetic catalogues of 1k, 10k and 100k models.
//   npm run bench -- query                 all sizes
//   npm run bench -- query --sizes=1000    one size
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type CatalogIndex, type ModelQuery, openIndex } from "../src/query/index.js";
import { machineInfo, percentile, writeBenchmarkSection } from "./benchmarks-md.js";
import { generateSyntheticCatalog } from "./synthetic-catalog.js";

const work = path.join(path.dirname(fileURLToPath(import.meta.url)), ".work", "query");
const sizesFlag = process.argv.find((a) => a.startsWith("--sizes="));
const sizes = sizesFlag ? sizesFlag.slice("--sizes=".length).split(",").map(Number) : [1000, 10000, 100000];

interface SizeResult {
  n: number;
  generateMs: number;
  buildMs: number;
  /** CPU time of the build process (user + system), less sensitive to other load than wall time. */
  buildCpuMs: number;
  reopenMs: number;
  incrementalMs: number[];
  incrementalCpuMs: number[];
  dbMiB: number;
  queries: {
    name: string;
    first: number;
    p50: number;
    p99: number;
    cpuP50: number;
    cpuP99: number;
    total: number;
  }[];
}

const results: SizeResult[] = [];
for (const n of sizes) results.push(await benchSize(n));
const markdown = render(results);
process.stdout.write(`${markdown}\n`);
if (sizesFlag === undefined) writeBenchmarkSection("query", markdown);
else process.stderr.write("(partial run: BENCHMARKS.md left unchanged; run without --sizes to record)\n");

// --- helpers ---

async function benchSize(n: number): Promise<SizeResult> {
  const dir = path.join(work, String(n));
  const catalogDir = path.join(dir, "catalog");
  const indexPath = path.join(dir, "index.sqlite");
  let t = performance.now();
  const synthetic = generateSyntheticCatalog(catalogDir, n);
  const generateMs = performance.now() - t;
  // Let every generated file age past the index's racy-mtime window, as a real catalogue has, and be
  // written to disk: otherwise the kernel's write-back of 100k new files competes with the build.
  execFileSync("sync");
  await new Promise((r) => setTimeout(r, 2100));
  for (const suffix of ["", "-wal", "-shm"]) rmSync(indexPath + suffix, { force: true });

  t = performance.now();
  const cpu = process.cpuUsage();
  let index = await openIndex({ catalogDir, indexPath });
  const buildMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const buildCpuMs = (used.user + used.system) / 1000;
  index.close();
  t = performance.now();
  index = await openIndex({ catalogDir, indexPath });
  const reopenMs = performance.now() - t;

  const original = readFileSync(synthetic.sampleFile, "utf8");
  const incrementalMs: number[] = [];
  const incrementalCpuMs: number[] = [];
  for (let i = 0; i < 7; i++) {
    writeFileSync(synthetic.sampleFile, original.replace("tokens", `tokens (edit ${i})`));
    const before = process.cpuUsage();
    const result = await index.refresh();
    const used = process.cpuUsage(before);
    if (result.changed !== 1) throw new Error(`expected one changed file, got ${JSON.stringify(result)}`);
    incrementalMs.push(result.ms);
    incrementalCpuMs.push((used.user + used.system) / 1000);
  }
  writeFileSync(synthetic.sampleFile, original);
  await index.refresh();

  const queries = QUERIES(synthetic.root).map(([name, query]) => measure(index, name, query, n));
  const dbMiB = Number((statSize(indexPath) / 2 ** 20).toFixed(1));
  index.close();
  process.stderr.write(
    `n=${n}: build ${buildMs.toFixed(0)} ms, incremental ${percentile(incrementalMs, 50)} ms\n`,
  );
  return { n, generateMs, buildMs, buildCpuMs, reopenMs, incrementalMs, incrementalCpuMs, dbMiB, queries };
}

function QUERIES(root: string): [string, ModelQuery | (() => unknown)][] {
  return [
    ["section=medical & lang=ja", { section: ["medical"], lang: ["ja"], limit: 50 }],
    [
      "1B ≤ params ≤ 10B & commercial=yes, by size",
      { min_params: 1e9, max_params: 1e10, commercial: ["yes"], sort: "-params", limit: 50 },
    ],
    ["released 2024 & org=東工大", { since: "2024-01", until: "2024-12", org: ["東工大"], limit: 50 }],
    ["all models, newest first (page 3)", { sort: "-released", limit: 50, offset: 100 }],
    ["search “instruct” (English)", { q: "instruct", limit: 50 }],
    ["search “日本語モデル” (Japanese)", { q: "日本語モデル", limit: 50 }],
    ["search “医療” (2 chars, scan fallback)", { q: "医療", limit: 50 }],
    ["search “ＳＷＡＬＬＯＷ” (full-width)", { q: "ＳＷＡＬＬＯＷ", limit: 50 }],
    ["lineage: built on the root model", { base: [root], limit: 50 }],
    [
      "search “swallow” & section=japanese & ≤ 10B",
      { q: "swallow", section: ["japanese"], max_params: 1e10, limit: 50 },
    ],
  ];
}

function measure(index: CatalogIndex, name: string, query: ModelQuery | (() => unknown), n: number) {
  const run = typeof query === "function" ? query : () => index.queryModels(query);
  // The first run reads each of the query's conditions from SQLite into the index's caches.
  const started = performance.now();
  run();
  const first = performance.now() - started;
  for (let i = 0; i < 5; i++) run();
  const runs = n >= 100000 ? 100 : 200;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    run();
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const total = typeof query === "function" ? 0 : index.queryModels({ ...query, limit: 1 }).total;
  return {
    name,
    first,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    cpuP50: percentile(cpu, 50),
    cpuP99: percentile(cpu, 99),
    total,
  };
}

function statSize(file: string): number {
  try {
    return readFileSync(file).byteLength;
  } catch {
    return 0;
  }
}

function render(rs: SizeResult[]): string {
  const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0));
  const lines = [
    "## Query index (`src/query`)",
    "",
    `Machine: ${machineInfo()}.`,
    "",
    "Reproduce: `npm run bench -- query` (synthetic catalogues from `bench/synthetic-catalog.ts`, seed 42,",
    "written to `bench/.work/query/`). Targets from issue #3: build of 100k < 10 s, incremental rebuild",
    "after one edit < 100 ms at 10k, every query p99 < 10 ms at 100k.",
    "",
    "| models | full build (wall / CPU) | reopen, nothing changed | incremental, one file edited: median wall / median CPU (max wall of 7) | index size |",
    "|---:|---:|---:|---:|---:|",
    ...rs.map(
      (r) =>
        `| ${r.n.toLocaleString("en")} | ${ms(r.buildMs)} / ${ms(r.buildCpuMs)} ms | ${ms(r.reopenMs)} ms | ${ms(percentile(r.incrementalMs, 50))} / ${ms(percentile(r.incrementalCpuMs, 50))} ms (${ms(Math.max(...r.incrementalMs))} ms) | ${r.dbMiB} MiB |`,
    ),
    "",
    "Query latency in ms, wall p50 / p99 of repeated runs, then CPU p50 / p99 of the process (CPU time is",
    "what the query costs without the waiting that other processes on the shared machine add), the first",
    "run after opening the index (it reads the query's conditions into the index's caches; later queries",
    "sharing a condition reuse it), and the number of matches.",
    `(${rs.map((r) => `${r.n >= 100000 ? 100 : 200} runs at ${r.n.toLocaleString("en")}`).join(", ")}; each query returns a page of 50 and the total count):`,
    "",
    `| query | ${rs.map((r) => `${r.n.toLocaleString("en")} (matches)`).join(" | ")} |`,
    `|---|${rs.map(() => "---:").join("|")}|`,
    ...rs[0]!.queries.map(
      (q, i) =>
        `| ${q.name} | ${rs
          .map((r) => {
            const x = r.queries[i]!;
            return `${ms(x.p50)} / ${ms(x.p99)}; CPU ${ms(x.cpuP50)} / ${ms(x.cpuP99)}; first ${ms(x.first)} (${x.total.toLocaleString("en")})`;
          })
          .join(" | ")} |`,
    ),
  ];
  return lines.join("\n");
}
