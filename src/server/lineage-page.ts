import { html } from "hono/html";
import { normalizeText } from "../query/index.js";
import type { AppDeps } from "./app-deps.js";
import type { Html } from "./layout.js";
import { oncePerApp } from "./once-per-app.js";
import { type PageContext, pageHref } from "./page-context.js";

/** One node of the base-model forest: a model (or a referenced id not in the catalogue) and what is built on it. */
export interface LineageTree {
  id: string;
  name: string | null;
  children: LineageTree[];
}

/**
 * The base-model forest: roots are models that others build on but that build on nothing in the
 * catalogue. A model with two bases appears under both; a cycle in the data is cut where it repeats.
 * Computed once per app.
 */
export const lineageForest = oncePerApp((deps): LineageTree[] => {
  const { modelsById, derived } = deps.data;
  const isRoot = (id: string) => {
    const m = modelsById.get(id);
    return !m || m.base_models.every((b) => !modelsById.has(b) && !derived.has(b));
  };
  const build = (id: string, seen: Set<string>): LineageTree => ({
    id,
    name: modelsById.get(id)?.name ?? null,
    children: seen.has(id)
      ? []
      : (derived.get(id) ?? []).map((child) => build(child, new Set([...seen, id]))).sort(byName),
  });
  return [...derived.keys()]
    .filter(isRoot)
    .map((id) => build(id, new Set()))
    .sort(byName);
});

export function renderLineagePage(ctx: PageContext, deps: AppDeps, forest: LineageTree[]): Html {
  return html`<h1>${ctx.t.lineage_title}</h1>
<p>${ctx.t.lineage_desc}</p>
${forest.length === 0 ? html`<p class="muted">—</p>` : html`<ul class="tree">${forest.map((t) => node(ctx, deps, t))}</ul>`}`;
}

// --- helpers ---

function node(ctx: PageContext, deps: AppDeps, t: LineageTree): Html {
  const label = deps.data.modelsById.has(t.id)
    ? html`<a href="${pageHref(ctx, `/models/${t.id}`)}">${deps.data.label(t.id)}</a>`
    : html`<span class="muted">${t.id}</span>`;
  return html`<li>${label}${t.children.length ? html`<ul>${t.children.map((c) => node(ctx, deps, c))}</ul>` : ""}</li>`;
}

/**
 * The catalogue's name order (`sort=name`: normalised name, then id). Not localeCompare: its first call
 * loads ICU's collator, 10–20 ms of a static build.
 */
function byName(a: LineageTree, b: LineageTree): number {
  const x = normalizeText(a.name ?? a.id);
  const y = normalizeText(b.name ?? b.id);
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
