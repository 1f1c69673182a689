import type { HfRef } from "./schema.js";

const HF_HOSTS = new Set(["huggingface.co", "www.huggingface.co", "hf.co"]);
// Top-level paths on the Hub that are pages, not organisations or users.
const RESERVED = new Set([
  "blog",
  "docs",
  "papers",
  "posts",
  "learn",
  "spaces",
  "datasets",
  "models",
  "collections",
  "settings",
  "join",
  "login",
  "pricing",
  "tasks",
  "chat",
]);

/**
 * Parses a Hugging Face URL into a typed reference, or undefined when it is not one.
 * Bare `owner/name` (a link target missing its host) is read as a model repo.
 *
 * @example parseHfUrl("https://huggingface.co/collections/Qwen/qwen3-67dd247413f0e2e4f653967f")
 *          // { type: "collection", id: "Qwen/qwen3-67dd247413f0e2e4f653967f" }
 */
export function parseHfUrl(url: string): HfRef | undefined {
  const path = hubPath(url.trim());
  if (path === undefined) return undefined;
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  const [first, second, third] = parts;
  if (!first) return undefined;
  if (first === "collections" && second && third) return { type: "collection", id: `${second}/${third}` };
  if (first === "datasets" && second && third) return { type: "dataset", id: `${second}/${third}` };
  if (first === "datasets" && second) return { type: "org", id: second };
  if (first === "spaces" && second && third) return { type: "space", id: `${second}/${third}` };
  if (RESERVED.has(first)) return undefined;
  if (second) return { type: "model", id: `${first}/${second}` };
  return { type: "org", id: first };
}

/** The canonical URL of a reference. */
export function hfUrl(ref: HfRef, base = "https://huggingface.co"): string {
  const prefix = { model: "", dataset: "datasets/", space: "spaces/", collection: "collections/", org: "" }[
    ref.type
  ];
  return `${base}/${prefix}${ref.id}`;
}

function hubPath(url: string): string | undefined {
  if (/^[\w.-]+\/[\w.-]+$/.test(url)) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!HF_HOSTS.has(parsed.hostname)) return undefined;
  return parsed.pathname;
}
