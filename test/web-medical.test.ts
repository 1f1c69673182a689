import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiSchemas } from "../src/server/api-schemas.js";
import { createApp } from "../src/server/index.js";
import { medicalCatalog } from "./helpers/medical-fixture.js";
import { createWebFixture, FIXTURE_NOW, HOSTILE, type WebFixture } from "./helpers/web-fixture.js";

const { BenchmarkListSchema, ErrorSchema, MedicalMatrixSchema, ModelListSchema } = apiSchemas();

let fixture: WebFixture;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  fixture = await createWebFixture(medicalCatalog());
  app = createApp({ index: fixture.index, now: FIXTURE_NOW });
});
afterAll(async () => {
  await fixture.cleanup();
});

const get = async (path: string) => {
  const res = await app.request(path);
  return { res, text: await res.text() };
};
const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id).sort();

describe("medical filters in the API", () => {
  it("filters benchmarks by language and task format", async () => {
    const { res, text } = await get("/api/v1/models?kind=benchmarks&lang=ja&task=mcq");
    expect(res.status).toBe(200);
    expect(ids(ModelListSchema.parse(JSON.parse(text)))).toEqual(["igakuqa"]);
    // The resource list endpoint answers the same question with its own facets.
    const list = BenchmarkListSchema.parse(
      JSON.parse((await get("/api/v1/benchmarks?lang=ja&task=mcq")).text),
    );
    expect(list.items.map((i) => i.id)).toEqual(["igakuqa"]);
  });

  it("filters medical models by modality, specialty, restriction and benchmark", async () => {
    const q = async (query: string) =>
      ids(ModelListSchema.parse(JSON.parse((await get(`/api/v1/models?${query}`)).text)));
    expect(await q("section=medical&modality=image")).toEqual(["vision-med"]);
    expect(await q("specialty=pharmacy")).toEqual(["jpharma-beta"]);
    expect(await q("restriction=non-commercial,research-only")).toEqual(["jpharma-beta", "vision-med"]);
    expect(await q("benchmark=igakuqa")).toEqual(["jmed-alpha", "jpharma-beta"]);
    expect(await q("benchmark=medqa")).toEqual(["jmed-alpha", "llama-3"]);
  });

  it("rejects unknown filter values, naming the valid ones", async () => {
    const { res, text } = await get("/api/v1/models?task=mcqq");
    expect(res.status).toBe(400);
    const body = ErrorSchema.parse(JSON.parse(text));
    expect(JSON.stringify(body)).toContain("mcq");
    expect((await get("/api/v1/medical?colour=red")).res.status).toBe(400);
    expect((await get("/api/v1/medical?modality=smell")).res.status).toBe(400);
  });
});

