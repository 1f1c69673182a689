import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCatalog } from "../src/catalog/index.js";
import { CatalogError } from "../src/core/index.js";
import { acceptCandidate, discoverFromHub, readCandidates, rejectCandidate } from "../src/hub/index.js";
import { type FakeHubOptions, startFakeHub } from "./fake-hub/fake-hub.js";
import { catalogModel, hubModel, tempCatalog } from "./fake-hub/hub-fixtures.js";
import { ROOT, runCli } from "./fake-hub/run-cli.js";

const now = () => new Date("2026-11-26T06:00:00.000Z");
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const WATCH = `watch:
  - author: llm-jp
    sections: [japanese]
  - author: acme
`;

const st = (total: number) => ({ parameters: { BF16: total }, total });
const RELEASES = [
  // llm-jp: a new family in two sizes with an instruct variant, an AWQ copy and a GGUF copy.
  hubModel("llm-jp/llm-jp-4-8b", {
    createdAt: "2026-11-20T09:00:00.000Z",
    safetensors: st(8.1e9),
    tags: ["license:apache-2.0"],
  }),
  hubModel("llm-jp/llm-jp-4-8b-instruct", {
    createdAt: "2026-11-20T09:05:00.000Z",
    safetensors: st(8.1e9),
    tags: ["license:apache-2.0", "base_model:finetune:llm-jp/llm-jp-4-8b"],
  }),
  hubModel("llm-jp/llm-jp-4-32b", {
    createdAt: "2026-11-21T09:00:00.000Z",
    safetensors: st(32.5e9),
    tags: ["license:apache-2.0"],
  }),
  hubModel("llm-jp/llm-jp-4-8b-instruct-AWQ", {
    createdAt: "2026-11-22T09:00:00.000Z",
    safetensors: { parameters: { I32: 1e9, F16: 0.4e9 }, total: 1.4e9 },
    tags: ["base_model:quantized:llm-jp/llm-jp-4-8b-instruct"],
  }),
  // A quantisation of a model the catalogue already has: attached, not proposed.
  hubModel("llm-jp/llm-jp-3-13b-instruct-GGUF", {
    createdAt: "2026-11-23T09:00:00.000Z",
    safetensors: undefined,
    gguf: { total: 13.7e9, architecture: "llama", context_length: 4096 },
    tags: ["gguf", "base_model:quantized:llm-jp/llm-jp-3-13b-instruct"],
  }),
  // Not a language model.
  hubModel("llm-jp/llm-jp-asr", {
    createdAt: "2026-11-24T09:00:00.000Z",
    pipeline_tag: "automatic-speech-recognition",
  }),
  // Older than the look-back: never paged to.
  hubModel("llm-jp/llm-jp-1-1b", { createdAt: "2024-01-01T00:00:00.000Z" }),
  hubModel("llm-jp/llm-jp-2-1b", { createdAt: "2024-02-01T00:00:00.000Z" }),
  hubModel("llm-jp/llm-jp-2-3b", { createdAt: "2024-03-01T00:00:00.000Z" }),
  hubModel("llm-jp/llm-jp-2-7b", { createdAt: "2024-04-01T00:00:00.000Z" }),
  hubModel("acme/Acme-Merge-7B", {
    createdAt: "2026-11-25T09:00:00.000Z",
    safetensors: st(7.2e9),
    tags: ["license:mit"],
  }),
];

async function setup(hubOptions: FakeHubOptions = {}) {
  const hub = await startFakeHub({ models: RELEASES, pageSize: 2, ...hubOptions });
  const catalog = await tempCatalog([
    catalogModel("llm-jp-3", ["llm-jp/llm-jp-3-13b", "llm-jp/llm-jp-3-13b-instruct"], {
      sections: ["japanese"],
    }),
  ]);
  await writeFile(path.join(catalog.dir, "watch.yaml"), WATCH);
  cleanups.push(hub.close, catalog.cleanup);
  const discover = (extra = {}) =>
    discoverFromHub(catalog.dir, {
      hubUrl: hub.url,
      now,
      since: "2026-11-01T00:00:00.000Z",
      retryBaseMs: 20,
      ...extra,
    });
  return { hub, dir: catalog.dir, discover };
}

