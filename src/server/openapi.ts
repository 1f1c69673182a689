import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as z from "zod";
import { ModelQuery, modelQueryParameters } from "../query/index.js";
import { apiSchemas } from "./api-schemas.js";
import { MEDICAL_FILTERS } from "./medical-page.js";
import { resourceFacets } from "./resource-pages.js";

type Json = Record<string, unknown>;

const DESCRIPTIONS: Record<string, string> = {
  q: "Full-text search (Japanese and English; NFKC, case-insensitive substrings; words combine with AND; a word in a section's title matches that section's entries).",
  kind: "Entry kinds (default models).",
  section: "Sections, e.g. general, japanese, slm, medical.",
  lang: "Languages as recorded (e.g. ja, en).",
  status: "listed or archived.",
  availability: "open-weights, api, closed, leaked, announced, unknown.",
  min_params: "Smallest parameter count, e.g. 1B, 500M, 7e9.",
  max_params: "Largest parameter count, e.g. 10B.",
  params_basis: "Compare min/max with total (default) or active parameters.",
  size: "Size buckets.",
  license: "Licence ids from the registry.",
  commercial: "Commercial use of the licence.",
  since: "Released on or after (YYYY-MM or YYYY-MM-DD).",
  until: "Released on or before (YYYY-MM or YYYY-MM-DD).",
  year: "Release years.",
  org: "Organisations.",
  tag: "Tags (moe, reasoning, multimodal…).",
  hf: "Has (true) or lacks (false) a Hugging Face link.",
  base: "Built on any of these model ids, transitively.",
  task: "Task format of a benchmark or dataset (mcq, qa, open-qa, vqa, nli, summarization…).",
  modality: "Modality of a benchmark or dataset, or of a medical model (text, image, video, ecg, ehr).",
  specialty: "Medical model specialty (general medicine, pharmacy…).",
  restriction: "Medical model use restriction (non-commercial, research-only, not-for-clinical-use).",
  benchmark: "Models evaluated on any of these benchmark or dataset ids.",
  sort: "Sort order; - prefix is descending.",
  limit: "Page size.",
  offset: "Rows to skip.",
};

/**
 * Where `npm run build` writes `generateOpenApiDocument()` beside this module's compiled file (lib/server/
 * and the CLI bundle's folder): converting the schemas takes 20–40 ms, a twentieth of a static build.
 * Run from src/ (tests), there is no such file and the document is generated.
 */
export const PREBUILT_OPENAPI_FILE = "openapi-document.json";

let template: Json | undefined;

/** The OpenAPI 3.1 document with `serverUrl` as its server: the prebuilt one where it exists. */
export function openApiDocument(serverUrl: string): Json {
  template ??= readPrebuilt() ?? generateOpenApiDocument();
  return { ...template, servers: [{ url: serverUrl }] };
}

/**
 * The OpenAPI 3.1 document, generated from the zod schemas (`z.toJSONSchema`, JSON Schema 2020-12 as
 * OpenAPI 3.1 uses), with `/` as its server. Query parameters come from the shared ModelQuery schema, so
 * the document lists exactly what `parseModelQuery` accepts.
 */
