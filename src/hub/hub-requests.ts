import type { modelInfo } from "@huggingface/hub";
import { HubError } from "../core/index.js";
import { type HubCollectionFacts, type HubRepoFacts, HubRepoFacts as RepoFacts } from "./hub-facts.js";
import {
  HubCollectionInfo,
  HubDatasetInfo,
  HubModelInfo,
  toDatasetFacts,
  toModelFacts,
} from "./hub-model-info.js";

// The client library is loaded on the first request: its module graph is most of what importing hub/
// costs, and `build`/`serve` only read snapshots.
type HubClient = typeof import("@huggingface/hub");
let client: HubClient | undefined;
async function hubClient(): Promise<HubClient> {
  client ??= await import("@huggingface/hub");
  return client;
}

/** Where and how to reach the Hub; `fetch` is normally a `createHubFetch()` fetch. */
export interface HubTarget {
  hubUrl: string;
  fetch: typeof fetch;
}

// Everything sync and discover read, in one request per listing page or repo.
const MODEL_FIELDS = [
  "author",
  "cardData",
  "config",
  "createdAt",
  "library_name",
  "safetensors",
  "tags",
  "gguf",
] as const;
type ModelField = Parameters<typeof modelInfo>[0]["additionalFields"];

/**
 * Lists an author's models with every field sync needs (`expand`), following `Link: rel="next"`
 * pages. An async generator, so a caller can stop early (discover stops at its last run).
 *
 * @example for await (const facts of listAuthorModels(target, "llm-jp", { sort: "createdAt" })) …
 */
export async function* listAuthorModels(
  target: HubTarget,
  author: string,
  options: { sort?: "createdAt"; fetchedAt?: string } = {},
): AsyncGenerator<HubRepoFacts> {
  const fetchedAt = options.fetchedAt ?? new Date().toISOString();
  try {
    for await (const entry of (await hubClient()).listModels({
      search: { owner: author },
      hubUrl: target.hubUrl,
      fetch: target.fetch,
      additionalFields: MODEL_FIELDS as unknown as ModelField,
      ...(options.sort ? { sort: options.sort } : {}),
    })) {
      // A listing row we cannot read is skipped: if the catalogue wants it, it is fetched on its own
      // afterwards and fails there with a message naming the field.
      const parsed = HubModelInfo.safeParse(wireModel(entry));
      if (parsed.success) yield toModelFacts(parsed.data, fetchedAt);
    }
  } catch (error) {
    throw asHubError(error, `${target.hubUrl}/api/models?author=${author}`);
  }
}

/**
 * One model's facts. A 307 from a renamed repo is followed, so the facts carry the new `repo`;
 * 404/401 come back as `gone`/`unauthorized` facts rather than errors (a dead link is a finding).
 */
export async function fetchModelFacts(
  target: HubTarget,
  repo: string,
  fetchedAt: string,
): Promise<HubRepoFacts> {
  const url = `${target.hubUrl}/api/models/${repo}`;
  try {
    const entry = await (await hubClient()).modelInfo({
      name: repo,
      hubUrl: target.hubUrl,
      fetch: target.fetch,
      additionalFields: MODEL_FIELDS as unknown as ModelField,
    });
    return toModelFacts(parseReply(HubModelInfo, wireModel(entry), url), fetchedAt);
  } catch (error) {
    return failedFacts(repo, "model", asHubError(error, url), fetchedAt);
  }
}

/** One dataset's facts (same rules as `fetchModelFacts`). */
export async function fetchDatasetFacts(
  target: HubTarget,
  repo: string,
  fetchedAt: string,
): Promise<HubRepoFacts> {
  const url = `${target.hubUrl}/api/datasets/${repo}`;
  try {
    const entry = await (await hubClient()).datasetInfo({
      name: repo,
      hubUrl: target.hubUrl,
      fetch: target.fetch,
      additionalFields: ["author", "cardData", "createdAt", "tags"],
    });
    const { id: _id, name, updatedAt, ...rest } = entry as typeof entry & Record<string, unknown>;
    const wire = { ...rest, id: name, lastModified: isoOf(updatedAt) };
    return toDatasetFacts(parseReply(HubDatasetInfo, wire, url), fetchedAt);
  } catch (error) {
    return failedFacts(repo, "dataset", asHubError(error, url), fetchedAt);
  }
}

/**
 * A collection's members. `@huggingface/hub` has no call for one collection by slug, so this is the one
 * plain request: `GET /api/collections/{slug}` (the listing endpoint truncates items; this does not).
 */
export async function fetchCollection(
  target: HubTarget,
  slug: string,
  fetchedAt: string,
): Promise<HubCollectionFacts> {
  const url = `${target.hubUrl}/api/collections/${slug}`;
  try {
    const res = await target.fetch(url, { headers: { accept: "application/json" } });
    const info = parseReply(HubCollectionInfo, await res.json(), url);
    return {
      slug,
      status: "ok",
      fetched_at: fetchedAt,
      title: info.title,
      items: info.items.map((i) => ({ type: i.type, id: i.id })),
    };
  } catch (error) {
    const hubError = asHubError(error, url);
    return { slug, status: statusOf(hubError), error: hubError.message, fetched_at: fetchedAt, items: [] };
  }
}

/** 404 → gone, 401 → unauthorized (the Hub answers 401 for private and missing repos alike). */
export function statusOf(error: HubError): HubRepoFacts["status"] {
  return error.status === 404 ? "gone" : error.status === 401 ? "unauthorized" : "error";
}

// --- helpers ---

// The client library renames a few wire fields (`id`→`name`, `_id`→`id`); put them back so one zod schema
// reads both listings and single repos.
function wireModel(entry: object): Record<string, unknown> {
  const { id, name, task, updatedAt, ...rest } = entry as Record<string, unknown>;
  return { ...rest, _id: id, id: name, pipeline_tag: task, lastModified: isoOf(updatedAt) };
}

function isoOf(value: unknown): string | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : undefined;
}

function parseReply<T>(
  schema: {
    safeParse: (
      v: unknown,
    ) =>
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
  url: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new HubError(
    `unexpected Hub reply: field ${issue?.path.join(".") || "(root)"}: ${issue?.message} (${url})`,
    200,
    url,
    undefined,
    "UnexpectedShape",
  );
}

function asHubError(error: unknown, url: string): HubError {
  if (error instanceof HubError) return error;
  // Only a loaded client can have thrown its error type.
  if (client && error instanceof client.HubApiError)
    return new HubError(error.message, error.statusCode, error.url, error.requestId);
  if (error instanceof SyntaxError)
    return new HubError(`Hub sent malformed JSON: ${error.message}`, 200, url);
  throw error;
}

function failedFacts(
  repo: string,
  type: "model" | "dataset",
  error: HubError,
  fetchedAt: string,
): HubRepoFacts {
  return RepoFacts.parse({
    repo,
    type,
    status: statusOf(error),
    error: error.message,
    fetched_at: fetchedAt,
  });
}
