import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The whole loop a curator runs, through the built CLI: import the seed list, render it, import the
// rendering into a fresh catalogue, and compare the two exports.
const BIN = path.resolve("bin/llm-radar.js");
const SEED = path.resolve("../shared/seed/000_c3354cf06961a246.txt");
if (!existsSync(SEED)) console.warn(`render CLI round trip skipped: ${SEED} not found`);

function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`llm-radar ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** Export JSON without provenance and corrections, keys sorted so field order does not matter. */
function comparable(json: string): unknown {
  const data = JSON.parse(json) as Record<string, Record<string, unknown>[]>;
  for (const kind of ["models", "benchmarks", "datasets", "leaderboards", "news"]) {
    for (const entry of data[kind]!) {
      delete entry.provenance;
      delete entry.corrections;
    }
  }
  const canon = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canon)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canon((v as Record<string, unknown>)[k])]),
          )
        : v;
  return canon(data);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "llm-radar-roundtrip-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!existsSync(SEED))("import → render → import through the CLI", () => {
  it.each(["ja", "en"])(
    "gives the same catalogue (%s)",
    (lang) => {
      cli(dir, "--catalog", `first-${lang}`, "import", SEED);
      cli(dir, "--catalog", `first-${lang}`, "render", "--lang", lang, "--out", `README.${lang}.md`);
      cli(dir, "--catalog", `second-${lang}`, "import", `README.${lang}.md`);
      const first = comparable(cli(dir, "--catalog", `first-${lang}`, "export"));
      const second = comparable(cli(dir, "--catalog", `second-${lang}`, "export"));
      expect((first as { models: unknown[] }).models.length).toBeGreaterThan(100);
      expect(second).toEqual(first);
    },
    180_000,
  );
});
