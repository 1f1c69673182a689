// `npm run bench web-build`: `llm-radar build` against a VitePress build of the same catalogue's README
// (renderReadme), side by side on this machine; then `llm-radar build` alone at 1k and 10k synthetic
// entries. Each build is a fresh process with a fresh index (cold) and no previous output, as a CI job
// would run it; a rebuild over the previous output (same content) is timed apart.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { machineInfo, writeBenchmarkSection } from "./benchmarks-md.js";
import { generateSyntheticCatalog } from "./synthetic-catalog.js";
import { BIN, ensureTool, median, ROOT, WORK, writeVitePressSite } from "./web-setup.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const wall = (t: Timing[]) => median(t.map((x) => x.wall));
const cpu = (t: Timing[]) => median(t.map((x) => x.cpu));
/**
 * The median of each run's own ratio: the two builds of a run follow each other, so they share the
 * machine's load of that moment, which drifts over a bench.
 */
const pairedRatio = (ours: Timing[], theirs: Timing[], key: keyof Timing) =>
  median(ours.map((o, i) => (theirs[i] as Timing)[key] / o[key]));
const out = path.join(WORK, "web");

/** Wall time and CPU time (user + sys of the process and its children, from bash's `time`) in ms. */
interface Timing {
  wall: number;
  cpu: number;
}

/**
 * The environment both tools run in: this one without NODE_EXTRA_CA_CERTS. This machine sets it (to
 * a bundle of ~150 certificates), and every Node process then reads and parses that file before it
 * runs a line of code: ~40 ms per process here, once for each tool (neither starts a second Node
 * process), a cost of the machine's set-up that neither build needs (no network). Measured and
 * reported beside the table.
 */
function toolEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return { ...env, ...extra };
}

