import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCatalog } from "../src/catalog/index.js";
import { HubError } from "../src/core/index.js";
import { createHubFetch, latestHubFacts, snapshotPath, syncFromHub } from "../src/hub/index.js";
import { type FakeHub, type FakeHubOptions, startFakeHub } from "./fake-hub/fake-hub.js";
import { catalogModel, hubModel, tempCatalog } from "./fake-hub/hub-fixtures.js";

const DAY = "2026-11-26";
const now = () => new Date(`${DAY}T06:00:00.000Z`);
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setup(hubOptions: FakeHubOptions, models: Parameters<typeof tempCatalog>[0]) {
  const hub = await startFakeHub(hubOptions);
  const catalog = await tempCatalog(models);
  cleanups.push(hub.close, catalog.cleanup);
  const sync = (extra: Partial<Parameters<typeof syncFromHub>[1]> = {}) =>
    syncFromHub(catalog.dir, { hubUrl: hub.url, now, retryBaseMs: 20, timeoutMs: 2000, ...extra });
  return { hub, dir: catalog.dir, sync };
}

const apiCalls = (hub: FakeHub, fragment: string) => hub.requests.filter((r) => r.url.includes(fragment));

describe("sync against the fake Hub", () => {
  it("lists an owner once, following Link pagination over several pages, with expand", async () => {
    const repos = ["org-a/m1", "org-a/m2", "org-a/m3", "org-a/m4", "org-a/m5"];
    const { hub, dir, sync } = await setup(
      { models: [...repos.map((id) => hubModel(id)), hubModel("org-a/unlinked")], pageSize: 2 },
      [catalogModel("family-a", repos)],
    );
    const report = await sync();
    const listings = apiCalls(hub, "/api/models?");
    expect(listings).toHaveLength(3); // 6 repos, 2 per page
    expect(listings[1]?.url).toContain("cursor=");
    for (const field of ["safetensors", "gguf", "config", "cardData", "createdAt", "tags"]) {
      expect(listings[0]?.url).toContain(`expand=${field}`);
    }
    expect(hub.requests).toHaveLength(3);
    expect(report.fetch).toMatchObject({ written: 5, listings: 1, single: 0, errors: [] });
    const facts = JSON.parse(await readFile(snapshotPath(dir, DAY, "models", "org-a/m3"), "utf8"));
    expect(facts).toMatchObject({
      repo: "org-a/m3",
      status: "ok",
      safetensors: { total: 8_190_735_360, by_dtype: { BF16: 8_190_735_360 } },
    });
  });

  it("fetches repos one by one when the owner's last listing was larger than the requests it would save", async () => {
    const repos = ["big/a", "big/b", "big/c"];
    const { hub, dir, sync } = await setup({ models: repos.map((id) => hubModel(id)) }, [
      catalogModel("big", repos),
    ]);
    await mkdir(path.join(dir, ".hub"), { recursive: true });
    await writeFile(path.join(dir, ".hub", "owner-sizes.json"), '{ "big": 1600 }'); // 4 pages of 500
    const report = await sync();
    expect(apiCalls(hub, "/api/models?")).toHaveLength(0);
    expect(report.fetch).toMatchObject({ listings: 0, single: 3, written: 3 });
  });

  it("fetches a lone repo with expand on the single-model endpoint and stores safetensors, GGUF and config facts", async () => {
    const { hub, dir, sync } = await setup(
      {
        models: [
          hubModel("solo/Base-8B", {
            createdAt: "2022-03-02T23:29:04.000Z",
            tags: [
              "license:llama3.1",
              "base_model:finetune:meta-llama/Llama-3.1-8B",
              "base_model:meta-llama/Llama-3.1-8B",
            ],
            cardData: { license: "llama3.1", base_model: "meta-llama/Llama-3.1-8B" },
            safetensors: { parameters: { BF16: 8_000_000_000, F32: 30_000_000 }, total: 8_030_000_000 },
          }),
          hubModel("quant/Base-8B-GGUF", {
            safetensors: undefined,
            library_name: "gguf",
            gguf: { total: 8_030_261_248, architecture: "llama", context_length: 131072 },
            tags: ["gguf", "base_model:quantized:solo/Base-8B"],
          }),
        ],
      },
      [catalogModel("base-8b", ["solo/Base-8B", "quant/Base-8B-GGUF"])],
    );
    await sync();
    const single = apiCalls(hub, "/api/models/solo/Base-8B");
    expect(single).toHaveLength(1);
    expect(single[0]?.url).toMatch(/\/revision\/HEAD\?.*expand=safetensors.*expand=gguf/);
    const base = JSON.parse(await readFile(snapshotPath(dir, DAY, "models", "solo/Base-8B"), "utf8"));
    expect(base.created_at).toBeUndefined(); // the backfilled 2022-03-02T23:29:0x timestamp means unknown
    expect(base).toMatchObject({
      license: "llama3.1",
      card_license: ["llama3.1"],
      model_type: "qwen3",
      architectures: ["Qwen3ForCausalLM"],
      safetensors: { total: 8_030_000_000, by_dtype: { BF16: 8_000_000_000, F32: 30_000_000 } },
      base_models: [{ repo: "meta-llama/Llama-3.1-8B", relation: "finetune" }],
    });
    const gguf = JSON.parse(await readFile(snapshotPath(dir, DAY, "models", "quant/Base-8B-GGUF"), "utf8"));
    expect(gguf).toMatchObject({
      gguf: { total: 8_030_261_248, architecture: "llama", context_length: 131072 },
      base_models: [{ repo: "solo/Base-8B", relation: "quantized" }],
      created_at: "2025-04-29T10:00:00.000Z",
    });
  });

  it("reports gated repos, dead links (401 and 404) and renames (307), and --apply rewrites only the rename", async () => {
    const { hub, dir, sync } = await setup(
      {
        models: [
          hubModel("meta/Gated-8B", { gated: "manual" }),
          hubModel("new-org/Moved-8B"),
          hubModel("secret/Private-8B", { private: true }),
        ],
        renamed: { "old-org/Moved-8B": "new-org/Moved-8B" },
      },
      [
        catalogModel("gated", ["meta/Gated-8B"], { license: "apache-2.0" }),
        catalogModel("moved", ["old-org/Moved-8B"], { license: "apache-2.0" }),
        catalogModel("gone", ["nobody/Deleted-7B"]),
        catalogModel("private", ["secret/Private-8B"]),
      ],
    );
    const before = await readFile(path.join(dir, "models/gone.yaml"), "utf8");
    const report = await sync({ apply: true });
    const rules = report.findings.map((f) => `${f.id}:${f.rule}`).sort();
    expect(rules).toEqual([
      "gated:hub/gated",
      "gone:hub/dead-link",
      "moved:hub/renamed",
      "private:hub/dead-link",
    ]);
    expect(report.findings.find((f) => f.id === "private")?.message).toContain("401");
    expect(report.findings.find((f) => f.id === "gone")?.message).toContain("404");
    expect(apiCalls(hub, "new-org/Moved-8B")).toHaveLength(1); // followed the 307 Location
    expect(report.applied).toEqual([
      expect.objectContaining({
        id: "moved",
        field: "links.0",
        to: "https://huggingface.co/new-org/Moved-8B",
      }),
    ]);
    const { catalog } = await loadCatalog(dir);
    const moved = catalog.models.find((m) => m.id === "moved");
    expect(moved?.links[0]).toMatchObject({
      url: "https://huggingface.co/new-org/Moved-8B",
      hf: { type: "model", id: "new-org/Moved-8B" },
    });
    expect(moved?.corrections[0]).toMatchObject({
      field: "links.0",
      by: "sync",
      from: "https://huggingface.co/old-org/Moved-8B",
    });
    expect(moved?.provenance[0]).toMatchObject({ section: "hub", revision: DAY });
    expect(await readFile(path.join(dir, "models/gone.yaml"), "utf8")).toBe(before); // a dead link is the curator's call
    expect(report.written).toEqual(["models/moved.yaml"]);
  });

  it("reports licence and size disagreements; --apply writes the unambiguous licence with a correction record", async () => {
    const { dir, sync } = await setup(
      {
        models: [
          hubModel("acme/Mit-8B", { tags: ["license:mit"], cardData: { license: "mit" } }),
          hubModel("acme/Big-9B", {
            safetensors: { parameters: { BF16: 9_240_000_000 }, total: 9_240_000_000 },
          }),
          hubModel("acme/Awq-8B", {
            safetensors: { parameters: { I32: 900_000_000, F16: 300_000_000 }, total: 1_200_000_000 },
          }),
        ],
      },
      [
        catalogModel("mit-8b", ["acme/Mit-8B"], {
          license: "apache-2.0",
          sizes: { label: "8B", params: [8e9] },
        }),
        catalogModel("big", ["acme/Big-9B"], { sizes: { label: "7B", params: [7e9] } }),
        catalogModel("awq", ["acme/Awq-8B"], { sizes: { label: "8B", params: [8e9] } }),
      ],
    );
    const report = await sync({ apply: true });
    const byId = Object.fromEntries(report.findings.map((f) => [`${f.id}:${f.rule}`, f]));
    expect(Object.keys(byId).sort()).toEqual(
      [
        "big:hub/license-missing",
        "big:hub/params-differ",
        "mit-8b:hub/license-differs",
        "awq:hub/license-missing",
      ].sort(),
    );
    expect(byId["big:hub/params-differ"]?.message).toContain(
      "9.24B parameters (safetensors); the catalogue says 7B",
    );
    const { catalog } = await loadCatalog(dir);
    const mit = catalog.models.find((m) => m.id === "mit-8b");
    expect(mit?.license).toBe("mit");
    expect(mit?.corrections).toEqual([
      expect.objectContaining({ field: "license", from: "apache-2.0", to: "mit", by: "sync", date: DAY }),
    ]);
    expect(catalog.models.find((m) => m.id === "big")?.sizes?.params).toEqual([7e9]); // sizes are never rewritten
  });

  it("expands a linked collection into its members and serves them to latestHubFacts", async () => {
    const { hub, dir, sync } = await setup(
      {
        models: [hubModel("fam/Fam-1B", { downloads: 10 }), hubModel("fam/Fam-7B", { downloads: 70 })],
        collections: [
          {
            slug: "fam/fam-family-6650ab12cd34ef5678901234",
            title: "Fam family",
            items: [
              { type: "model", id: "fam/Fam-1B" },
              { type: "model", id: "fam/Fam-7B" },
              { type: "paper", id: "2401.00001" },
            ],
          },
        ],
      },
      [catalogModel("fam", ["collections/fam/fam-family-6650ab12cd34ef5678901234"])],
    );
    await sync();
    expect(apiCalls(hub, "/api/collections/fam/fam-family-6650ab12cd34ef5678901234")).toHaveLength(1);
    expect(apiCalls(hub, "/api/models?")).toHaveLength(1); // both members from one listing
    const facts = await latestHubFacts(dir, "fam");
    expect(facts?.collections[0]?.facts.title).toBe("Fam family");
    expect(facts?.repos.map((r) => [r.ref.id, r.via, r.facts.downloads, r.history.length])).toEqual([
      ["fam/Fam-1B", "fam/fam-family-6650ab12cd34ef5678901234", 10, 1],
      ["fam/Fam-7B", "fam/fam-family-6650ab12cd34ef5678901234", 70, 1],
    ]);
  });

  it("waits out a 429 (Retry-After, RateLimit r=0) and retries a 503, then succeeds", async () => {
    const { hub, dir, sync } = await setup({ models: [hubModel("a/One"), hubModel("b/Two")] }, [
      catalogModel("one", ["a/One"]),
      catalogModel("two", ["b/Two"]),
    ]);
    hub.fail("/api/models/a/One", "429");
    hub.fail("/api/models/b/Two", "503", "500");
    const started = Date.now();
    const report = await sync();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900); // honoured `Retry-After: 1`
    expect(apiCalls(hub, "/api/models/a/One").map((r) => r.status)).toEqual([429, 200]);
    expect(apiCalls(hub, "/api/models/b/Two").map((r) => r.status)).toEqual([503, 500, 200]);
    expect(report.retries).toBe(3);
    expect(report.fetch?.errors).toEqual([]);
    const two = JSON.parse(await readFile(snapshotPath(dir, DAY, "models", "b/Two"), "utf8"));
    expect(two.status).toBe("ok");
  });

  it("paces itself by the RateLimit header so a small quota never turns into 429s", async () => {
    const repos = ["q1/A", "q2/B", "q3/C", "q4/D"];
    const { hub, sync } = await setup(
      { models: repos.map((id) => hubModel(id)), quota: 2, windowSeconds: 1 },
      [catalogModel("quota", repos)],
    );
    const report = await sync({ concurrency: 1 });
    expect(hub.requests.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(report.waited_ms).toBeGreaterThan(0); // waited for the window after `r=0`
    expect(report.fetch?.errors).toEqual([]);
  });

  it("times out a hanging request, and reports malformed JSON without losing the other repos", async () => {
    const { hub, dir, sync } = await setup(
      {
        models: [
          hubModel("h/Hangs"),
          hubModel("h2/Hangs-Once"),
          hubModel("m/Malformed"),
          hubModel("ok/Fine"),
        ],
      },
      [
        catalogModel("hangs", ["h/Hangs"]),
        catalogModel("hangs-once", ["h2/Hangs-Once"]),
        catalogModel("malformed", ["m/Malformed"]),
        catalogModel("fine", ["ok/Fine"]),
      ],
    );
    hub.fail("/api/models/h/Hangs", "hang", "hang");
    hub.fail("/api/models/h2/Hangs-Once", "hang");
    hub.fail("/api/models/m/Malformed", "malformed");
    const report = await sync({ timeoutMs: 300, retries: 1 });
    const errors = Object.fromEntries((report.fetch?.errors ?? []).map((e) => [e.id, e.message]));
    expect(Object.keys(errors).sort()).toEqual(["models/h/Hangs", "models/m/Malformed"]);
    expect(errors["models/h/Hangs"]).toMatch(/did not answer within 0.3 s/);
    expect(errors["models/m/Malformed"]).toMatch(/malformed JSON/);
    expect(JSON.parse(await readFile(snapshotPath(dir, DAY, "models", "h2/Hangs-Once"), "utf8")).status).toBe(
      "ok",
    );
    expect(JSON.parse(await readFile(snapshotPath(dir, DAY, "models", "ok/Fine"), "utf8")).status).toBe("ok");
    expect(
      report.findings
        .filter((f) => f.rule === "hub/fetch-failed")
        .map((f) => f.id)
        .sort(),
    ).toEqual(["hangs", "malformed"]);
    // A second run retries only the failures; finished repos are not refetched.
    const before = hub.requests.length;
    const again = await sync({ timeoutMs: 300, retries: 1 });
    expect(
      hub.requests
        .slice(before)
        .map((r) => r.path)
        .sort(),
    ).toEqual(["/api/models/h/Hangs/revision/HEAD", "/api/models/m/Malformed/revision/HEAD"]);
    expect(again.fetch?.errors).toEqual([]);
  });

  it("works offline from the last snapshot, with no request at all", async () => {
    const { hub, sync } = await setup({ models: [hubModel("g/Gated", { gated: "auto" })] }, [
      catalogModel("g", ["g/Gated"], { license: "apache-2.0" }),
    ]);
    await sync();
    const count = hub.requests.length;
    const offline = await sync({ offline: true });
    expect(hub.requests.length).toBe(count);
    expect(offline).toMatchObject({ offline: true, snapshot: DAY, requests: 0 });
    expect(offline.findings.map((f) => f.rule)).toEqual(["hub/gated"]);
  });

  it("turns Hub error replies into HubError with status, URL, request id and X-Error-Code", async () => {
    const hub = await startFakeHub({ models: [hubModel("meta/Gated", { gated: "manual" })] });
    cleanups.push(hub.close);
    const { fetch } = createHubFetch({ retries: 0 });
    const error = await fetch(`${hub.url}/meta/Gated/resolve/main/config.json`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubError);
    expect(error).toMatchObject({ status: 401, code: "GatedRepo" });
    expect((error as HubError).requestId).toMatch(/^Root=/);
    expect((error as HubError).message).toContain("restricted");
  });

  it("keeps one dated folder per sync day for trends and never writes Hub facts into the YAML", async () => {
    const { hub, dir, sync } = await setup({ models: [hubModel("t/Trend", { downloads: 5 })] }, [
      catalogModel("trend", ["t/Trend"]),
    ]);
    await sync();
    hub.addModels(hubModel("t/Trend", { downloads: 9 }));
    await sync({ now: () => new Date("2026-11-27T06:00:00Z") });
    expect(await readdir(path.join(dir, ".hub", "snapshots"))).toEqual([DAY, "2026-11-27"]);
    const facts = await latestHubFacts(dir, "trend");
    expect(facts?.repos[0]?.history).toEqual([
      { date: DAY, downloads: 5, likes: 34 },
      { date: "2026-11-27", downloads: 9, likes: 34 },
    ]);
    expect(await readdir(path.join(dir, "models"))).toEqual(["trend.yaml"]);
    expect(await readFile(path.join(dir, "models/trend.yaml"), "utf8")).not.toContain("downloads");
  });
});
