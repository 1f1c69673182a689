// biome-ignore-all lint/suspicious/noExplicitAny: the OpenAPI document is walked structurally, like JSON.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as z from "zod";
import { modelQueryParameters, SUMMARY_CSV_COLUMNS } from "../src/query/index.js";
import { apiSchemas } from "../src/server/api-schemas.js";
import { ALSO_LIMIT } from "../src/server/catalogue-page.js";
import { createApp } from "../src/server/index.js";
import { generateOpenApiDocument, PREBUILT_OPENAPI_FILE } from "../src/server/openapi.js";
import { parseCsv } from "./helpers/parse-csv.js";
import { fixtureModel } from "./helpers/query-fixture.js";
import {
  attributeText,
  createWebFixture,
  FIXTURE_NOW,
  fixtureCatalog,
  type WebFixture,
} from "./helpers/web-fixture.js";

const {
  BenchmarkItemSchema,
  BenchmarkListSchema,
  DatasetItemSchema,
  DatasetListSchema,
  ErrorSchema,
  LeaderboardItemSchema,
  LeaderboardListSchema,
  ModelDetailSchema,
  ModelListSchema,
  NewsListSchema,
  StatsSchema,
} = apiSchemas();

let fixture: WebFixture;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  fixture = await createWebFixture();
  app = createApp({ index: fixture.index, now: FIXTURE_NOW });
});
afterAll(async () => {
  await fixture.cleanup();
});

async function getJson<T extends z.ZodType>(path: string, schema: T, status = 200): Promise<z.infer<T>> {
  const res = await app.request(path);
  expect(res.status, path).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return schema.parse(await res.json());
}

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id).sort();

describe("GET /api/v1/models", () => {
  it("lists every model newest first, in the documented shape", async () => {
    const body = await getJson("/api/v1/models", ModelListSchema);
    expect(body.total).toBe(7);
    expect(body.items.map((m) => m.id)).toEqual([
      "qwen3",
      "medswallow",
      "llama-3-swallow",
      "llama-3",
      "hostile",
      "mixtral-8x7b",
      "old-gpt",
    ]);
  });

  it.each([
    ["section=medical", ["medswallow"]],
    ["section=japanese&lang=ja", ["llama-3-swallow", "medswallow"]],
    ["section=general,medical&commercial=yes", ["mixtral-8x7b", "qwen3"]],
    ["lang=ja", ["llama-3-swallow", "medswallow", "qwen3"]],
    ["status=archived", ["old-gpt"]],
    ["availability=closed", ["old-gpt"]],
    ["min_params=50B", ["llama-3", "medswallow", "qwen3"]],
    ["max_params=1B", ["hostile", "qwen3"]],
    // A range (0.6~235B) covers everything between its bounds.
    ["min_params=10B&max_params=20B&params_basis=active", ["mixtral-8x7b", "qwen3"]],
    ["size=4b-10b", ["llama-3", "llama-3-swallow", "qwen3"]],
    ["license=llama3", ["llama-3", "llama-3-swallow"]],
    ["commercial=no", ["medswallow"]],
    ["commercial=unknown", ["hostile", "old-gpt"]],
    ["since=2024-07&until=2024-08", ["llama-3-swallow", "medswallow"]],
    ["year=2023", ["mixtral-8x7b"]],
    ["org=Tokyo%20Tech", ["llama-3-swallow", "medswallow"]],
    // A value holding a comma is one value, alone or beside others.
    ["org=OpenAI%2C%20Inc.", ["old-gpt"]],
    ["org=OpenAI%2C%20Inc.&org=Meta", ["llama-3", "old-gpt"]],
    ["tag=moe", ["mixtral-8x7b"]],
    ["hf=true", ["llama-3"]],
    ["base=llama-3", ["llama-3-swallow", "medswallow"]],
    ["kind=benchmarks", ["jmedbench", "medqa", "mmmu-med"]],
    ["kind=benchmarks&task=vqa", ["mmmu-med"]],
    ["kind=benchmarks&modality=image", ["mmmu-med"]],
    ["kind=leaderboards&group=medical", ["open-medical-llm"]],
    ["benchmark=medqa", ["llama-3"]],
    ["q=swallow", ["llama-3-swallow", "medswallow"]],
    ["q=%E5%8C%BB%E7%99%82", ["medswallow"]],
    ["q=%E6%9D%B1%E5%B7%A5%E5%A4%A7", ["llama-3-swallow"]],
    ["q=%EF%BC%B1%EF%BC%B7%EF%BC%A5%EF%BC%AE", ["qwen3"]],
  ])("filters ?%s", async (query, expected) => {
    expect(ids(await getJson(`/api/v1/models?${query}`, ModelListSchema))).toEqual(expected);
  });

  it("sorts and pages", async () => {
    const byName = await getJson("/api/v1/models?sort=name&limit=2&offset=1", ModelListSchema);
    expect(byName.items.map((m) => m.name)).toEqual(["Llama 3", "Llama 3 Swallow"]);
    expect(byName).toMatchObject({ total: 7, offset: 1, limit: 2 });
    const bySize = await getJson("/api/v1/models?sort=-params&limit=1", ModelListSchema);
    expect(bySize.items[0]?.id).toBe("qwen3");
  });

  it("adds facet counts on request", async () => {
    const body = await getJson("/api/v1/models?section=japanese&facets=true", ModelListSchema);
    expect(body.facets?.section).toEqual(
      expect.arrayContaining([
        { value: "general", count: 5 },
        { value: "japanese", count: 2 },
      ]),
    );
    expect(body.facets?.lang).toEqual(
      expect.arrayContaining([
        { value: "ja", count: 2 },
        { value: "en", count: 1 },
      ]),
    );
  });

  it("answers the .json spelling the static build writes", async () => {
    expect((await getJson("/api/v1/models.json", ModelListSchema)).total).toBe(7);
  });
});

