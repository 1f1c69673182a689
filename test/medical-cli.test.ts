import { spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Runs the built CLI (`npm run build` first) on the committed catalogue, with the index in a temp folder.
vi.setConfig({ testTimeout: 120_000 });
const BIN = path.resolve("bin/llm-radar.js");
let dir: string;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, "--catalog", "catalog", ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH, COLUMNS: "120", LLM_RADAR_INDEX: path.join(dir, "index.sqlite") },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const ids = (args: string[]) => {
  const r = cli([...args, "--json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { id: string }[]).map((i) => i.id).sort();
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "llm-radar-medical-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("medical questions answered by the CLI on the committed catalogue", () => {
  it("ls --kind benchmark --lang ja --task mcq: Japanese multiple-choice benchmarks", () => {
    expect(ids(["ls", "--kind", "benchmark", "--lang", "ja", "--task", "mcq"])).toEqual(["igakuqa"]);
  });

  it("ls --kind datasets --task vqa --modality image: visual QA sets", () => {
    expect(ids(["ls", "--kind", "datasets", "--task", "vqa", "--modality", "image"])).toEqual([
      "omnimedvqa",
      "pathvqa",
      "slake",
      "visual-usmle",
      "vqa-rad",
    ]);
  });

  it("medical models that read images, and those restricted to non-commercial use", () => {
    expect(ids(["ls", "--section", "medical", "--modality", "image"])).toEqual([
      "llava-med",
      "llava-med-plus-plus",
      "med-flamingo",
      "omniv-med",
    ]);
    expect(ids(["ls", "--restriction", "non-commercial"])).toEqual(["bimedix", "medswallow"]);
    expect(ids(["ls", "--specialty", "pharmacy"])).toEqual(["jpharmatron"]);
    expect(ids(["ls", "--benchmark", "medqa-usmle"])).toEqual(["meditron", "openmeditron"]);
  });

  it("show igakuqa lists the models evaluated on it; show jmt-bench gives the stated value", () => {
    const igaku = cli(["show", "igakuqa"]);
    expect(igaku.code).toBe(0);
    expect(igaku.stdout).toContain("Models evaluated on it (2)");
    expect(igaku.stdout).toContain("JMedLoRA (jmedlora): evaluated");
    expect(igaku.stdout).toContain("Preferred-MedLLM-Qwen-72B (preferred-medllm-qwen-72b): evaluated");
    const jmt = cli(["show", "JMT-Bench", "--json"]);
    expect(JSON.parse(jmt.stdout).models).toEqual([
      {
        id: "llama-3.3-swallow-70b-instruct-v0.4",
        name: "Llama-3.3-Swallow-70B-Instruct-v0.4",
        score: { benchmark: "jmt-bench", value: 0.772 },
      },
    ]);
  });

  it("a misspelt filter value exits 2 naming the closest one", () => {
    const r = cli(["ls", "--kind", "benchmarks", "--task", "mcqq"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean "mcq"');
  });
});