describe("the medical matrix", () => {
  it("JSON twin and API: rows, columns, marks and values with their source", async () => {
    const api = MedicalMatrixSchema.parse(JSON.parse((await get("/api/v1/medical")).text));
    const twin = JSON.parse((await get("/medical.json")).text);
    expect({ ok: true, ...twin }).toEqual(api);
    expect(api.rows.map((r) => r.id)).toEqual(["jpharma-beta", "jmed-alpha", "vision-med", "hostile-med"]);
    expect(api.unevaluated.map((m) => m.id).sort()).toEqual(["medswallow", "quiet-med"]);
    expect(api.columns[0]).toMatchObject({
      id: "igakuqa",
      kind: "benchmarks",
      tasks: ["mcq"],
      languages: ["ja"],
    });
    const alpha = api.rows.find((r) => r.id === "jmed-alpha")!;
    expect(alpha.scores).toContainEqual({
      benchmark: "igakuqa",
      value: 72.5,
      metric: "accuracy",
      setting: "5-shot",
      source: "https://example.org/alpha",
    });
  });

  it("filters rows by language, modality and size on the server", async () => {
    const rows = async (query: string) =>
      MedicalMatrixSchema.parse(JSON.parse((await get(`/api/v1/medical?${query}`)).text)).rows.map(
        (r) => r.id,
      );
    expect(await rows("lang=ja")).toEqual(["jpharma-beta", "jmed-alpha"]);
    expect(await rows("modality=image")).toEqual(["vision-med"]);
    expect(await rows("size=40b-100b")).toEqual(["jpharma-beta"]);
    const filtered = MedicalMatrixSchema.parse(
      JSON.parse((await get("/api/v1/medical?modality=image")).text),
    );
    expect(filtered.columns.map((c) => c.id)).toEqual(["mmmu-med"]);
  });

  it("HTML page in both languages: marks, linked values, filters as a GET form", async () => {
    const en = await get("/en/medical?lang=ja");
    expect(en.res.status).toBe(200);
    expect(en.res.headers.get("link")).toContain("/api/v1/medical?lang=ja");
    expect(en.text).toContain('<a href="https://example.org/alpha"');
    expect(en.text).toContain('title="evaluated on"');
    expect(en.text).toContain('href="/en/benchmarks/igakuqa"');
    expect(en.text).toMatch(/<input type="checkbox" name="lang" value="ja" checked>/);
    // Every model is in the page; the filter hides the others (the page's script filters in place).
    expect(en.text).toMatch(
      /<tr data-facets="[^"]*" hidden><th scope="row"><a href="\/en\/models\/vision-med">VisionMed</,
    );
    expect(en.text).toMatch(/<tr data-facets="[^"]*"><th scope="row"><a href="\/en\/models\/jmed-alpha">/);
    const ja = await get("/ja/medical");
    expect(ja.text).toContain("医療モデル × ベンチマーク");
    expect(ja.text).toContain('href="/ja/models/jmed-alpha"');
  });

  it("labels size filters as the catalogue does, not with bucket ids", async () => {
    const { text } = await get("/en/medical");
    expect(text).toMatch(/value="40b-100b"> <span>40B – 100B<\/span>/);
    expect(text).not.toMatch(/<span>40b-100b<\/span>/);
  });

  it("names tasks, modalities, restrictions and sources in the page's language; URLs and the API keep the codes", async () => {
    const ja = (await get("/ja/medical")).text;
    expect(ja).toMatch(/name="modality" value="image"> <span>画像<\/span>/);
    expect(ja).toMatch(/igakuqa">IgakuQA<\/a><br><small>多肢選択<\/small>/);
    expect(ja).toMatch(/jpharma-beta">[^<]*<\/a><br><small>非商用のみ<\/small>/);
    const list = (await get("/en/benchmarks")).text;
    expect(list).toMatch(/name="task" value="mcq"> <span>multiple choice<\/span>/);
    expect(list).toMatch(/igakuqa">IgakuQA<\/a><\/td><td>multiple choice<\/td>/);
    const detail = (await get("/ja/benchmarks/igakuqa")).text;
    expect(detail).toMatch(/<dd>多肢選択<\/dd>/);
    expect(detail).toMatch(/<dd>試験問題<\/dd>/);
    expect((await get("/ja/models/jpharma-beta")).text).toContain("非商用のみ");
    const api = JSON.parse((await get("/api/v1/benchmarks?task=mcq")).text);
    expect(api.items.find((b: { id: string }) => b.id === "igakuqa").tasks).toEqual(["mcq"]);
  });

  it("escapes hostile benchmark and model names, values and sources", async () => {
    const { text } = await get("/en/medical");
    expect(text).not.toContain(HOSTILE.name);
    expect(text).not.toContain(HOSTILE.attr);
    expect(text).not.toContain(HOSTILE.closeScript);
    expect(text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    // A javascript: source is never a link target.
    expect(text).not.toMatch(/href="javascript:/i);
    // The catalogue search's links to matching benchmarks carry the names as text.
    const search = (await get("/en/?q=alert")).text;
    expect(search).toContain(
      '<a href="/en/benchmarks/hostile-bench">&lt;script&gt;alert(1)&lt;/script&gt;|&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</a>',
    );
    expect(search).not.toContain(HOSTILE.name);
  });

  it("the catalogue search's links say which kind an entry is when two share a name", async () => {
    expect((await get("/en/?q=igakuqa")).text).toContain(
      '<p id="also" class="muted">Benchmarks and datasets: <a href="/en/benchmarks/igakuqa">IgakuQA</a> (benchmark), <a href="/en/datasets/igakuqa-set">IgakuQA</a> (dataset)</p>',
    );
    // Names that differ carry no kind.
    const distinct = (await get("/en/?q=jmed")).text;
    expect(distinct).toContain('<p id="also"');
    expect(distinct).not.toMatch(/<\/a> \((benchmark|dataset)\)/);
  });

  it("benchmark and dataset pages list the models evaluated on them", async () => {
    const bench = await get("/en/benchmarks/igakuqa");
    expect(bench.text).toContain('href="/en/models/jmed-alpha"');
    expect(bench.text).toContain('href="/en/models/jpharma-beta"');
    expect(bench.text).toContain("72.5");
    expect(bench.text).toMatch(/<dt>Source<\/dt><dd>exams<\/dd>/);
    expect(bench.text).toMatch(/<dt>Size<\/dt><dd>2000 questions<\/dd>/);
    // A model that only names the benchmark says so in words; the matrix keeps its compact mark.
    expect(bench.text).toMatch(
      /href="\/en\/models\/jpharma-beta">[^<]*<\/a>: <span class="muted">evaluated on it, no result stated<\/span>/,
    );
    expect((await get("/ja/benchmarks/igakuqa")).text).toContain("評価対象(結果の記載なし)");
  });
});