describe("bad input", () => {
  it.each([
    ["/api/v1/models?section=nope", "section", ["general", "japanese", "medical", "medical-benchmarks"]],
    ["/api/v1/models?sort=size", "sort", undefined],
    ["/api/v1/models?limit=0", "limit", undefined],
    ["/api/v1/models?min_params=lots", "min_params", undefined],
    ["/api/v1/models?since=2024-13", "since", undefined],
    ["/api/v1/models?secton=medical", "secton", undefined],
    ["/api/v1/models?commercial=maybe", "commercial", ["yes", "no", "conditional", "unknown"]],
    ["/api/v1/models?facets=yes", "facets", ["true", "1"]],
    ["/api/v1/models/qwen3?x=1", "x", undefined],
    ["/api/v1/benchmarks?task=cooking", "task", ["qa", "vqa"]],
    ["/api/v1/benchmarks?colour=red", "colour", ["q", "task", "lang", "modality", "group"]],
    ["/api/v1/news?since=yesterday", "since", undefined],
    ["/api/v1/news?limit=-1", "limit", undefined],
    ["/api/v1/stats?verbose=1", "verbose", undefined],
  ])("%s → 400 naming %s", async (path, parameter, valid) => {
    const body = await getJson(path, ErrorSchema, 400);
    expect(body.status).toBe(400);
    expect(body.errors[0]?.parameter).toBe(parameter);
    if (valid) expect(body.errors[0]?.valid).toEqual(valid);
    expect(body.error).toContain(parameter);
  });

  it.each([
    "/api/v1/models/nope",
    "/api/v1/models/nope.json",
    "/api/v1/benchmarks/nope",
    "/api/v1/datasets/nope",
    "/api/v1/leaderboards/nope",
    "/models/nope.json",
    "/api/v1/nothing",
  ])("%s → 404 in the one error shape", async (path) => {
    const body = await getJson(path, ErrorSchema, 404);
    expect(body).toMatchObject({ ok: false, status: 404 });
  });

  it("never answers 500 to odd input", async () => {
    const odd = [
      "/api/v1/models?q=%22%22%22",
      "/api/v1/models?q=*",
      "/api/v1/models?q=NEAR(a%20b)",
      "/api/v1/models?q=a%20OR%20b",
      "/api/v1/models?q=%00",
      "/api/v1/models?q=%F0%9F%94%A5",
      "/api/v1/models?section=",
      "/api/v1/models?offset=1e3",
      "/api/v1/models?limit=99999999999999999999",
      "/api/v1/models?offset=99999999999999999999",
      "/api/v1/models/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
      "/models/..%2F..%2Fetc%2Fpasswd.json",
      "/assets/..%2f..%2fpackage.json",
      "/en/models/%3Cscript%3E",
      "/en/?q=%E2%80%A8",
      "/en/?section=nope",
      "/en/benchmarks?task=x",
    ];
    for (const path of odd) {
      const res = await app.request(path);
      expect(res.status, path).toBeLessThan(500);
    }
  });

  it("serves only GET and HEAD (405 with Allow otherwise)", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const res = await app.request("/api/v1/models", { method });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      ErrorSchema.parse(await res.json());
    }
    // Pages too, with the HTML error page (this once answered 500: the Allow header was set on a Promise).
    for (const path of ["/", "/en/", "/en/models/qwen3/"]) {
      const res = await app.request(path, { method: "POST" });
      expect(res.status, path).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await res.text()).toContain("405");
    }
    const head = await app.request("/api/v1/models", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("answers HTML routes with an HTML error page", async () => {
    const res = await app.request("/en/models/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await res.text()).toContain("Not found");
    const bad = await app.request("/ja/?section=nope");
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).toContain('<html lang="ja">');
    expect(text).toContain("section: general, japanese, medical, medical-benchmarks");
  });
});

