import { html } from "hono/html";
import type { Link, LinkRel, Model, Score, WithId } from "../core/index.js";
import type { ModelDetail } from "../query/index.js";
import type { AppDeps, HubFacts } from "./app-deps.js";
import { type CodeKind, codeLabels } from "./code-labels.js";
import {
  availabilityLabel,
  commercialLabel,
  formatParams,
  languageName,
  safeUrl,
  showValue,
} from "./format.js";
import { hubFactsList } from "./hub-facts-list.js";
import { pickText } from "./lang.js";
import type { Html } from "./layout.js";
import { fill, type Messages } from "./messages.js";
import { type PageContext, pageHref } from "./page-context.js";

/** The JSON twin of a model page: the index's detail plus Hub snapshots when synced. */
export interface ModelPageData extends ModelDetail {
  hub: HubFacts[];
}

const RECENT = new WeakMap<AppDeps, Map<string, ModelPageData>>();
/** A model's page, its twin and its API answer are requested together (static build): keep a few. */
const RECENT_SIZE = 8;

/** The model's detail, or undefined for an unknown id (names are not accepted in URLs). */
export function modelPageData(deps: AppDeps, id: string): ModelPageData | undefined {
  if (!deps.data.modelsById.has(id)) return undefined;
  const recent = RECENT.get(deps) ?? new Map<string, ModelPageData>();
  RECENT.set(deps, recent);
  const cached = recent.get(id);
  if (cached) return cached;
  const detail = deps.index.getModel(id);
  if (!detail) return undefined;
  const data = { ...detail, hub: deps.hubFacts?.(id) ?? [] };
  recent.set(id, data);
  if (recent.size > RECENT_SIZE) recent.delete(recent.keys().next().value as string);
  return data;
}

/** Every field of a model: sizes, licence and conditions, links, lineage, scores, provenance, Hub facts. */
export function renderModelPage(ctx: PageContext, deps: AppDeps, d: ModelPageData): Html {
  const { t, lang } = ctx;
  const m = d.entry;
  const sections = deps.data.sections;
  const modelLink = (id: string, name: string | null) =>
    deps.data.modelsById.has(id)
      ? html`<a href="${pageHref(ctx, `/models/${id}`)}">${deps.data.label(id)}</a>`
      : html`${name ?? id}`;
  const nameOf = (id: string) => deps.data.label(id);
  const filterLink = (param: string, value: string, label: string) =>
    html`<a href="${pageHref(ctx, "/", `?${param}=${encodeURIComponent(value)}`)}">${label}</a>`;
  const notes = pickText(m.notes, lang);
  return html`<article>
<h1>${m.name}${deps.data.fresh.has(m.id) ? html` <span class="badge">${t.new_badge}</span>` : ""}${m.status === "archived" ? html` <span class="badge arch">${t.archived}</span>` : ""}</h1>
${notes ? html`<p>${notes}</p>` : ""}
<dl class="fields">
<dt>${t.f_org}</dt><dd>${m.org ? filterLink("org", m.org, m.org) : unknown(ctx)}</dd>
<dt>${t.f_released}</dt><dd>${m.released ? html`<time datetime="${m.released}">${m.released}</time>` : unknown(ctx)}</dd>
<dt>${t.f_sections}</dt><dd>${join(m.sections.map((s) => filterLink("section", s, sectionTitle(ctx, sections.get(s)?.title, s))))}</dd>
<dt>${t.f_status}</dt><dd>${m.status === "archived" ? t.archived : t.listed}</dd>
<dt>${t.f_availability}</dt><dd>${availabilityLabel(t, m.availability)}</dd>
<dt>${t.f_sizes}</dt><dd>${sizes(ctx, m)}</dd>
<dt>${t.f_license}</dt><dd>${license(ctx, d)}</dd>
<dt>${t.f_languages}</dt><dd>${m.languages.length ? join(m.languages.map((l) => filterLink("lang", l, languageName(l, lang)))) : unknown(ctx)}</dd>
<dt>${t.f_tags}</dt><dd>${m.tags.length ? join(m.tags.map((tag) => filterLink("tag", tag, tag))) : "—"}</dd>
${m.training ? html`<dt>${t.f_training}</dt><dd>${training(t, m)}</dd>` : ""}
${m.medical ? html`<dt>${t.f_medical}</dt><dd>${medical(ctx, m)}</dd>` : ""}
</dl>
<h2>${t.f_links}</h2>
${m.links.length ? html`<ul>${m.links.map((l) => html`<li>${link(t, l)}</li>`)}</ul>` : html`<p class="muted">—</p>`}
<h2>${t.f_base_models}</h2>
${lineageList(t, d.lineage.up, modelLink, nameOf)}
<h2>${t.f_derived}</h2>
${lineageList(t, d.lineage.down, modelLink, nameOf)}
<h2>${t.f_scores}</h2>
${scores(ctx, deps, m.scores)}
<h2>${t.f_hub}</h2>
${hub(ctx, d.hub)}
<h2>${t.f_provenance}</h2>
${provenance(ctx, m)}
<h2>${t.f_corrections}</h2>
${corrections(ctx, m)}
</article>`;
}

