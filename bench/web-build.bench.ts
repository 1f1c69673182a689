// `npm run bench web-build`: `llm-radar build` against a VitePress build of the same catalogue's README
// (renderReadme), side by side on this machine; then `llm-radar build` alone at 1k and 10k synthetic
// entries. Each build is a fresh process with a fresh index (cold), as a CI job would run it.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { machineInfo, writeBenchmarkSection } from "./benchmarks-md.js";
import { generateSyntheticCatalog } from "./synthetic-catalog.js";
import { BIN, ensureTool, median, ROOT, WORK, writeVitePressSite } from "./web-setup.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const out = path.join(WORK, "web");

function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): number {
  const start = performance.now();
  const r = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: "utf8" });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${r.stderr}\n${r.stdout}`);
  return ms;
}

function ourBuild(catalogDir: string, name: string): number {
  const index = path.join(out, `${name}.sqlite`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(index + suffix, { force: true });
  return timed(
    process.execPath,
    [BIN, "--catalog", catalogDir, "build", "--out", path.join(out, `dist-${name}`)],
    ROOT,
    {
      LLM_RADAR_INDEX: index,
    },
  );
}

const vitepress = ensureTool("vitepress", ["vitepress@1.6.4"]);
const siteDir = path.join(vitepress, "site");
const catalogDir = path.join(ROOT, "catalog");
await writeVitePressSite(catalogDir, siteDir);

const rows: string[] = [];
const ours: number[] = [];
const theirs: number[] = [];
for (let i = 0; i < RUNS; i++) {
  ours.push(ourBuild(catalogDir, "committed"));
  theirs.push(
    timed(
      process.execPath,
      [path.join(vitepress, "node_modules/vitepress/bin/vitepress.js"), "build", "site"],
      vitepress,
    ),
  );
  process.stderr.write(
    `run ${i + 1}: llm-radar ${ours.at(-1)?.toFixed(0)} ms, vitepress ${theirs.at(-1)?.toFixed(0)} ms\n`,
  );
}
const { models } = JSON.parse(
  spawnSync(process.execPath, [BIN, "--catalog", catalogDir, "stats", "--json"], {
    encoding: "utf8",
    env: { ...process.env, LLM_RADAR_INDEX: path.join(out, "committed.sqlite") },
  }).stdout || "{}",
).total ?? { models: "?" };
rows.push(
  `| committed catalogue (${models} models) | ${median(ours).toFixed(0)} ms | ${median(theirs).toFixed(0)} ms | ${(median(theirs) / median(ours)).toFixed(1)}× |`,
);

const scale: string[] = [];
for (const n of [1000, 10000]) {
  const dir = path.join(out, `catalog-${n}`);
  generateSyntheticCatalog(dir, n);
  const times = Array.from({ length: Math.min(RUNS, 2) }, () => ourBuild(dir, `synthetic-${n}`));
  scale.push(`| ${n.toLocaleString("en")} synthetic models | ${median(times).toFixed(0)} ms |`);
  process.stderr.write(`${n}: ${times.map((t) => t.toFixed(0)).join(", ")} ms\n`);
}

writeBenchmarkSection(
  "web-build",
  `## Web: static build vs VitePress

${machineInfo()}.

Reproduce: \`npm run bench web-build\` (installs VitePress 1.6.4 into bench/.work/vitepress/ on first run;
\`BENCH_RUNS=N\` for more runs). Wall time of a fresh process including a cold index build, median of ${RUNS}.
VitePress builds one page: the catalogue's README rendered by \`renderReadme(catalog, { lang: "ja" })\`,
with its default theme and local search. Target: at least 10× faster than VitePress, under 10 s at 10k entries.

| content | llm-radar build | VitePress build | speed-up |
|---|---|---|---|
${rows.join("\n")}

| content | llm-radar build (every page in ja and en, JSON twins, API files) |
|---|---|
${scale.join("\n")}`,
);