describe("detail and other routes", () => {
  it("shows a Hugging Face link as its repo id, with the list's label only when it says more than HF", async () => {
    const catalog = fixtureCatalog();
    const hf = (id: string, label?: string) => ({
      rel: "hf" as const,
      url: `https://huggingface.co/${id}`,
      ...(label ? { label } : {}),
      hf: { type: "model" as const, id },
    });
    catalog.models.push(
      fixtureModel("hub-links", {
        name: "Hub links",
        sections: ["general"],
        links: [hf("org-a/Model-7B", "HF"), hf("org-a/Model-13B", "13Bモデル"), hf("org-a/Model-70B")],
      }),
    );
    const linked = await createWebFixture(catalog);
    try {
      const page = await (await createApp({ index: linked.index }).request("/en/models/hub-links")).text();
      expect(page).toContain('rel="noopener noreferrer">org-a/Model-7B</a>');
      expect(page).toContain('rel="noopener noreferrer">org-a/Model-13B (13Bモデル)</a>');
      expect(page).toContain('rel="noopener noreferrer">org-a/Model-70B</a>');
      expect(page).not.toContain(">HF</a>");
    } finally {
      await linked.cleanup();
    }
  });

  it("tells models of one name apart wherever a link names them, by release month or else by id", async () => {
    const catalog = fixtureCatalog();
    const built = { sections: ["medical"], base_models: ["llama-3"] };
    catalog.models.push(
      fixtureModel("twin-a", { ...built, name: "Twin", released: "2023-11" }),
      fixtureModel("twin-b", { ...built, name: "twin", released: "2024-04" }),
      fixtureModel("same-a", { ...built, name: "Same", released: "2024-01" }),
      fixtureModel("same-b", { ...built, name: "Same", released: "2024-01" }),
    );
    const twins = await createWebFixture(catalog);
    try {
      const twinApp = createApp({ index: twins.index, now: FIXTURE_NOW });
      const page = async (path: string) => (await twinApp.request(path)).text();
      const lineage = await page("/en/lineage");
      expect(lineage).toContain('<a href="/en/models/twin-a">Twin (2023-11)</a>');
      expect(lineage).toContain('<a href="/en/models/twin-b">twin (2024-04)</a>');
      expect(lineage).toContain('<a href="/en/models/same-a">Same (same-a)</a>');
      expect(lineage).toContain('<a href="/en/models/same-b">Same (same-b)</a>');
      expect(lineage).toContain('<a href="/en/models/medswallow">MedSwallow</a>');
      expect(await page("/en/models/llama-3")).toContain('<a href="/en/models/twin-a">Twin (2023-11)</a>');
      // A model's own page and the data keep the name as recorded.
      expect(await page("/en/models/twin-a")).toContain("<h1>Twin</h1>");
      expect(await page("/lineage.json")).not.toContain("(2023-11)");
    } finally {
      await twins.cleanup();
    }
  });

  it("a resource list's search box works without JavaScript, and its rows carry the text the index searches", async () => {
    const html = await (await app.request("/en/benchmarks?q=mmmu")).text();
    expect(html).toContain(
      '<input id="q" type="search" name="q" form="list-filters" value="mmmu" placeholder="Search names, tasks and notes…"',
    );
    expect(html).toContain('<form id="list-filters" class="facets" method="get" action="/en/benchmarks"');
    const rows = [
      ...html.matchAll(/<tr data-facets="[^"]*" data-text="([^"]*)"( hidden)?><td><a href="[^"]*">([^<]*)</g),
    ];
    expect(rows.filter((r) => !r[2]).map((r) => r[3])).toEqual(["MMMU Medical"]);
    expect(html).toContain("Showing 1 of 1 matching (3 in total)");
    // The page's script matches typed searches against data-text: the search data's text for the entry.
    const data = (await (await app.request("/search-index.json")).json()) as { resources: string[][] };
    expect(rows.map((r) => attributeText(r[1]!))).toEqual(
      rows.map((r) => data.resources.find((x) => x[0] === "benchmarks" && x[2] === r[3])?.[3]),
    );
    expect(rows.every((r) => r[1]!.length > 0)).toBe(true);
  });

  it("a catalogue search points to the benchmarks and datasets it matches, by name", async () => {
    const page = async (path: string) => (await app.request(path)).text();
    expect(await page("/en/?q=medqa")).toContain(
      '<p id="also" class="muted">Benchmarks and datasets: <a href="/en/benchmarks/medqa">MedQA</a></p>',
    );
    // Every kind, by name: a dataset and a leaderboard besides the benchmarks.
    expect(await page("/ja/?q=med")).toContain(
      '<p id="also" class="muted">ベンチマーク・データセット: <a href="/ja/datasets/jmed-corpus">JMed Corpus</a>, <a href="/ja/benchmarks/jmedbench">JMedBench</a>, <a href="/ja/benchmarks/mmmu-med">MMMU Medical</a>, <a href="/ja/benchmarks/medqa">MedQA</a>, <a href="/ja/leaderboards/open-medical-llm">Open Medical-LLM Leaderboard</a></p>',
    );
    expect(await page("/en/?q=swallow")).not.toContain('id="also"');
    // Past ALSO_LIMIT names, the rest is counted…
    const catalog = fixtureCatalog();
    const template = catalog.benchmarks.find((b) => b.id === "medqa")!;
    for (let i = 1; i <= ALSO_LIMIT; i++) {
      catalog.datasets.push({ ...template, id: `zmed-${i}`, name: `ZMed ${i}`, leaderboards: [] });
    }
    const many = await createWebFixture(catalog);
    try {
      const text = await (await createApp({ index: many.index }).request("/en/?q=med")).text();
      const also = text.match(/<p id="also"[\s\S]*?<\/p>/)?.[0] ?? "";
      // …and each list that has matches is linked with the same search.
      expect(also.match(/<a /g)).toHaveLength(ALSO_LIMIT + 3);
      expect(also).toMatch(
        /ZMed 3<\/a> and 5 more — see all: <a href="\/en\/benchmarks\?q=med">Benchmarks \(3\)<\/a>, <a href="\/en\/datasets\?q=med">Datasets \(9\)<\/a>, <a href="\/en\/leaderboards\?q=med">Leaderboards \(1\)<\/a><\/p>$/,
      );
      const ja = await (await createApp({ index: many.index }).request("/ja/?q=%E3%80%80med")).text();
      expect(ja).toContain('すべて見る: <a href="/ja/benchmarks?q=med">ベンチマーク (3)</a>');
    } finally {
      await many.cleanup();
    }
    expect(await page("/en/")).not.toContain('id="also"');
  });

  it("GET /api/v1/models/<id> has lineage, licence, scores and Hub facts", async () => {
    const body = await getJson("/api/v1/models/medswallow", ModelDetailSchema);
    expect(body.item.lineage.up.map((n) => n.id)).toEqual(["llama-3-swallow", "llama-3"]);
    expect(body.item.license?.commercial).toBe("no");
    const llama = await getJson("/api/v1/models/llama-3.json", ModelDetailSchema);
    expect(llama.item.lineage.down.map((n) => n.id).sort()).toEqual(["llama-3-swallow", "medswallow"]);
    expect(llama.item.benchmarks.map((b) => b.id)).toEqual(["medqa"]);
    expect(llama.item.hub).toEqual([]);
  });

  it("shows Hub snapshots when given", async () => {
    const withHub = createApp({
      index: fixture.index,
      now: FIXTURE_NOW,
      hubFacts: (id) =>
        id === "llama-3"
          ? [
              {
                repo: "meta-llama/Meta-Llama-3-8B",
                fetched_at: "2025-05-01T00:00:00Z",
                facts: { downloads: 123, gated: true },
              },
            ]
          : undefined,
    });
    const body = ModelDetailSchema.parse(await (await withHub.request("/api/v1/models/llama-3")).json());
    expect(body.item.hub[0]?.facts).toEqual({ downloads: 123, gated: true });
    const page = await (await withHub.request("/en/models/llama-3")).text();
    expect(page).toContain("meta-llama/Meta-Llama-3-8B");
    expect(page).toContain("<dt>Downloads (last 30 days)</dt><dd>123</dd>");
  });

  it("lists and filters benchmarks, datasets and leaderboards", async () => {
    const all = await getJson("/api/v1/benchmarks", BenchmarkListSchema);
    expect(all.total).toBe(3);
    const ja = await getJson("/api/v1/benchmarks?lang=ja", BenchmarkListSchema);
    expect(ids(ja)).toEqual(["jmedbench"]);
    const image = await getJson("/api/v1/benchmarks?modality=image&task=vqa,qa", BenchmarkListSchema);
    expect(ids(image)).toEqual(["mmmu-med"]);
    // Each facet is counted with its own filter left out.
    expect(image.facets.task).toEqual([{ value: "vqa", count: 1 }]);
    expect(image.facets.modality).toEqual([
      { value: "text", count: 3 },
      { value: "image", count: 1 },
    ]);
    expect((await getJson("/api/v1/benchmarks/medqa", BenchmarkItemSchema)).item.size).toEqual([
      { value: 12723, unit: "questions" },
    ]);
    expect(ids(await getJson("/api/v1/datasets", DatasetListSchema))).toEqual(["jmed-corpus"]);
    expect((await getJson("/api/v1/datasets/jmed-corpus", DatasetItemSchema)).item.name).toBe("JMed Corpus");
    expect(ids(await getJson("/api/v1/leaderboards?group=medical", LeaderboardListSchema))).toEqual([
      "open-medical-llm",
    ]);
    expect(
      (await getJson("/api/v1/leaderboards/open-medical-llm", LeaderboardItemSchema)).item.benchmarks,
    ).toEqual(["medqa"]);
  });

  it("searches benchmarks, datasets and leaderboards with q, alone and with their facets", async () => {
    const med = await getJson("/api/v1/benchmarks?q=med", BenchmarkListSchema);
    expect(ids(med)).toEqual(["jmedbench", "medqa", "mmmu-med"]);
    expect(med.q).toBe("med");
    // Terms combine with AND; text is folded as the index folds it (NFKC, case).
    expect(ids(await getJson("/api/v1/benchmarks?q=MMMU%20medical", BenchmarkListSchema))).toEqual([
      "mmmu-med",
    ]);
    expect(
      ids(
        await getJson(
          "/api/v1/benchmarks?q=%EF%BC%AD%EF%BD%85%EF%BD%84%EF%BC%B1%EF%BC%A1",
          BenchmarkListSchema,
        ),
      ),
    ).toEqual(["medqa"]);
    // Facets are counted under the search, each with its own filter left out.
    const qa = await getJson("/api/v1/benchmarks?q=med&task=qa", BenchmarkListSchema);
    expect(ids(qa)).toEqual(["jmedbench", "medqa"]);
    expect(qa).toMatchObject({ total: 3, matching: 2, q: "med", filter: { task: ["qa"] } });
    expect(qa.facets.task).toEqual([
      { value: "qa", count: 2 },
      { value: "vqa", count: 1 },
    ]);
    expect(qa.facets.lang).toEqual([
      { value: "en", count: 1 },
      { value: "ja", count: 1 },
    ]);
    // The words the pages show for task codes find them too, in either language.
    expect(ids(await getJson("/api/v1/benchmarks?q=visual%20QA", BenchmarkListSchema))).toEqual(["mmmu-med"]);
    expect(
      ids(await getJson(`/api/v1/benchmarks?q=${encodeURIComponent("画像の質問応答")}`, BenchmarkListSchema)),
    ).toEqual(["mmmu-med"]);
    expect(ids(await getJson("/api/v1/benchmarks?q=question%20answering", BenchmarkListSchema))).toEqual([
      "jmedbench",
      "medqa",
    ]);
    const none = await getJson("/api/v1/benchmarks?q=cardiology", BenchmarkListSchema);
    expect(none).toMatchObject({ total: 3, matching: 0, items: [] });
    expect(none.facets.task).toEqual([]);
    // An empty search is no search.
    const empty = await getJson("/api/v1/benchmarks?q=%20", BenchmarkListSchema);
    expect(empty.matching).toBe(3);
    expect(empty).not.toHaveProperty("q");
    expect(ids(await getJson("/api/v1/datasets?q=corpus", DatasetListSchema))).toEqual(["jmed-corpus"]);
    expect(ids(await getJson("/api/v1/datasets?q=medqa", DatasetListSchema))).toEqual([]);
    expect(ids(await getJson("/api/v1/leaderboards?q=medical&group=medical", LeaderboardListSchema))).toEqual(
      ["open-medical-llm"],
    );
  });

  it("GET /api/v1/models.csv: the list as CSV, with the same filters, search and sorting", async () => {
    const res = await app.request("/api/v1/models.csv?section=japanese&sort=name");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="llm-radar-models.csv"');
    // Answered again from the response cache, with the same headers.
    const again = await app.request("/api/v1/models.csv?section=japanese&sort=name");
    expect(again.headers.get("content-disposition")).toBe('attachment; filename="llm-radar-models.csv"');
    expect(again.headers.get("etag")).toBe(res.headers.get("etag"));
    expect(res.headers.get("etag")).toMatch(/^"[0-9a-f]+"$/);
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual([...SUMMARY_CSV_COLUMNS]);
    const json = await getJson("/api/v1/models?section=japanese&sort=name", ModelListSchema);
    expect(rows.map((r) => r[1])).toEqual(json.items.map((i) => i.id));
    // Every matching row by default; paging and search as for JSON (a search adds what matched).
    const all = parseCsv(await (await app.request("/api/v1/models.csv")).text());
    expect(all).toHaveLength(1 + (await getJson("/api/v1/models", ModelListSchema)).total);
    expect(parseCsv(await (await app.request("/api/v1/models.csv?limit=1&offset=1")).text())).toHaveLength(2);
    const [searched] = parseCsv(await (await app.request("/api/v1/models.csv?q=swallow")).text());
    expect(searched!.slice(-2)).toEqual(["matched_field", "matched_text"]);
    // Bad input gets the API's JSON 400, naming the parameter.
    const bad = await app.request("/api/v1/models.csv?section=nope");
    expect(bad.status).toBe(400);
    expect(ErrorSchema.parse(await bad.json()).errors[0]?.parameter).toBe("section");
    expect((await app.request("/api/v1/models.csv?facets=1")).status).toBe(400);
    // The catalogue's footer links the whole filtered list, whichever page is shown.
    const page = await (await app.request("/en/?section=japanese&offset=1")).text();
    expect(page).toContain('<a id="csv-link" href="/api/v1/models.csv?section=japanese">CSV</a>');
  });

  it("GET /api/v1/news and /stats", async () => {
    const news = await getJson("/api/v1/news", NewsListSchema);
    expect(news.items.map((n) => n.date)).toEqual(["2025-04", "2024-07", "2024-01"]);
    expect(
      (await getJson("/api/v1/news?since=2024-07&limit=1", NewsListSchema)).items.map((n) => n.id),
    ).toEqual(["2025-04-qwen3"]);
    const stats = await getJson("/api/v1/stats", StatsSchema);
    expect(stats.stats.total).toMatchObject({
      models: 7,
      benchmarks: 3,
      datasets: 1,
      leaderboards: 1,
      news: 3,
      licenses: 3,
    });
  });

  it("every page has a JSON twin named in a Link header", async () => {
    for (const [page, twin] of [
      ["/en/models/qwen3", "/models/qwen3.json"],
      ["/ja/news", "/news.json"],
      ["/en/charts", "/charts.json"],
      ["/en/lineage", "/lineage.json"],
      ["/en/benchmarks/medqa", "/benchmarks/medqa.json"],
      ["/en/datasets/jmed-corpus", "/datasets/jmed-corpus.json"],
      ["/en/leaderboards/open-medical-llm", "/leaderboards/open-medical-llm.json"],
      ["/en/?section=medical", "/api/v1/models?section=medical"],
      ["/en/benchmarks?lang=ja", "/api/v1/benchmarks?lang=ja"],
    ] as const) {
      const res = await app.request(page);
      expect(res.status, page).toBe(200);
      expect(res.headers.get("link")).toBe(`<${twin}>; rel="alternate"; type="application/json"`);
      const json = await app.request(twin);
      expect(json.status, twin).toBe(200);
      expect(json.headers.get("content-type")).toMatch(/^application\/json/);
    }
  });
});

describe("model and news pages in both languages", () => {
  // The fixture's MedSwallow with training and medical facts, rendered by its own app.
  let pages: WebFixture;
  let pagesApp: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const catalog = fixtureCatalog();
    const med = catalog.models.find((m) => m.id === "medswallow");
    if (!med) throw new Error("fixture has no medswallow");
    med.training = { pretraining: "Llama 3 Swallow 70B", tokens: 2e9, methods: ["LoRA"] };
    med.medical = { specialty: ["general"], use_restrictions: ["research only"] };
    med.links = [{ rel: "paper", url: "https://example.org/medswallow", label: "MedSwallow paper" }];
    med.provenance = [{ source: "README.md", line: 12, raw: ["MedSwallow"], status: "archived" }];
    pages = await createWebFixture(catalog);
    pagesApp = createApp({ index: pages.index, now: FIXTURE_NOW });
  });
  afterAll(async () => {
    await pages.cleanup();
  });
  const page = async (path: string) => (await pagesApp.request(path)).text();

  it("labels fields, link kinds and values in the page's language, never with raw keys", async () => {
    const en = await page("/en/models/medswallow");
    for (const text of [
      "listed",
      "open weights",
      "pre-training:",
      "training tokens:",
      "methods:",
      "specialty:",
      "use restrictions:",
      "Paper:",
      "(via Llama 3 Swallow)",
    ]) {
      expect(en, text).toContain(text);
    }
    const ja = await page("/ja/models/medswallow");
    for (const text of [
      "掲載中",
      "重み公開",
      "事前学習:",
      "学習トークン数:",
      "手法:",
      "診療科:",
      "利用制限:",
      "論文:",
      "(Llama 3 Swallow 経由)",
    ]) {
      expect(ja, text).toContain(text);
    }
    for (const raw of ["open-weights", "pretraining:", "use_restrictions:", ">paper<", "(via "]) {
      expect(ja, raw).not.toContain(raw);
    }
    expect(await page("/ja/models/old-gpt")).toContain("非公開");
    // The status the source line had, in the provenance table.
    expect(ja).toMatch(/<td class="num">12<\/td><td>[^<]*<\/td><td>アーカイブ<\/td>/);
  });

  it("names languages in the page's language, in facets and fields", async () => {
    const en = await page("/en/");
    expect(en).toMatch(/value="ja"> <span>Japanese<\/span>/);
    expect(en).toContain('"lang":{"en":"English","ja":"Japanese"}');
    expect(await page("/ja/")).toMatch(/value="ja"> <span>日本語<\/span>/);
    expect(await page("/ja/models/medswallow")).toContain('lang=ja">日本語</a>');
    expect(await page("/en/benchmarks")).toMatch(/value="ja"> <span>Japanese<\/span>/);
    expect(await page("/ja/benchmarks/jmedbench")).toContain("<dd>日本語</dd>");
  });

  it("shows totals beside the size only when they add something", async () => {
    const size = (html: string) => /<dt>Parameters<\/dt><dd>(.*?)<\/dd>/.exec(html)?.[1];
    expect(size(await page("/en/models/medswallow"))).toBe("70B");
    expect(size(await page("/en/models/llama-3"))).toBe("8B, 70B");
    expect(size(await page("/en/models/mixtral-8x7b"))).toBe(
      '8x7B <span class="muted">(total: 46.7B; active: 12.9B)</span>',
    );
    expect(size(await page("/en/models/qwen3"))).toBe(
      '0.6~235B <span class="muted">(total: 600M – 235B)</span>',
    );
  });

  it("links news items without a link-kind prefix", async () => {
    const news = await page("/en/news");
    expect(news).toMatch(
      / · <a href="https:\/\/example\.org\/swallow" rel="noopener noreferrer">https:\/\/example\.org\/swallow<\/a>/,
    );
    expect(news).not.toContain(">other<");
  });
});

