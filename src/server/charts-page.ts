import { html } from "hono/html";
import type { AppDeps } from "./app-deps.js";
import type { Html } from "./layout.js";
import { sectionTitle } from "./model-page.js";
import { oncePerApp } from "./once-per-app.js";
import type { PageContext } from "./page-context.js";
import { paramPoints, quarterCounts, renderParamsChart, renderQuartersChart } from "./render-charts.js";

/** The data behind both charts (the page's JSON twin), computed once per app. */
export const chartsData = oncePerApp((deps) => ({
  params: paramPoints(deps.data.models),
  quarters: quarterCounts(deps.data.models),
  sections: deps.data.sectionOrder,
}));

export function renderChartsPage(ctx: PageContext, deps: AppDeps, data: ReturnType<typeof chartsData>): Html {
  const used = new Set([
    ...data.params.map((p) => p.section),
    ...data.quarters.flatMap((q) => Object.keys(q.counts)),
  ]);
  const legend = data.sections.filter((s) => used.has(s));
  return html`<h1>${ctx.t.charts_title}</h1>
<ul class="legend" aria-label="${ctx.t.facet_section}">${legend.map(
    (s) =>
      html`<li><span class="${`sw s${data.sections.indexOf(s) % 8}`}" aria-hidden="true"></span>${sectionTitle(ctx, deps.data.sections.get(s)?.title, s)}</li>`,
  )}</ul>
<h2 id="params">${ctx.t.chart_params}</h2>
<figure>${renderParamsChart(ctx, data.params, data.sections)}<figcaption class="muted">${ctx.t.chart_params_desc}</figcaption></figure>
<h2 id="quarters">${ctx.t.chart_quarters}</h2>
<figure>${renderQuartersChart(ctx, data.quarters, data.sections)}<figcaption class="muted">${ctx.t.chart_quarters_desc}</figcaption></figure>
<details><summary>${ctx.t.chart_quarters}</summary>
<div class="scroll"><table><thead><tr><th scope="col">Q</th>${legend.map((s) => html`<th scope="col">${sectionTitle(ctx, deps.data.sections.get(s)?.title, s)}</th>`)}</tr></thead>
<tbody>${data.quarters.map((q) => html`<tr><th scope="row">${q.quarter}</th>${legend.map((s) => html`<td class="num">${q.counts[s] ?? 0}</td>`)}</tr>`)}</tbody></table></div>
</details>`;
}