/** A section's title in the UI language. */
export function sectionTitle(
  ctx: PageContext,
  title: { en: string; ja?: string } | undefined,
  id: string,
): string {
  if (!title) return id;
  return ctx.lang === "ja" ? (title.ja ?? title.en) : title.en;
}

/**
 * An external link, after what it is (website, paper, …) when `rel` is given: safe URLs become anchors,
 * anything else is shown as text.
 */
export function link(
  t: Messages,
  l: Pick<Link, "url" | "label"> & { rel?: LinkRel; hf?: { id: string } | undefined },
): Html {
  const url = safeUrl(l.url);
  const label = l.hf ? hubLabel(l.hf.id, l.label) : (l.label ?? l.url);
  const rel = l.rel ? html`<span class="muted">${t[`rel_${l.rel}`]}:</span> ` : "";
  return url ? html`${rel}<a href="${url}" rel="noopener noreferrer">${label}</a>` : html`${rel}${label}`;
}

// --- helpers ---

/**
 * A Hugging Face link reads as its repo id (`pfnet/Llama3-Preferred-MedSwallow-70B`), which names the
 * publisher and the variant; the list's own label follows only when it says more than "HF".
 */
function hubLabel(id: string, label: string | undefined): string {
  return label && !/^(hf|hugging ?face|🤗)$/iu.test(label.trim()) ? `${id} (${label})` : id;
}

function unknown(ctx: PageContext): Html {
  return html`<span class="muted">${ctx.t.f_unknown}</span>`;
}

function join(parts: Html[]): Html {
  return html`${parts.map((p, i) => (i === 0 ? p : html`, ${p}`))}`;
}

function sizes(ctx: PageContext, m: WithId<Model>): Html {
  const s = m.sizes;
  if (!s) return unknown(ctx);
  const totals = s.params.map(formatParams).join(s.range ? " – " : ", ");
  // "70B (total: 70B)" says nothing twice: the totals are shown when they read differently from the label.
  const restated =
    !s.approximate && !s.active && !s.experts && totals.replace(/\s/g, "") === s.label.replace(/\s/g, "");
  if (!totals || restated) return html`${s.label}`;
  return html`${s.label} <span class="muted">(${ctx.t.f_total}: ${s.approximate ? "~" : ""}${totals}${s.active ? html`; ${ctx.t.f_active}: ${formatParams(s.active)}` : ""}${s.experts ? html`; ${ctx.t.f_experts}: ${s.experts.count} × ${formatParams(s.experts.params)}` : ""})</span>`;
}

function license(ctx: PageContext, d: ModelPageData): Html {
  const l = d.license;
  if (!l) return d.entry.license ? html`${d.entry.license}` : unknown(ctx);
  const url = safeUrl(l.url);
  const condition = pickText(l.condition, ctx.lang);
  return html`${url ? html`<a href="${url}" rel="noopener noreferrer">${l.name}</a>` : l.name} <span class="muted">(${l.id})</span>
<br>${ctx.t.col_commercial}: ${commercialLabel(ctx.t, l.commercial)}${condition ? html`<br>${ctx.t.f_conditions}: ${condition}` : ""}`;
}

function training(t: Messages, m: WithId<Model>): Html {
  const tr = m.training ?? {};
  const rows: [string, string | undefined][] = [
    [t.training_pretraining, tr.pretraining],
    [t.training_finetuning, tr.finetuning],
    [t.training_tokens, tr.tokens ? formatParams(tr.tokens) : undefined],
    [t.training_data, tr.data?.join(", ")],
    [t.training_methods, tr.methods?.join(", ")],
  ];
  return html`${rows.filter(([, v]) => v).map(([k, v]) => html`<div><span class="muted">${k}:</span> ${v}</div>`)}`;
}