describe("discover against the fake Hub", () => {
  it("groups new releases into families, attaches copies to their base and skips what the catalogue has", async () => {
    const { hub, dir, discover } = await setup();
    const report = await discover();
    // Newest first, two per page: llm-jp needs 4 pages to reach the look-back, never the 2024 repos.
    const llmJp = hub.requests.filter((r) => r.url.includes("author=llm-jp"));
    expect(llmJp).toHaveLength(4);
    expect(llmJp[0]?.url).toContain("sort=createdAt");
    expect(report.candidates.map((c) => [c.id, c.author, c.repos])).toEqual([
      ["llm-jp-4", "llm-jp", 4],
      ["acme-merge", "acme", 1],
    ]);
    expect(report.attached).toEqual([
      {
        repo: "llm-jp/llm-jp-3-13b-instruct-GGUF",
        to: "llm-jp-3",
        reason: "quantized of llm-jp/llm-jp-3-13b-instruct",
      },
    ]);
    const { candidates } = await readCandidates(dir);
    const llm4 = candidates.find((c) => c.id === "llm-jp-4");
    expect(llm4?.model).toMatchObject({
      name: "llm-jp-4",
      org: "llm-jp",
      released: "2026-11-20",
      sections: ["japanese"],
      availability: "open-weights",
      license: "apache-2.0",
      sizes: { label: "8B, 32B", params: [8e9, 32e9] },
    });
    expect(llm4?.model.links.map((l) => l.hf?.id)).toEqual([
      "llm-jp/llm-jp-4-32b",
      "llm-jp/llm-jp-4-8b",
      "llm-jp/llm-jp-4-8b-instruct",
    ]);
    expect(llm4?.repos.find((r) => r.repo.endsWith("-AWQ"))?.role).toBe("quantized");
    expect(llm4?.news.text.en).toBe(
      "llm-jp published llm-jp-4 (8B, 32B) on the Hugging Face Hub, with 1 quantised or adapter variant.",
    );
    expect(llm4?.model.provenance[0]).toMatchObject({ section: "hub discover", revision: "2026-11-26" });

    // The next run lists only what came after: one page per author, nothing new.
    const before = hub.requests.length;
    const again = await discover();
    expect(hub.requests.length - before).toBe(2);
    expect(again.candidates).toEqual([]);
  });

  it("accept moves a candidate into the catalogue with its news item; reject remembers", async () => {
    const { dir, discover, hub } = await setup();
    await discover();
    const written = await acceptCandidate(dir, "llm-jp-4");
    expect(path.basename(written.news)).toBe("2026-11-20-llm-jp-4.yaml");
    const { catalog, diagnostics } = await loadCatalog(dir);
    expect(diagnostics).toEqual([]);
    expect(catalog.models.map((m) => m.id)).toEqual(["llm-jp-3", "llm-jp-4"]);
    expect(catalog.news[0]).toMatchObject({ id: "2026-11-20-llm-jp-4", models: ["llm-jp-4"] });
    await expect(acceptCandidate(dir, "llm-jp-4")).rejects.toThrow(/no candidate "llm-jp-4"/);

    await rejectCandidate(dir, "acme-merge", "community merge", "2026-11-26");
    expect(await readFile(path.join(dir, ".hub", "rejected.yaml"), "utf8")).toContain("acme/Acme-Merge-7B");
    expect((await readCandidates(dir)).candidates).toEqual([]);

    // A fresh look-back sees the same repos again, but proposes neither the accepted nor the rejected.
    await writeFile(path.join(dir, ".hub", "discover-state.json"), '{"authors":{}}');
    hub.addModels(
      hubModel("acme/Acme-Merge-7B-GGUF", { createdAt: "2026-11-25T10:00:00.000Z", tags: ["gguf"] }),
    );
    const again = await discover();
    expect(again.candidates).toEqual([]);
    expect(again.skipped).toContainEqual({ repo: "acme/Acme-Merge-7B", reason: "rejected earlier" });
  });

  it("refuses a candidate whose section is unknown, naming the candidate file and field", async () => {
    const { dir, discover } = await setup();
    await discover();
    const file = path.join(dir, ".hub", "candidates", "acme-merge.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace("- general", "- nowhere"));
    const error = await acceptCandidate(dir, "acme-merge").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).diagnostics[0]).toMatchObject({
      path: "model.sections.0",
      rule: "section/unknown",
    });
    expect((error as CatalogError).diagnostics[0]?.file).toContain("acme-merge.yaml");
    expect(existsSync(path.join(dir, "models", "acme-merge.yaml"))).toBe(false);
  });

  it("reports a bad watch.yaml at its line", async () => {
    const { dir, discover } = await setup();
    await writeFile(path.join(dir, "watch.yaml"), "watch:\n  - author: llm-jp\n    secitons: [japanese]\n");
    const error = await discover().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).diagnostics[0]).toMatchObject({ line: 3, rule: "schema/unknown_field" });
  });

  it.skipIf(!existsSync(path.join(ROOT, "lib", "cli", "main.js")))(
    "runs through the built CLI: discover, candidates, accept",
    async () => {
      const { dir, hub } = await setup();
      const cli = (...args: string[]) =>
        runCli(["--catalog", dir, ...args], { env: { HF_ENDPOINT: hub.url } });
      const discovered = await cli("discover", "--since", "2026-11-01");
      expect(discovered.code, discovered.stderr).toBe(0);
      expect(discovered.stdout).toContain("proposed llm-jp-4");
      const listed = await cli("candidates");
      expect(listed.stdout.split("\n")[0]).toMatch(
        /^id\s+name\s+author\s+sizes\s+licence\s+repos\s+discovered$/,
      );
      expect(listed.stdout).toMatch(/llm-jp-4\s+llm-jp-4\s+llm-jp\s+8B, 32B\s+apache-2.0\s+4\s+2026-/);
      const accepted = await cli("accept", "llm-jp-4");
      expect(accepted.code, accepted.stderr).toBe(0);
      expect((await cli("candidates", "--json")).stdout).not.toContain("llm-jp-4");
      expect((await cli("accept", "nope")).code).toBe(1);
      expect((await cli("sync", "--hub-url", "ftp://x")).code).toBe(2);
    },
  );
});