function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Timing {
  const quoted = [command, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(" ");
  const r = spawnSync(
    "bash",
    ["-c", `TIMEFORMAT='@@%R %U %S'; time ${quoted} >/dev/null 2>/tmp/llm-radar-bench.err`],
    {
      cwd,
      env: toolEnv(env),
      encoding: "utf8",
    },
  );
  const m = /@@([\d.]+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${command} ${args.join(" ")} failed:\n${r.stderr}`);
  return { wall: Number(m[1]) * 1000, cpu: (Number(m[2]) + Number(m[3])) * 1000 };
}

// Every fresh build writes into a folder of its own that no earlier run used, and all of them are
// removed only after the last timing. Deleting the previous output just before a timed build makes
// ext4 step over the freshly freed inodes while the build creates its files: at 10k entries that took
// the same build from 6.4 to 10.7 s wall (3.0 → 7.7 s of kernel time), which is the disk's state, not
// the tool, and not what a CI job's clean checkout sees. That case is still timed, in its own row.
const used: string[] = [];
let runs = 0;
/** A folder under `root` that does not exist yet, removed at the end of the bench. */
function newOutput(root: string, name: string): string {
  const dir = path.join(root, "runs", `${name}-${++runs}`);
  rmSync(dir, { recursive: true, force: true });
  used.push(dir);
  return dir;
}
/** Moves what an interrupted run left behind out of the way, to be deleted with this run's output. */
function retireLeftovers(root: string): void {
  const runsDir = path.join(root, "runs");
  if (!existsSync(runsDir)) return;
  const retired = path.join(root, `runs-retired-${process.pid}`);
  renameSync(runsDir, retired);
  used.push(retired);
}

/** A cold build of `catalogDir` into `dist` (which may hold a previous build's output). */
function ourBuild(catalogDir: string, name: string, dist: string): Timing {
  const index = path.join(out, `${name}.sqlite`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(index + suffix, { force: true });
  return timed(process.execPath, [BIN, "--catalog", catalogDir, "build", "--out", dist], ROOT, {
    LLM_RADAR_INDEX: index,
  });
}

function vitePressBuild(root: string): Timing {
  return timed(
    process.execPath,
    [
      path.join(vitepress, "node_modules/vitepress/bin/vitepress.js"),
      "build",
      "site",
      "--outDir",
      newOutput(root, "vitepress"),
    ],
    vitepress,
  );
}

const vitepress = ensureTool("vitepress", ["vitepress@1.6.4"]);
const siteDir = path.join(vitepress, "site");
const catalogDir = path.join(ROOT, "catalog");
await writeVitePressSite(catalogDir, siteDir);

// Both tools write their output to memory (tmpfs) and, in separate runs, to the disk under bench/.work/.
// On this VM's ext4 the same 1,050 file and folder creations took 21 ms in one folder and 260 ms in
// another (kernel time skipping recently freed inodes), which swamps the tools' own work; tmpfs takes
// the disk's state out of the comparison, the disk runs keep it in view.
const memory = existsSync("/dev/shm") ? path.join("/dev/shm", "llm-radar-bench-web") : undefined;
const places = [
  ...(memory ? [{ label: "output in memory (tmpfs)", root: memory }] : []),
  { label: "output on disk", root: out },
];
const rows: string[] = [];
for (const { root } of places) retireLeftovers(root);
// What Node's own start costs, with and without the machine's extra CA certificates (see toolEnv).
const nodeStart = { plain: [] as Timing[], withCerts: [] as Timing[] };
const certs = process.env.NODE_EXTRA_CA_CERTS;
for (let i = 0; i < 2 * RUNS + 1; i++) {
  nodeStart.plain.push(timed(process.execPath, ["-e", "0"], ROOT));
  if (certs)
    nodeStart.withCerts.push(timed(process.execPath, ["-e", "0"], ROOT, { NODE_EXTRA_CA_CERTS: certs }));
}
let committedDist = "";
for (const { label, root } of places) {
  mkdirSync(root, { recursive: true });
  const ours: Timing[] = [];
  const theirs: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    committedDist = newOutput(root, "committed");
    ours.push(ourBuild(catalogDir, "committed", committedDist));
    theirs.push(vitePressBuild(root));
    process.stderr.write(
      `${label}, run ${i + 1}: llm-radar ${JSON.stringify(ours.at(-1))}, vitepress ${JSON.stringify(theirs.at(-1))}\n`,
    );
  }
  rows.push(
    `| committed catalogue, ${label}, wall time | ${wall(ours).toFixed(0)} ms | ${wall(theirs).toFixed(0)} ms | ${(wall(theirs) / wall(ours)).toFixed(1)}× | ${pairedRatio(ours, theirs, "wall").toFixed(1)}× |`,
    `| same, CPU time (user + sys) | ${cpu(ours).toFixed(0)} ms | ${cpu(theirs).toFixed(0)} ms | ${(cpu(theirs) / cpu(ours)).toFixed(1)}× | ${pairedRatio(ours, theirs, "cpu").toFixed(1)}× |`,
  );
}
const { models } = JSON.parse(
  spawnSync(process.execPath, [BIN, "--catalog", catalogDir, "stats", "--json"], {
    encoding: "utf8",
    env: { ...process.env, LLM_RADAR_INDEX: path.join(out, "committed.sqlite") },
  }).stdout || "{}",
).total ?? { models: "?" };
const again = ourBuild(catalogDir, "committed", committedDist);
process.stderr.write(`rebuild: ${JSON.stringify(again)}\n`);
const rebuilds = [`| committed catalogue | ${again.wall.toFixed(0)} ms | ${again.cpu.toFixed(0)} ms |`];

const scale: string[] = [];
const deleted: string[] = [];
for (const n of [1000, 10000]) {
  const dir = path.join(out, `catalog-${n}`);
  generateSyntheticCatalog(dir, n);
  const dist = newOutput(out, `synthetic-${n}`);
  const times = [ourBuild(dir, `synthetic-${n}`, dist)];
  scale.push(
    `| ${n.toLocaleString("en")} synthetic models | ${wall(times).toFixed(0)} ms | ${cpu(times).toFixed(0)} ms |`,
  );
  const rebuilt = ourBuild(dir, `synthetic-${n}`, dist);
  rebuilds.push(
    `| ${n.toLocaleString("en")} synthetic models | ${rebuilt.wall.toFixed(0)} ms | ${rebuilt.cpu.toFixed(0)} ms |`,
  );
  rmSync(dist, { recursive: true, force: true });
  const afterDelete = ourBuild(dir, `synthetic-${n}`, dist);
  deleted.push(
    `| ${n.toLocaleString("en")} synthetic models | ${afterDelete.wall.toFixed(0)} ms | ${afterDelete.cpu.toFixed(0)} ms |`,
  );
  process.stderr.write(
    `${n}: ${JSON.stringify(times)}, rebuild ${JSON.stringify(rebuilt)}, after rm ${JSON.stringify(afterDelete)}\n`,
  );
}
for (const dir of used) rmSync(dir, { recursive: true, force: true });

writeBenchmarkSection(
  "web-build",
  `## Web: static build vs VitePress

${machineInfo()}.

Reproduce: \`npm run bench web-build\` (installs VitePress 1.6.4 into bench/.work/vitepress/ on first run;
\`BENCH_RUNS=N\` for more runs). Wall time of a fresh process including a cold index build (our index
file is always on disk), into a new, empty output folder, as in a CI job's clean checkout: every build
writes into a folder no earlier run used, and the bench deletes them all only after its last timing
(deleting a previous output just before a build makes ext4 step over the freed inodes while the build
creates its files: kernel time that depends on the disk's recent history, not on the tool; that case has
its own table below). Median of ${RUNS}, alternating between the two tools (one run at 1k and 10k, on
disk). The committed catalogue (${models} models) is built with the output in memory (tmpfs, /dev/shm)
and, in separate runs, on disk.
VitePress builds one page: the catalogue's README rendered by \`renderReadme(catalog, { lang: "ja" })\`,
with its default theme and local search. The machine is shared (see the load average): wall time includes
waiting for a CPU, so CPU time (user + sys, children included) is reported beside it. Target: at least 10× faster than VitePress, under 10 s at 10k entries.
Both tools run without the \`NODE_EXTRA_CA_CERTS\` this machine sets: with it, every Node process
reads and parses a bundle of CA certificates before running any code, once per build for each tool,
and neither build uses the network${
    certs
      ? ` (\`node -e 0\`: ${wall(nodeStart.withCerts).toFixed(0)} ms with it, ${wall(nodeStart.plain).toFixed(0)} ms without, median of ${nodeStart.plain.length})`
      : ""
  }. Node's own start-up stays in both times.

| content | llm-radar build | VitePress build | speed-up (of the medians) | speed-up (median of each run's pair) |
|---|---|---|---|---|
${rows.join("\n")}

| content | llm-radar build wall time (every page in ja and en, JSON twins, API files) | CPU time |
|---|---|---|
${scale.join("\n")}

Rebuild over the previous build's output with the same content (cold index; files that already hold the
same bytes are read and left alone, one run each):

| content | llm-radar build wall time | CPU time |
|---|---|---|
${rebuilds.join("\n")}

A fresh build right after \`rm -rf\` of that output (the same folder, so the kernel steps over the
inodes just freed):

| content | llm-radar build wall time | CPU time |
|---|---|---|
${deleted.join("\n")}`,
);
