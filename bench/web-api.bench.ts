// `npm run bench web-api`: API throughput and latency with autocannon (installed into
// bench/.work/autocannon/) against `llm-radar serve` on 127.0.0.1 — a filtered `/api/v1/models` query at
// 50 connections, on the committed catalogue and on 1k and 10k synthetic catalogues.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { machineInfo, writeBenchmarkSection } from "./benchmarks-md.js";
import { generateSyntheticCatalog } from "./synthetic-catalog.js";
import { BIN, ensureTool, ROOT, WORK } from "./web-setup.js";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const QUERY = "/api/v1/models?section=japanese&max_params=10B&sort=-released&limit=20";
const out = path.join(WORK, "web");
const autocannon = path.join(
  ensureTool("autocannon", ["autocannon@8"]),
  "node_modules",
  ".bin",
  "autocannon",
);

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
    const r = spawnSync(
      autocannon,
      ["-c", String(CONNECTIONS), "-d", String(DURATION), "-j", `${url}${QUERY.slice(1)}`],
      {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const result = JSON.parse(r.stdout) as {
      requests: { average: number; total: number };
      latency: { p50: number; p99: number; average: number };
      non2xx: number;
      errors: number;
    };
    rows.push(
      `| ${label} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p99} ms | ${result.requests.total} | ${result.non2xx + result.errors} |`,
    );
    process.stderr.write(`${rows.at(-1)}\n`);
  } finally {
    child.kill("SIGTERM");
  }
}

writeBenchmarkSection(
  "web-api",
  `## Web: API throughput

${machineInfo()}.

Reproduce: \`npm run bench web-api\` (installs autocannon 8 into bench/.work/autocannon/ on first run).
\`llm-radar serve\` (one Node process) and autocannon run on the same machine over 127.0.0.1:
\`autocannon -c ${CONNECTIONS} -d ${DURATION} '${QUERY}'\` (a filtered query; every answer carries an ETag and
goes through CSP/CORS middleware). Target: at least 2,000 requests/s with p99 under 20 ms.

| catalogue | requests/s (mean) | p50 | p99 | requests | errors + non-2xx |
|---|---|---|---|---|---|
${rows.join("\n")}`,
);

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