export function generateOpenApiDocument(): Json {
  const errors = {
    "400": { $ref: "#/components/responses/BadRequest" },
    "404": { $ref: "#/components/responses/NotFound" },
  };
  const ok = (schema: string, description: string) => ({
    description,
    headers: { ETag: { schema: { type: "string" } }, "Cache-Control": { schema: { type: "string" } } },
    content: { "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } },
  });
  const get = (summary: string, operationId: string, schema: string, parameters: Json[] = []) => ({
    get: { summary, operationId, parameters, responses: { "200": ok(schema, summary), ...errors } },
  });
  const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
  const paths: Json = {
    "/api/v1/models": get("List and search models", "listModels", "ModelList", [
      ...modelParameters(),
      {
        name: "facets",
        in: "query",
        description: "Include facet counts.",
        schema: { type: "string", enum: ["true", "1"] },
      },
    ]),
    "/api/v1/models.csv": {
      get: {
        summary:
          "The models list as CSV (the columns of llm-radar ls --csv; every matching row unless limit is given)",
        operationId: "listModelsCsv",
        parameters: modelParameters(),
        responses: {
          "200": {
            description:
              "RFC 4180 CSV with a header line; cells a spreadsheet would run as formulas start with '.",
            headers: {
              ETag: { schema: { type: "string" } },
              "Cache-Control": { schema: { type: "string" } },
            },
            content: { "text/csv": { schema: { type: "string" } } },
          },
          "400": { $ref: "#/components/responses/BadRequest" },
        },
      },
    },
    "/api/v1/models/{id}": get(
      "One model with lineage, licence, scores and Hub facts",
      "getModel",
      "ModelDetail",
      [idParam],
    ),
    "/api/v1/news": get("News, newest first", "listNews", "NewsList", [
      { name: "since", in: "query", schema: { type: "string", pattern: "^\\d{4}-\\d{2}(-\\d{2})?$" } },
      { name: "limit", in: "query", schema: { type: "integer", minimum: 1 } },
    ]),
    "/api/v1/medical": get(
      "Medical models × benchmarks matrix (filters choose the models; columns are what they are evaluated on)",
      "getMedicalMatrix",
      "MedicalMatrix",
      MEDICAL_FILTERS.map((name) => ({
        name,
        in: "query",
        description: DESCRIPTIONS[name] ?? name,
        schema: { type: "array", items: { type: "string" } },
        style: "form",
        explode: true,
      })),
    ),
    "/api/v1/stats": get("Counts by section, year, licence class, size, status", "getStats", "Stats"),
    "/api/openapi.json": {
      get: {
        summary: "This document",
        operationId: "getOpenApi",
        responses: {
          "200": {
            description: "OpenAPI 3.1",
            content: { "application/json": { schema: { type: "object" } } },
          },
        },
      },
    },
  };
  for (const [kind, list, item] of [
    ["benchmarks", "BenchmarkList", "BenchmarkItem"],
    ["datasets", "DatasetList", "DatasetItem"],
    ["leaderboards", "LeaderboardList", "LeaderboardItem"],
  ] as const) {
    const params = [
      {
        name: "q",
        in: "query",
        description: DESCRIPTIONS.q,
        schema: { type: "string" },
      },
      ...resourceFacets(kind).map((name) => ({
        name,
        in: "query",
        description: `Filter by ${name} (repeat or comma-separate for any of several).`,
        schema: { type: "array", items: { type: "string" } },
        style: "form",
        explode: true,
      })),
    ];
    paths[`/api/v1/${kind}`] = get(`List ${kind}`, `list${cap(kind)}`, list, params);
    paths[`/api/v1/${kind}/{id}`] = get(`One ${kind.slice(0, -1)}`, `get${cap(kind.slice(0, -1))}`, item, [
      idParam,
    ]);
  }
  const {
    ModelListSchema,
    ModelDetailSchema,
    NewsListSchema,
    StatsSchema,
    MedicalMatrixSchema,
    BenchmarkListSchema,
    BenchmarkItemSchema,
    DatasetListSchema,
    DatasetItemSchema,
    LeaderboardListSchema,
    LeaderboardItemSchema,
    ErrorSchema,
  } = apiSchemas();
  const schemas = {
    ModelList: ModelListSchema,
    ModelDetail: ModelDetailSchema,
    NewsList: NewsListSchema,
    Stats: StatsSchema,
    MedicalMatrix: MedicalMatrixSchema,
    BenchmarkList: BenchmarkListSchema,
    BenchmarkItem: BenchmarkItemSchema,
    DatasetList: DatasetListSchema,
    DatasetItem: DatasetItemSchema,
    LeaderboardList: LeaderboardListSchema,
    LeaderboardItem: LeaderboardItemSchema,
    Error: ErrorSchema,
  };
  const errorResponse = (description: string) => ({
    description,
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  });
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    info: {
      title: "llm-radar API",
      version: "1",
      description:
        "Read-only JSON API over the llm-radar catalogue (and the models list as CSV). GET and HEAD only; CORS open for GET; ETag and Cache-Control on every response. Paths also answer with a .json suffix (how the static build stores them).",
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, toSchema(schema)])),
      responses: {
        BadRequest: errorResponse(
          "A parameter is unknown or has a bad value; errors name it and list valid values.",
        ),
        NotFound: errorResponse("No entry with this id."),
      },
    },
  };
}

// --- helpers ---

function readPrebuilt(): Json | undefined {
  const file = new URL(PREBUILT_OPENAPI_FILE, import.meta.url);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    throw new Error(
      `${fileURLToPath(file)}: not JSON (${(error as Error).message}); run npm run build again`,
    );
  }
}

function modelParameters(): Json[] {
  const shape = toSchema(ModelQuery).properties as Record<string, Json>;
  return modelQueryParameters().map((name) => {
    let schema = shape[name] ?? { type: "string" };
    if (name === "min_params" || name === "max_params")
      schema = { type: "string", examples: ["1B", "500M", "7e9"] };
    const array = schema.type === "array";
    return {
      name,
      in: "query",
      description: DESCRIPTIONS[name] ?? name,
      schema,
      ...(array ? { style: "form", explode: true } : {}),
    };
  });
}

function toSchema(schema: z.ZodType): Json {
  const out = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    unrepresentable: "any",
    io: "output",
  }) as Json;
  delete out.$schema;
  return out;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
