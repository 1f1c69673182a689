import * as z from "zod";
import {
  Availability,
  Benchmark,
  CommercialUse,
  Dataset,
  EntryStatus,
  Id,
  Leaderboard,
  License,
  Model,
  NewsItem,
  Quantity,
  Score,
  Section,
} from "../core/index.js";
import { FACET_NAMES, QUERY_KINDS, SEARCH_FIELDS } from "../query/index.js";

// Response shapes of the API. The entry schemas come from core; the query layer's result types are
// TypeScript interfaces, mirrored here so the OpenAPI document can describe them (API tests parse every
// response with these schemas, so a drift fails a test). Built on first use: only the OpenAPI generator
// (run by `npm run build`) and the tests need them, and building them is a few ms of every start-up.

export type ApiSchemas = ReturnType<typeof defineApiSchemas>;

let schemas: ApiSchemas | undefined;

export function apiSchemas(): ApiSchemas {
  schemas ??= defineApiSchemas();
  return schemas;
}

function defineApiSchemas() {
  const withId = <T extends z.ZodRawShape>(schema: z.ZodObject<T, z.core.$strict>) =>
    schema.extend({ id: Id });

  const EntrySummarySchema = z.strictObject({
    kind: z.enum(QUERY_KINDS),
    id: z.string(),
    name: z.string(),
    org: z.string().nullable(),
    released: z.string().nullable(),
    year: z.number().int().nullable(),
    sections: z.array(z.string()),
    status: EntryStatus,
    availability: Availability.nullable(),
    sizes_label: z.string().nullable(),
    params: z.array(z.number()),
    params_max: z.number().nullable(),
    params_active: z.number().nullable(),
    license: z.string().nullable(),
    commercial: CommercialUse,
    languages: z.array(z.string()),
    tags: z.array(z.string()),
    hf: z.array(z.string()),
    base_models: z.array(z.string()),
    file: z.string(),
    match: z.strictObject({ field: z.enum(SEARCH_FIELDS), text: z.string() }).optional(),
  });

  const FacetCountSchema = z.strictObject({ value: z.string(), count: z.number().int() });
  const FacetsSchema = z.strictObject(
    Object.fromEntries(FACET_NAMES.map((f) => [f, z.array(FacetCountSchema)])),
  );

  const ModelListSchema = z.strictObject({
    ok: z.literal(true),
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int().nullable(),
    items: z.array(EntrySummarySchema),
    facets: FacetsSchema.optional(),
  });

  const LineageNodeSchema = z.strictObject({
    id: z.string(),
    name: z.string().nullable(),
    depth: z.number().int(),
    via: z.string(),
  });

  const HubFactsSchema = z.strictObject({
    repo: z.string(),
    fetched_at: z.string(),
    facts: z.record(z.string(), z.unknown()),
  });

  const ModelDetailSchema = z.strictObject({
    ok: z.literal(true),
    item: z.strictObject({
      summary: EntrySummarySchema,
      entry: withId(Model),
      license: withId(License).nullable(),
      lineage: z.strictObject({ up: z.array(LineageNodeSchema), down: z.array(LineageNodeSchema) }),
      benchmarks: z.array(withId(Benchmark)),
      hub: z.array(HubFactsSchema),
    }),
  });

  const resourceList = <T extends z.ZodRawShape>(item: z.ZodObject<T, z.core.$strict>) =>
    z.strictObject({
      ok: z.literal(true),
      total: z.number().int(),
      matching: z.number().int(),
      /** The search, when one was given (every term in an entry's search text). */
      q: z.string().optional(),
      /** The parsed filter (facet → values). */
      filter: z.record(z.string(), z.array(z.string())),
      facets: z.record(z.string(), z.array(FacetCountSchema)),
      items: z.array(withId(item)),
    });

  const BenchmarkListSchema = resourceList(Benchmark);
  const DatasetListSchema = resourceList(Dataset);
  const LeaderboardListSchema = resourceList(Leaderboard);
  const BenchmarkItemSchema = z.strictObject({ ok: z.literal(true), item: withId(Benchmark) });
  const DatasetItemSchema = z.strictObject({ ok: z.literal(true), item: withId(Dataset) });
  const LeaderboardItemSchema = z.strictObject({ ok: z.literal(true), item: withId(Leaderboard) });

  const MatrixFilters = ["lang", "modality", "size"] as const;
  /** `/api/v1/medical`: the medical models × benchmarks matrix (medical-page.ts). */
  const MedicalMatrixSchema = z.strictObject({
    ok: z.literal(true),
    total: z.number().int(),
    matching: z.number().int(),
    filter: z.strictObject(Object.fromEntries(MatrixFilters.map((f) => [f, z.array(z.string())]))),
    facets: z.strictObject(Object.fromEntries(MatrixFilters.map((f) => [f, z.array(FacetCountSchema)]))),
    columns: z.array(
      z.strictObject({
        id: Id,
        kind: z.enum(["benchmarks", "datasets"]),
        name: z.string(),
        tasks: z.array(z.string()),
        languages: z.array(z.string()),
        modality: z.array(z.string()),
        size: z.array(Quantity),
      }),
    ),
    rows: z.array(
      z.strictObject({
        id: Id,
        name: z.string(),
        released: z.string().nullable(),
        languages: z.array(z.string()),
        modality: z.array(z.string()),
        specialty: z.array(z.string()),
        use_restrictions: z.array(z.string()),
        scores: z.array(Score),
      }),
    ),
    unevaluated: z.array(z.strictObject({ id: Id, name: z.string() })),
  });

  const NewsListSchema = z.strictObject({
    ok: z.literal(true),
    total: z.number().int(),
    items: z.array(withId(NewsItem)),
  });

  const counts = z.array(FacetCountSchema);
  const StatsSchema = z.strictObject({
    ok: z.literal(true),
    stats: z.strictObject({
      total: z.strictObject({
        models: z.number().int(),
        benchmarks: z.number().int(),
        datasets: z.number().int(),
        leaderboards: z.number().int(),
        news: z.number().int(),
        licenses: z.number().int(),
      }),
      by_section: counts,
      by_year: counts,
      by_license_class: counts,
      by_size: counts,
      by_status: counts,
      by_availability: counts,
    }),
    sections: z.array(Section),
    licenses: z.array(withId(License)),
  });

  const ErrorSchema = z.strictObject({
    ok: z.literal(false),
    error: z.string(),
    errors: z.array(
      z.strictObject({
        message: z.string(),
        parameter: z.string().optional(),
        valid: z.array(z.string()).optional(),
      }),
    ),
    status: z.number().int(),
  });

  return {
    EntrySummarySchema,
    ModelListSchema,
    ModelDetailSchema,
    BenchmarkListSchema,
    DatasetListSchema,
    LeaderboardListSchema,
    BenchmarkItemSchema,
    DatasetItemSchema,
    LeaderboardItemSchema,
    MedicalMatrixSchema,
    NewsListSchema,
    StatsSchema,
    ErrorSchema,
  };
}
