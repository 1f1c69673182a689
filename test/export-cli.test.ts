import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveCatalog } from "../src/catalog/index.js";
import { type Catalog, emptyCatalog } from "../src/core/index.js";

// Runs the built CLI (`npm run build` first), as a user would.
const BIN = path.resolve("bin/llm-radar.js");
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function fixture(): Catalog {
  const c = emptyCatalog();
  c.sections.push({
    id: "general",
    kind: "models",
    title: { en: "English-centric" },
    aliases: [],
    columns: [],
    see_also: [],
    notes: [],
  });
  c.licenses.push({
    id: "apache-2.0",
    name: "Apache License 2.0",
    spdx: "Apache-2.0",
    commercial: "yes",
    condition: { en: "Keep the notice." },
    aliases: [],
  });
  c.models.push({
    id: "evil",
    name: "=cmd|' /C calc'!A0 <script>\"x\"</script>",
    released: "2025-04",
    sections: ["general"],
    status: "listed",
    availability: "open-weights",
    sizes: { label: "0.6~235B", params: [6e8, 2.35e11], range: true },
    license: "apache-2.0",
    links: [],
    base_models: [],
    tags: ["a,b", "c\nd"],
    languages: [],
    scores: [],
    provenance: [],
    corrections: [],
  });
  c.news.push({
    id: "2025-04-evil",
    date: "2025-04",
    text: { en: "line\nbreak" },
    models: ["evil"],
    links: [],
    highlight: true,
    provenance: [],
    corrections: [],
  });
  return c;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "llm-radar-export-"));
  await saveCatalog(dir, fixture());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("llm-radar export", () => {
  it("prints the whole catalogue as JSON with every kind and field", () => {
    const { code, stdout } = cli("--catalog", dir, "export");
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(Object.keys(data)).toEqual([
      "models",
      "benchmarks",
      "datasets",
      "leaderboards",
      "news",
      "licenses",
      "sections",
    ]);
    expect(data.models[0]).toMatchObject({ id: "evil", base_models: [], status: "listed", corrections: [] });
    expect(data.news[0].highlight).toBe(true);
  });

  it("writes formula-safe CSV, models by default", () => {
    const { code, stdout } = cli("--catalog", dir, "export", "--format", "csv");
    expect(code).toBe(0);
    const [header, row, end] = stdout.split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(header!.startsWith("id,name,org,released,sections")).toBe(true);
    expect(row).toContain(`evil,"'=cmd|' /C calc'!A0 <script>""x""</script>"`);
    expect(row).toContain('"a,b; c\nd"');
    expect(end).toBe("");
  });

  it("writes one kind as JSON Lines", () => {
    const { code, stdout } = cli("--catalog", dir, "export", "--format", "jsonl", "--kind", "news");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ id: "2025-04-evil", text: { en: "line\nbreak" } });
  });

  it("rejects an unknown format or kind with exit 2 and the valid values", () => {
    const bad = cli("--catalog", dir, "export", "--format", "xml");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown --format "xml"');
    expect(bad.stderr).toContain("json, csv, jsonl");
    expect(cli("--catalog", dir, "export", "--kind", "model").code).toBe(2);
  });

  it("fails clearly on a missing folder and on invalid entries", async () => {
    const missing = cli("--catalog", path.join(dir, "nope"), "export");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/catalogue folder ".*nope" does not exist/);
    const broken = await mkdtemp(path.join(tmpdir(), "llm-radar-export-bad-"));
    try {
      await saveCatalog(broken, fixture());
      await writeFile(
        path.join(broken, "models/bad.yaml"),
        "name: Bad\nsections: [general]\nreleased: 2025.4\n",
      );
      const r = cli("--catalog", broken, "export");
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/models\/bad\.yaml:3:11 {2}released/);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });
});