function medical(ctx: PageContext, m: WithId<Model>): Html {
  const { t, lang } = ctx;
  const med = m.medical ?? {};
  const rows: [string, CodeKind, string[] | undefined][] = [
    [t.medical_specialty, "specialty", med.specialty],
    [t.medical_modality, "modality", med.modality],
    [t.medical_use_restrictions, "restriction", med.use_restrictions],
  ];
  return html`${rows.filter(([, , v]) => v?.length).map(([k, kind, v]) => html`<div><span class="muted">${k}:</span> ${codeLabels(kind, v ?? [], lang)}</div>`)}`;
}

function lineageList(
  t: Messages,
  nodes: { id: string; name: string | null; depth: number; via: string }[],
  modelLink: (id: string, name: string | null) => Html,
  nameOf: (id: string) => string,
): Html {
  if (nodes.length === 0) return html`<p class="muted">—</p>`;
  return html`<ul>${nodes.map((n) => html`<li>${modelLink(n.id, n.name)}${n.depth > 1 ? html` <span class="muted">(${fill(t.via, { name: nameOf(n.via) })})</span>` : ""}</li>`)}</ul>`;
}

function scores(ctx: PageContext, deps: AppDeps, list: Score[]): Html {
  const { t } = ctx;
  if (list.length === 0) return html`<p class="muted">—</p>`;
  return html`<div class="scroll"><table><thead><tr><th scope="col">${t.f_benchmark}</th><th scope="col">${t.f_value}</th><th scope="col">${t.f_metric}</th><th scope="col">${t.f_setting}</th><th scope="col">${t.f_source}</th></tr></thead><tbody>
${list.map((s) => {
  const source = safeUrl(s.source);
  const bench = deps.index.getBenchmark(s.benchmark);
  return html`<tr><td>${bench ? html`<a href="${pageHref(ctx, `/benchmarks/${s.benchmark}`)}">${bench.name}</a>` : s.benchmark}</td><td class="num">${s.value ?? "—"}</td><td>${s.metric ?? ""}</td><td>${s.setting ?? ""}</td><td>${source ? html`<a href="${source}" rel="noopener noreferrer">${source}</a>` : (s.source ?? "")}</td></tr>`;
})}
</tbody></table></div>`;
}

function hub(ctx: PageContext, snapshots: HubFacts[]): Html {
  if (snapshots.length === 0) return html`<p class="muted">${ctx.t.f_hub_none}</p>`;
  return html`${snapshots.map(
    (
      s,
    ) => html`<div class="card"><p><a href="${`https://huggingface.co/${s.repo}`}" rel="noopener noreferrer">${s.repo}</a> <span class="muted">(<time datetime="${s.fetched_at}">${s.fetched_at}</time>)</span></p>
<dl class="fields">${hubFactsList(ctx.t, s.facts)}</dl></div>`,
  )}`;
}

function provenance(ctx: PageContext, m: WithId<Model>): Html {
  const { t } = ctx;
  if (m.provenance.length === 0) return html`<p class="muted">—</p>`;
  return html`<div class="scroll"><table><thead><tr><th scope="col">${t.f_source}</th><th scope="col">${t.f_line}</th><th scope="col">${t.f_sections}</th><th scope="col">${t.f_status}</th><th scope="col">${t.f_raw}</th></tr></thead><tbody>
${m.provenance.map((p) => html`<tr><td>${p.source}${p.revision ? html` <span class="muted">@${p.revision}</span>` : ""}</td><td class="num">${p.line}</td><td>${p.section ?? ""}${p.group ? html` / ${p.group}` : ""}</td><td>${p.status === "archived" ? t.archived : p.status === "listed" ? t.listed : ""}</td><td><code>${p.raw.join(" | ")}</code></td></tr>`)}
</tbody></table></div>`;
}

function corrections(ctx: PageContext, m: WithId<Model>): Html {
  const { t } = ctx;
  if (m.corrections.length === 0) return html`<p class="muted">—</p>`;
  return html`<div class="scroll"><table><thead><tr><th scope="col">${t.f_field}</th><th scope="col">${t.f_from}</th><th scope="col">${t.f_to}</th><th scope="col">${t.f_reason}</th><th scope="col">${t.f_by}</th></tr></thead><tbody>
${m.corrections.map((c) => html`<tr><td>${c.field}</td><td><code>${showValue(c.from)}</code></td><td><code>${showValue(c.to)}</code></td><td>${c.reason}</td><td>${c.by}${c.date ? html` (${c.date})` : ""}</td></tr>`)}
</tbody></table></div>`;
}
