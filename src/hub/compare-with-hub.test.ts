import { describe, expect, it } from "vitest";
import { fixtureModel } from "../../test/helpers/query-fixture.js";
import { type Catalog, emptyCatalog, type Model, type WithId } from "../core/index.js";
import { applyHubFixes } from "./apply-hub-fixes.js";
import { compareWithHub, type SnapshotEntry } from "./compare-with-hub.js";
import { collectHubRefs } from "./entry-hub-refs.js";
import { HubRepoFacts } from "./hub-facts.js";

const DAY = "2026-11-26";

function model(id: string, repo: string, overrides: Partial<Model> = {}): WithId<Model> {
  return fixtureModel(id, {
    name: id,
    sections: ["general"],
    links: [{ rel: "hf", url: `https://huggingface.co/${repo}` }],
    ...overrides,
  });
}

function facts(repo: string, overrides: Partial<HubRepoFacts> = {}): SnapshotEntry {
  return {
    date: DAY,
    facts: HubRepoFacts.parse({
      repo,
      type: "model",
      status: "ok",
      fetched_at: `${DAY}T06:00:00Z`,
      ...overrides,
    }),
  };
}

function run(models: WithId<Model>[], snapshots: Record<string, SnapshotEntry>) {
  const catalog: Catalog = { ...emptyCatalog(), models };
  catalog.licenses = [
    {
      id: "apache-2.0",
      name: "Apache",
      spdx: "Apache-2.0",
      commercial: "yes",
      condition: { en: "x" },
      aliases: [],
    },
  ];
  const refs = collectHubRefs(catalog);
  return { catalog, findings: compareWithHub(catalog, refs, new Map(Object.entries(snapshots))) };
}

describe("compareWithHub", () => {
  it("compares parameters within 10 %, against a range's bounds, and skips quantised repos", () => {
    const st = (total: number, dtype = "BF16") => ({ total, by_dtype: { [dtype]: total } });
    const { findings } = run(
      [
        model("close", "a/close", { sizes: { label: "7B", params: [7e9] } }), // 6.74B: 3.7 % off
        model("far", "a/far", { sizes: { label: "7B", params: [7e9] } }), // 8.54B: 22 % off
        model("range", "a/range", { sizes: { label: "0.5~72B", params: [5e8, 72e9], range: true } }),
        model("gptq", "a/gptq", { sizes: { label: "7B", params: [7e9] } }),
        model("gguf", "a/gguf", { sizes: { label: "8B", params: [8e9] } }),
      ],
      {
        "models:a/close": facts("a/close", { safetensors: st(6.74e9) }),
        "models:a/far": facts("a/far", { safetensors: st(8.54e9) }),
        "models:a/range": facts("a/range", { safetensors: st(14.7e9) }),
        "models:a/gptq": facts("a/gptq", { safetensors: st(1.1e9, "I32") }),
        "models:a/gguf": facts("a/gguf", { gguf: { total: 11e9 } }),
      },
    );
    expect(findings.map((f) => [f.id, f.rule])).toEqual([
      ["far", "hub/params-differ"],
      ["gguf", "hub/params-differ"],
    ]);
    expect(findings[1]?.message).toContain("11.00B parameters (GGUF)");
  });

  it("offers a licence fix only when the entry links exactly one repo", () => {
    const two = model("two", "a/one", { license: "apache-2.0" });
    two.links.push({ rel: "hf", url: "https://huggingface.co/a/two" });
    const { findings } = run([model("one", "b/one"), two], {
      "models:b/one": facts("b/one", { license: "apache-2.0" }),
      "models:a/one": facts("a/one", { license: "mit" }),
      "models:a/two": facts("a/two", { license: "apache-2.0" }),
    });
    const byId = Object.fromEntries(findings.map((f) => [`${f.id}:${f.rule}`, f]));
    expect(byId["one:hub/license-missing"]?.fix).toMatchObject({ field: "license", to: "apache-2.0" });
    expect(byId["two:hub/license-unregistered"]?.fix).toBeUndefined();
    expect(findings.every((f) => f.id !== "two" || !f.fix)).toBe(true);
  });

  it("applies fixes as a new catalogue, leaving the input untouched", () => {
    const { catalog, findings } = run([model("one", "b/one")], {
      "models:b/one": facts("b/one", { license: "Apache-2.0" }),
    });
    const { catalog: next, applied } = applyHubFixes(catalog, findings, "https://huggingface.co");
    expect(applied).toEqual([expect.objectContaining({ id: "one", field: "license", to: "apache-2.0" })]);
    expect(next.models[0]?.license).toBe("apache-2.0");
    expect(next.models[0]?.provenance[0]).toMatchObject({
      source: "https://huggingface.co/api/models/b/one",
      revision: DAY,
    });
    expect(catalog.models[0]?.license).toBeUndefined();
  });

  it("reports a dead collection link", () => {
    const { findings } = run([model("c", "collections/a/fam-0123456789abcdef01234567")], {
      "collections:a/fam-0123456789abcdef01234567": {
        date: DAY,
        collection: {
          slug: "a/fam-0123456789abcdef01234567",
          status: "gone",
          error: "Collection not found",
          fetched_at: DAY,
          items: [],
        },
      },
    });
    expect(findings).toEqual([
      expect.objectContaining({ rule: "hub/dead-link", severity: "error", path: "links.0" }),
    ]);
  });
});
