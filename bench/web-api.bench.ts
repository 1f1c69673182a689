// `npm run bench web-api`: API throughput and latency with autocannon (installed into
// bench/.work/autocannon/) against `llm-radar serve` on 127.0.0.1 — a filtered `/api/v1/models` query at
// 50 connections, repeated and all-distinct, on the committed catalogue and 1k and 10k synthetic ones.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { machineInfo, writeBenchmarkSection } from "./benchmarks-md.js";
import { generateSyntheticCatalog } from "./synthetic-catalog.js";
import { BIN, ensureTool, ROOT, WORK } from "./web-setup.js";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const QUERY = "/api/v1/models?section=japanese&max_params=10B&sort=-released&limit=20";
const out = path.join(WORK, "web");
const DISTINCT = 60000;
const WARM_UP = 3;
/** Index of the next path to send, shared by every run so a measured run never repeats its warm-up's paths. */
let next = 0;
const autocannon = createRequire(path.join(ensureTool("autocannon", ["autocannon@8"]), "package.json"))(
  "autocannon",
) as (options: Record<string, unknown>) => Promise<AutocannonResult>;

const rows: string[] = [];
for (const [label, catalogDir] of [
  ["committed catalogue", path.join(ROOT, "catalog")],
  ["1,000 synthetic models", path.join(out, "catalog-1000")],
  ["10,000 synthetic models", path.join(out, "catalog-10000")],
] as const) {
  if (!existsSync(path.join(catalogDir, "sections.yaml")))
    generateSyntheticCatalog(catalogDir, label.startsWith("1,") ? 1000 : 10000);
  const indexPath = path.join(out, `api-${path.basename(catalogDir)}.sqlite`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(indexPath + suffix, { force: true });
  const { child, url } = await startServe(catalogDir, indexPath);
  try {
    const check = await fetch(`${url}${QUERY.slice(1)}`);
    if (check.status !== 200) throw new Error(`${QUERY} answered ${check.status}`);
    const sections = (
      (await (await fetch(`${url}api/v1/stats`)).json()) as { sections: { id: string }[] }
    ).sections.map((s) => s.id);
    for (const [scenario, paths] of [
      ["same query repeated", [QUERY]],
      ["a different query every request", distinctQueries(sections)],
    ] as const) {
      // Warm up first (JIT, caches of the query's conditions): the table is the steady state.
      await run(url, paths, WARM_UP);
      const result = await run(url, paths);
      rows.push(
        `| ${label} | ${scenario} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.requests.total} | ${result.non2xx + result.errors} |`,
      );
      process.stderr.write(`${rows.at(-1)}\n`);
    }
  } finally {
    child.kill("SIGTERM");
  }
}

writeBenchmarkSection(
  "web-api",
  `## Web: API throughput

${machineInfo()}.

Reproduce: \`npm run bench web-api\` (installs autocannon 8 into bench/.work/autocannon/ on first run).
\`llm-radar serve\` (one Node process) and autocannon (${CONNECTIONS} connections, ${DURATION} s after a ${WARM_UP} s
warm-up that is not counted, in the bench process) share the machine over 127.0.0.1. *Same query repeated*: \`${QUERY}\` every time, which
after its first answer comes from the server's response cache. *A different query every request*:
${DISTINCT.toLocaleString("en")} distinct filtered queries (section × sort × limit × offset, each with \`max_params=10B\`),
taken in turn so none repeats during the run — every answer is a cache miss that runs the query,
encodes JSON and hashes the ETag. Every answer goes through the CSP/CORS middleware.
Target: at least 2,000 requests/s with p99 under 20 ms.

| catalogue | scenario | requests/s (mean) | p50 | p99 | requests | errors + non-2xx |
|---|---|---|---|---|---|---|
${rows.join("\n")}`,
);

// --- helpers ---

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

/** Runs autocannon against `url`, sending `paths` in turn (one counter across connections and runs). */
async function run(url: string, paths: readonly string[], duration = DURATION): Promise<AutocannonResult> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => ({
          ...request,
          path: paths[next++ % paths.length],
        }),
      },
    ],
  });
}

/** Filtered model queries that all differ (more than a run sends), every one a valid page. */
function distinctQueries(sections: string[]): string[] {
  const sorts = ["-released", "released", "-params", "params", "name", "-name"];
  const paths: string[] = [];
  for (let i = 0; paths.length < DISTINCT; i++) {
    const section = sections[i % sections.length];
    const sort = sorts[Math.floor(i / sections.length) % sorts.length];
    const page = Math.floor(i / (sections.length * sorts.length));
    paths.push(
      `/api/v1/models?section=${section}&max_params=10B&sort=${sort}&limit=${1 + (page % 50)}&offset=${Math.floor(page / 50)}`,
    );
  }
  return paths;
}

async function startServe(
  catalogDir: string,
  indexPath: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, "--catalog", catalogDir, "serve", "--port", "0"], {
    env: { ...process.env, LLM_RADAR_INDEX: indexPath },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let text = "";
    child.stdout?.on("data", (chunk) => {
      text += chunk;
      const m = text.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) resolve(m[0]);
    });
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { child, url };
}