describe("HTTP caching, CORS and headers", () => {
  it("sends ETag and answers If-None-Match with 304", async () => {
    const res = await app.request("/api/v1/models?section=medical");
    const tag = res.headers.get("etag");
    expect(tag).toMatch(/^"[0-9a-f]+"$/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    const again = await app.request("/api/v1/models?section=medical", { headers: { "If-None-Match": tag! } });
    expect(again.status).toBe(304);
  });

  it("answers a repeated query from its response cache with the same body and headers", async () => {
    const url = "/api/v1/models?section=japanese&sort=name&limit=3";
    const first = await app.request(url, { headers: { Origin: "https://example.org" } });
    const second = await app.request(url, { headers: { Origin: "https://example.org" } });
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(await first.text());
    for (const header of [
      "etag",
      "content-type",
      "cache-control",
      "content-security-policy",
      "access-control-allow-origin",
    ])
      expect(second.headers.get(header), header).toBe(first.headers.get(header));
    // The cached answer keeps its ETag for conditional requests.
    const tag = first.headers.get("etag")!;
    expect((await app.request(url, { headers: { "If-None-Match": tag } })).status).toBe(304);
    const head = await app.request(url, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(first.headers.get("etag"));
    // Client errors are never kept: the same bad query fails the same way every time.
    for (let i = 0; i < 2; i++) expect((await app.request("/api/v1/models?section=nope")).status).toBe(400);
  });

  it("allows cross-origin GET and preflight", async () => {
    const res = await app.request("/api/v1/stats", { headers: { Origin: "https://example.org" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const pre = await app.request("/api/v1/stats", {
      method: "OPTIONS",
      headers: { Origin: "https://example.org", "Access-Control-Request-Method": "GET" },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-methods")).toBe("GET,HEAD,OPTIONS");
  });

  it("sets a strict CSP and the usual security headers on pages, API and errors", async () => {
    for (const path of ["/en/", "/api/v1/models", "/nope", "/api/v1/models?sort=x"]) {
      const res = await app.request(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("rejects over-long URLs with 414", async () => {
    const res = await app.request(`/api/v1/models?q=${"a".repeat(9000)}`);
    expect(res.status).toBe(414);
    ErrorSchema.parse(await res.json());
  });
});

describe("OpenAPI document", () => {
  let doc: Record<string, any>;
  beforeAll(async () => {
    doc = await (await app.request("/api/openapi.json")).json();
  });

  it("is a structurally valid OpenAPI 3.1 document", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
      expect(path.startsWith("/")).toBe(true);
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries<Record<string, any>>(item)) {
        expect(["get", "head"]).toContain(method);
        expect(op.responses["200"]).toBeDefined();
        for (const response of Object.values<Record<string, any>>(op.responses)) {
          expect(response.description ?? response.$ref).toBeTruthy();
        }
        for (const p of op.parameters ?? []) {
          expect(["query", "path", "header", "cookie"]).toContain(p.in);
          expect(p.schema).toBeDefined();
          if (p.in === "path") expect(p.required).toBe(true);
        }
        const pathParams = (op.parameters ?? [])
          .filter((p: { in: string }) => p.in === "path")
          .map((p: { name: string }) => p.name);
        expect(pathParams.sort()).toEqual(templated.sort());
      }
    }
    // Every $ref resolves inside the document.
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const pointer = ref.slice(8, -1);
      expect(pointer.startsWith("#/")).toBe(true);
      const target = pointer
        .slice(2)
        .split("/")
        .reduce<any>((node, key) => node?.[key], doc);
      expect(target, pointer).toBeDefined();
    }
  });

  it("lists every API route and every model query parameter", () => {
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/api/openapi.json",
        "/api/v1/benchmarks",
        "/api/v1/benchmarks/{id}",
        "/api/v1/datasets",
        "/api/v1/datasets/{id}",
        "/api/v1/leaderboards",
        "/api/v1/leaderboards/{id}",
        "/api/v1/medical",
        "/api/v1/models",
        "/api/v1/models.csv",
        "/api/v1/models/{id}",
        "/api/v1/news",
        "/api/v1/stats",
      ].sort(),
    );
    const names = doc.paths["/api/v1/models"].get.parameters.map((p: { name: string }) => p.name);
    expect(names.sort()).toEqual([...modelQueryParameters(), "facets"].sort());
    const csv = doc.paths["/api/v1/models.csv"].get.parameters.map((p: { name: string }) => p.name);
    expect(csv.sort()).toEqual([...modelQueryParameters()].sort());
  });

  it("describes real responses: each documented path answers 200", async () => {
    for (const path of Object.keys(doc.paths)) {
      const concrete = path
        .replace("/models/{id}", "/models/qwen3")
        .replace("/benchmarks/{id}", "/benchmarks/medqa")
        .replace("/datasets/{id}", "/datasets/jmed-corpus")
        .replace("/leaderboards/{id}", "/leaderboards/open-medical-llm");
      expect((await app.request(concrete)).status, concrete).toBe(200);
    }
  });

  // `npm run build` writes the document once; the server and the static build read it from lib/.
  const prebuilt = [
    path.resolve("lib/server", PREBUILT_OPENAPI_FILE),
    path.resolve("lib/cli-bundle", PREBUILT_OPENAPI_FILE),
  ];
  if (!prebuilt.every(existsSync)) console.warn("skipped: the prebuilt OpenAPI document (run npm run build)");
  it.skipIf(!prebuilt.every(existsSync))("is the document npm run build wrote into lib/", async () => {
    for (const file of prebuilt) {
      expect(JSON.parse(await readFile(file, "utf8")), file).toEqual(generateOpenApiDocument());
    }
  });

  it("names the request's origin as its server", () => {
    expect(doc.servers).toEqual([{ url: "http://localhost" }]);
    expect({ ...doc, servers: [{ url: "/" }] }).toEqual(generateOpenApiDocument());
  });
});
