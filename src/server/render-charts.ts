import { html } from "hono/html";
import type { EntrySummary } from "../query/index.js";
import { formatParams } from "./format.js";
import type { Html } from "./layout.js";
import { type PageContext, pageHref } from "./page-context.js";
import { type PlacedLabel, placeLabels } from "./place-labels.js";
import { releaseTime } from "./site-data.js";

const W = 960;
const H = 440;
const PAD = { left: 64, right: 20, top: 16, bottom: 44 };
/**
 * How many of the largest models get a text label (all get a tooltip and a link); a model whose label
 * would overlap a larger one's gives its place to the next.
 */
const LABELLED = 12;
/** svg.chart text in style-css.ts. */
const FONT_SIZE = 11;

/** A point of the parameters chart (the chart's JSON twin lists these). */
export interface ParamPoint {
  id: string;
  name: string;
  released: string;
  section: string;
  params: number;
  active: number | null;
}

/** Models with a release date and a stated size: the largest total, and the active count for MoE. */
export function paramPoints(models: EntrySummary[]): ParamPoint[] {
  return models
    .filter((m) => m.released && m.params.length > 0)
    .map((m) => ({
      id: m.id,
      name: m.name,
      released: m.released as string,
      section: m.sections[0] ?? "",
      params: Math.max(...m.params),
      active: m.params_active,
    }));
}

/**
 * Parameters (log scale) against release date, one colour per section, each dot linked to its model.
 * Accessible: `role="img"` with a title and description; every dot has its own title.
 */
