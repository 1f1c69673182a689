import * as z from "zod";
import { type BaseRelation, HubRepoFacts } from "./hub-facts.js";

// Wire shapes are tolerant (extra keys allowed): the Hub adds fields over time and we read only these.
const stringOrList = z.union([z.string(), z.array(z.string())]);

/** `owner/name` as the Hub allows them; anything else is refused before it can reach a file path. */
export const RepoId = z.string().regex(/^[\w.-]+\/[\w.-]+$/, "expected a repo id owner/name");

/** A model as `/api/models` and `/api/models/{id}` return it (with `expand`). */
export const HubModelInfo = z.looseObject({
  id: RepoId,
  _id: z.string().optional(),
  author: z.string().optional(),
  createdAt: z.string().optional(),
  lastModified: z.string().optional(),
  downloads: z.number().optional(),
  likes: z.number().optional(),
  gated: z.union([z.literal(false), z.enum(["auto", "manual"])]).optional(),
  private: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
  pipeline_tag: z.string().optional(),
  library_name: z.string().optional(),
  cardData: z
    .looseObject({
      license: stringOrList.optional(),
      license_name: z.string().optional(),
      base_model: stringOrList.optional(),
    })
    .optional(),
  safetensors: z.looseObject({ parameters: z.record(z.string(), z.number()), total: z.number() }).optional(),
  gguf: z
    .looseObject({
      total: z.number().optional(),
      architecture: z.string().optional(),
      context_length: z.number().optional(),
    })
    .optional(),
  config: z
    .looseObject({ model_type: z.string().optional(), architectures: z.array(z.string()).optional() })
    .optional(),
});
export type HubModelInfo = z.infer<typeof HubModelInfo>;

/** A dataset as `/api/datasets/{id}` returns it. */
export const HubDatasetInfo = z.looseObject({
  id: RepoId,
  createdAt: z.string().optional(),
  lastModified: z.string().optional(),
  downloads: z.number().optional(),
  likes: z.number().optional(),
  gated: z.union([z.literal(false), z.enum(["auto", "manual"])]).optional(),
  private: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
  cardData: z.looseObject({ license: stringOrList.optional() }).optional(),
});
export type HubDatasetInfo = z.infer<typeof HubDatasetInfo>;

/** A collection as `/api/collections/{slug}` returns it; items are models, datasets, spaces or papers. */
export const HubCollectionInfo = z.looseObject({
  slug: z.string().optional(),
  title: z.string().optional(),
  items: z.array(z.looseObject({ type: z.string(), id: z.string().regex(/^[\w./-]+$/) })).default([]),
});
export type HubCollectionInfo = z.infer<typeof HubCollectionInfo>;

/** Repos created before the Hub recorded creation dates all carry this backfilled timestamp. */
const BACKFILLED_CREATED_AT = /^2022-03-02T23:29:0\d/;

/**
 * Translates a model reply into stored facts (pure). The backfilled creation timestamp becomes
 * unknown; `base_model:<relation>:<repo>` tags become typed lineage.
 */
export function toModelFacts(info: HubModelInfo, fetchedAt: string): HubRepoFacts {
  const tags = info.tags ?? [];
  return HubRepoFacts.parse({
    ...repoFacts(info, "model", fetchedAt),
    card_license_name: info.cardData?.license_name,
    pipeline_tag: info.pipeline_tag,
    library: info.library_name,
    safetensors: info.safetensors
      ? { total: info.safetensors.total, by_dtype: info.safetensors.parameters }
      : undefined,
    gguf: info.gguf
      ? {
          total: info.gguf.total,
          architecture: info.gguf.architecture,
          context_length: info.gguf.context_length,
        }
      : undefined,
    model_type: info.config?.model_type,
    architectures: info.config?.architectures,
    base_models: baseModels(tags, info.cardData?.base_model),
    tags,
  });
}

/** Translates a dataset reply into stored facts (pure). */
export function toDatasetFacts(info: HubDatasetInfo, fetchedAt: string): HubRepoFacts {
  const tags = info.tags ?? [];
  return HubRepoFacts.parse({
    ...repoFacts(info, "dataset", fetchedAt),
    tags,
  });
}

/** The facts models and datasets share. */
function repoFacts(info: HubModelInfo | HubDatasetInfo, type: "model" | "dataset", fetchedAt: string) {
  const tags = info.tags ?? [];
  return {
    repo: info.id,
    type,
    status: "ok",
    fetched_at: fetchedAt,
    created_at: knownCreatedAt(info.createdAt),
    last_modified: info.lastModified,
    downloads: info.downloads,
    likes: info.likes,
    gated: info.gated,
    private: info.private,
    license: tagValue(tags, "license"),
    card_license: listOf(info.cardData?.license),
  };
}

/** The creation date unless it is the Hub's backfilled placeholder. */
export function knownCreatedAt(createdAt: string | undefined): string | undefined {
  return createdAt && !BACKFILLED_CREATED_AT.test(createdAt) ? createdAt : undefined;
}

// --- helpers ---

const RELATIONS = new Set<string>(["finetune", "adapter", "quantized", "merge"]);

function baseModels(
  tags: readonly string[],
  cardBase: string | string[] | undefined,
): { repo: string; relation: BaseRelation }[] {
  const found = new Map<string, BaseRelation>();
  for (const tag of tags) {
    // `base_model:<repo>` plus `base_model:<relation>:<repo>` for the same repo: keep the relation.
    const m = /^base_model:(?:(finetune|adapter|quantized|merge):)?(.+\/.+)$/.exec(tag);
    if (!m?.[2]) continue;
    const relation = m[1] && RELATIONS.has(m[1]) ? (m[1] as BaseRelation) : undefined;
    if (relation || !found.has(m[2])) found.set(m[2], relation ?? found.get(m[2]) ?? "unknown");
  }
  for (const repo of listOf(cardBase) ?? []) if (!found.has(repo)) found.set(repo, "unknown");
  return [...found].map(([repo, relation]) => ({ repo, relation }));
}

function tagValue(tags: readonly string[], key: string): string | undefined {
  const prefix = `${key}:`;
  return tags.find((t) => t.startsWith(prefix))?.slice(prefix.length);
}

function listOf(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}
