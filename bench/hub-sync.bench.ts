// Hub sync benchmark (issue #5): HTTP requests and wall time to sync 500 catalogue entries spread over
// 20 organisations from a local fake Hub answering after 50 ms, against the target of at most one
// request per organisation plus one per entry the listing cannot answer, in under 10 s.
//   npm run bench -- hub-sync
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { saveCatalog } from "../src/catalog/index.js";
import { emptyCatalog, Section } from "../src/core/index.js";
import { syncFromHub } from "../src/hub/index.js";
import { type FakeModel, startFakeHub } from "../test/fake-hub/fake-hub.js";
import { catalogModel, hubModel } from "../test/fake-hub/hub-fixtures.js";
import { machineInfo, writeBenchmarkSection } from "./benchmarks-md.js";

const ORGS = 20;
const PER_ORG = 25;
const LATENCY_MS = 50;

interface Scenario {
  name: string;
  /** Entries whose repo is gone (404) or renamed (307): the listing cannot answer them. */
  gone: number;
  renamed: number;
  /** Force one request per repo (no owner listing): the naive baseline. */
  naive?: boolean;
}

const scenarios: Scenario[] = [
  { name: "500 entries, all answered by owner listings", gone: 0, renamed: 0 },
  { name: "500 entries, 5 gone (404) and 5 renamed (307)", gone: 5, renamed: 5 },
  { name: "naive baseline: one request per entry", gone: 0, renamed: 0, naive: true },
];

const rows: string[] = [];
for (const scenario of scenarios) rows.push(await measure(scenario));

const markdown = `## Hub sync (\`llm-radar sync\`)

${machineInfo()}.

Command: \`npm run bench -- hub-sync\` (bench/hub-sync.bench.ts). ${ORGS} organisations × ${PER_ORG} linked
repos (each organisation also has 5 repos the catalogue does not link), served by the fake Hub of
test/fake-hub with ${LATENCY_MS} ms latency per request; default concurrency 4. "Requests" are the
client's (one per listing or repo); the server count also includes the second hop of each 307 redirect.
Target: ≤ one request per organisation plus one per entry the listing cannot answer, and under 10 s.
Wall time includes loading the 500-entry catalogue, writing 500 snapshot files (each fsynced) and
comparing; CPU time is the process's user + system time, for a machine shared with other jobs.

| scenario | requests | at server | target | wall time | CPU time | second run (same day) |
|---|---:|---:|---:|---:|---:|---:|
${rows.join("\n")}
`;
process.stdout.write(`${markdown}\n`);
writeBenchmarkSection("hub-sync", markdown);

// --- helpers ---

async function measure(scenario: Scenario): Promise<string> {
  const models: FakeModel[] = [];
  const catalog = emptyCatalog();
  const renamed: Record<string, string> = {};
  let gone = scenario.gone;
  let moved = scenario.renamed;
  for (let o = 0; o < ORGS; o++) {
    for (let i = 0; i < PER_ORG + 5; i++) {
      const id = `org-${o}/Model-${o}-${i}B`;
      const linked = i < PER_ORG;
      if (linked && gone > 0 && i === PER_ORG - 1) {
        gone--;
        catalog.models.push(catalogModel(`m-${o}-${i}`, [id]));
        continue; // linked but not on the Hub
      }
      if (linked && moved > 0 && i === PER_ORG - 2) {
        moved--;
        const newId = `org-${o}/Model-${o}-${i}B-v2`;
        renamed[id] = newId;
        models.push(hubModel(newId));
        catalog.models.push(catalogModel(`m-${o}-${i}`, [id]));
        continue;
      }
      models.push(hubModel(id, { downloads: o * 100 + i }));
      if (linked) catalog.models.push(catalogModel(`m-${o}-${i}`, [id]));
    }
  }
  const hub = await startFakeHub({ models, renamed, latencyMs: LATENCY_MS });
  const root = mkdtempSync(path.join(tmpdir(), "llm-radar-bench-hub-"));
  const dir = path.join(root, "catalog");
  try {
    catalog.sections = [Section.parse({ id: "general", kind: "models", title: { en: "General" } })];
    await saveCatalog(dir, catalog);
    const options = { hubUrl: hub.url, listThreshold: scenario.naive ? Number.POSITIVE_INFINITY : 2 };
    const started = performance.now();
    const cpu = process.cpuUsage();
    const report = await syncFromHub(dir, options);
    const firstMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    const requests = hub.requests.length;
    const again = performance.now();
    await syncFromHub(dir, options);
    const secondMs = performance.now() - again;
    const secondRequests = hub.requests.length - requests;
    const unanswered = scenario.gone + scenario.renamed;
    const target = scenario.naive ? "—" : `≤ ${ORGS + unanswered}`;
    process.stderr.write(
      `${scenario.name}: ${requests} requests, ${(firstMs / 1000).toFixed(2)} s; findings ${report.findings.length}; second run ${secondRequests} requests\n`,
    );
    return `| ${scenario.name} | ${report.requests} | ${requests} | ${target} | ${(firstMs / 1000).toFixed(2)} s | ${(cpuMs / 1000).toFixed(2)} s | ${secondRequests} requests, ${(secondMs / 1000).toFixed(2)} s |`;
  } finally {
    await hub.close();
    rmSync(root, { recursive: true, force: true });
  }
}