export function renderParamsChart(ctx: PageContext, points: ParamPoint[], sectionOrder: string[]): Html {
  if (points.length === 0) return html`<p class="muted">${ctx.t.chart_no_data}</p>`;
  const times = points.map((p) => releaseTime(p.released));
  const [t0, t1] = [Math.min(...times), Math.max(...times) + 86_400_000 * 31];
  const values = points.flatMap((p) => (p.active ? [p.params, p.active] : [p.params]));
  const lo = Math.floor(Math.log10(Math.min(...values)));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(...values))));
  const x = (t: number) => PAD.left + ((t - t0) / Math.max(1, t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - ((Math.log10(v) - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const decades = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
  const years = yearTicks(t0, t1);
  const labels = placeLabels(
    [...points]
      .sort((a, b) => b.params - a.params)
      .map((p) => ({ id: p.id, text: p.name, x: x(releaseTime(p.released)), y: y(p.params) })),
    {
      max: LABELLED,
      fontSize: FONT_SIZE,
      bounds: { left: PAD.left, right: W, top: 0, bottom: H - PAD.bottom },
    },
  );
  const cls = (section: string) => `s${Math.max(0, sectionOrder.indexOf(section)) % 8}`;
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="pc-title pc-desc">
<title id="pc-title">${ctx.t.chart_params}</title>
<desc id="pc-desc">${ctx.t.chart_params_desc}</desc>
${decades.map((d) => html`<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(d).toFixed(1)}" y2="${y(d).toFixed(1)}"/><text x="${PAD.left - 6}" y="${(y(d) + 4).toFixed(1)}" text-anchor="end">${formatParams(d)}</text>`)}
${years.map((t) => html`<line class="grid" x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${PAD.top}" y2="${H - PAD.bottom}"/><text x="${x(t).toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${new Date(t).getUTCFullYear()}</text>`)}
<line class="axis" x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${H - PAD.bottom}"/>
<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${H - PAD.bottom}" y2="${H - PAD.bottom}"/>
<text x="${(PAD.left + W - PAD.right) / 2}" y="${H - 6}" text-anchor="middle">${ctx.t.f_released}</text>
<text x="14" y="${(PAD.top + H - PAD.bottom) / 2}" text-anchor="middle" transform="rotate(-90 14 ${(PAD.top + H - PAD.bottom) / 2})">${ctx.t.f_sizes}</text>
${points.map((p) => {
  const px = x(releaseTime(p.released)).toFixed(1);
  const py = y(p.params).toFixed(1);
  const tip = `${p.name} — ${p.released} — ${formatParams(p.params)}${p.active ? ` (${ctx.t.f_active} ${formatParams(p.active)})` : ""}`;
  return html`<a href="${pageHref(ctx, `/models/${p.id}`)}" class="${cls(p.section)}"><title>${tip}</title>${p.active ? html`<line class="moe ${cls(p.section)}" x1="${px}" x2="${px}" y1="${py}" y2="${y(p.active).toFixed(1)}"/><circle class="active ${cls(p.section)}" cx="${px}" cy="${y(p.active).toFixed(1)}" r="3.5"/>` : ""}<circle cx="${px}" cy="${py}" r="4"/>${label(labels.get(p.id), p.name)}</a>`;
})}
</svg>`;
}

function label(at: PlacedLabel | undefined, text: string): Html | "" {
  if (!at) return "";
  return html`<text x="${at.x.toFixed(1)}" y="${at.y.toFixed(1)}"${at.anchor === "end" ? html` text-anchor="end"` : ""}>${text}</text>`;
}

/** Releases per quarter, keyed `YYYY-Qn`, split by the model's first section. */
export function quarterCounts(points: { released: string | null; sections: string[] }[]): {
  quarter: string;
  counts: Record<string, number>;
}[] {
  const byQuarter = new Map<string, Record<string, number>>();
  for (const m of points) {
    if (!m.released) continue;
    const q = `${m.released.slice(0, 4)}-Q${Math.floor((Number(m.released.slice(5, 7)) - 1) / 3) + 1}`;
    const counts = byQuarter.get(q) ?? {};
    const section = m.sections[0] ?? "";
    counts[section] = (counts[section] ?? 0) + 1;
    byQuarter.set(q, counts);
  }
  return [...byQuarter.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([quarter, counts]) => ({ quarter, counts }));
}

/** Stacked bars of releases per quarter by section, with the numbers also in a table for screen readers. */
export function renderQuartersChart(
  ctx: PageContext,
  quarters: ReturnType<typeof quarterCounts>,
  sectionOrder: string[],
): Html {
  if (quarters.length === 0) return html`<p class="muted">${ctx.t.chart_no_data}</p>`;
  const totals = quarters.map((q) => Object.values(q.counts).reduce((a, b) => a + b, 0));
  const max = Math.max(...totals);
  const band = (W - PAD.left - PAD.right) / quarters.length;
  const y = (v: number) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
  const ticks = niceTicks(max);
  const order = [...sectionOrder, ...new Set(quarters.flatMap((q) => Object.keys(q.counts)))].filter(
    (s, i, all) => all.indexOf(s) === i,
  );
  const cls = (section: string) => `s${Math.max(0, sectionOrder.indexOf(section)) % 8}`;
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="qc-title qc-desc">
<title id="qc-title">${ctx.t.chart_quarters}</title>
<desc id="qc-desc">${ctx.t.chart_quarters_desc}</desc>
${ticks.map((v) => html`<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"/><text x="${PAD.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v}</text>`)}
<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${H - PAD.bottom}" y2="${H - PAD.bottom}"/>
${quarters.map((q, i) => {
  let acc = 0;
  const x0 = PAD.left + i * band + band * 0.1;
  const bars = order
    .filter((s) => q.counts[s])
    .map((s) => {
      const n = q.counts[s] ?? 0;
      const top = y(acc + n);
      const bottom = y(acc);
      acc += n;
      return html`<rect class="${cls(s)}" x="${x0.toFixed(1)}" y="${top.toFixed(1)}" width="${(band * 0.8).toFixed(1)}" height="${(bottom - top).toFixed(1)}"><title>${q.quarter} ${s}: ${n}</title></rect>`;
    });
  const showLabel = quarters.length <= 24 || i % Math.ceil(quarters.length / 24) === 0;
  return html`${bars}${showLabel ? html`<text x="${(x0 + band * 0.4).toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${q.quarter.replace("-", " ")}</text>` : ""}`;
})}
</svg>`;
}

// --- helpers ---

function yearTicks(t0: number, t1: number): number[] {
  const out: number[] = [];
  for (let year = new Date(t0).getUTCFullYear() + 1; ; year++) {
    const t = Date.UTC(year, 0, 1);
    if (t > t1) break;
    out.push(t);
  }
  return out;
}

function niceTicks(max: number): number[] {
  const step = max <= 10 ? 1 : max <= 50 ? 5 : 10 ** Math.floor(Math.log10(max / 2));
  const out: number[] = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}
