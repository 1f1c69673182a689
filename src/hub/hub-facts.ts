import * as z from "zod";

/** How a repo relates to a base model, from the Hub's `base_model:<relation>:<repo>` tags. */
export const BaseRelation = z.enum(["finetune", "adapter", "quantized", "merge", "unknown"]);
export type BaseRelation = z.infer<typeof BaseRelation>;

/**
 * What one sync learnt about one Hub repo: stored as a dated snapshot under `<catalog>/.hub/`,
 * never in the curated YAML. Field names are ours (snake_case); the wire names are in `hub-model-info.ts`.
 */
export const HubRepoFacts = z.object({
  repo: z.string().min(1),
  type: z.enum(["model", "dataset"]),
  /** `gone` = 404, `unauthorized` = 401 (private or deleted), `renamed` = 307 to `renamed_to`. */
  status: z.enum(["ok", "gone", "unauthorized", "renamed", "error"]),
  renamed_to: z.string().optional(),
  error: z.string().optional(),
  fetched_at: z.string(),
  /** Absent when the Hub does not know it (its backfilled 2022-03-02T23:29:0x timestamp). */
  created_at: z.string().optional(),
  last_modified: z.string().optional(),
  downloads: z.number().optional(),
  likes: z.number().optional(),
  gated: z.union([z.literal(false), z.enum(["auto", "manual"])]).optional(),
  private: z.boolean().optional(),
  /** The `license:<id>` tag. */
  license: z.string().optional(),
  /** `cardData.license` (and `license_name` when that is `other`). */
  card_license: z.array(z.string()).optional(),
  card_license_name: z.string().optional(),
  pipeline_tag: z.string().optional(),
  library: z.string().optional(),
  /** safetensors parameter counts: total and per dtype (`BF16`, `I32`…). */
  safetensors: z.object({ total: z.number(), by_dtype: z.record(z.string(), z.number()) }).optional(),
  gguf: z
    .object({
      total: z.number().optional(),
      architecture: z.string().optional(),
      context_length: z.number().optional(),
    })
    .optional(),
  model_type: z.string().optional(),
  architectures: z.array(z.string()).optional(),
  base_models: z.array(z.object({ repo: z.string(), relation: BaseRelation })).default([]),
  tags: z.array(z.string()).default([]),
});
export type HubRepoFacts = z.infer<typeof HubRepoFacts>;

/** A collection's members at sync time. */
export const HubCollectionFacts = z.object({
  slug: z.string(),
  status: HubRepoFacts.shape.status,
  error: z.string().optional(),
  fetched_at: z.string(),
  title: z.string().optional(),
  items: z.array(z.object({ type: z.string(), id: z.string() })).default([]),
});
export type HubCollectionFacts = z.infer<typeof HubCollectionFacts>;

/** An organisation's model repos at sync time (from one listing). */
export const HubOrgFacts = z.object({
  owner: z.string(),
  status: HubRepoFacts.shape.status,
  error: z.string().optional(),
  fetched_at: z.string(),
  models: z.array(z.string()).default([]),
});
export type HubOrgFacts = z.infer<typeof HubOrgFacts>;

/** The parameter count a repo states: safetensors total, else the GGUF total. */
export function statedParams(facts: HubRepoFacts): number | undefined {
  return facts.safetensors?.total ?? facts.gguf?.total;
}

/** Hub licence ids stated for a repo (tag first, then model card), `other` replaced by its name. */
export function statedLicenses(facts: HubRepoFacts): string[] {
  const found = new Set<string>();
  for (const id of [facts.license, ...(facts.card_license ?? [])]) {
    if (!id) continue;
    found.add(id === "other" && facts.card_license_name ? facts.card_license_name : id);
  }
  return [...found];
}
