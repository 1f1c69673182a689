import { html } from "hono/html";
import type { NewsItem, WithId } from "../core/index.js";
import type { AppDeps } from "./app-deps.js";
import { pickText } from "./lang.js";
import type { Html } from "./layout.js";
import { link } from "./model-page.js";
import { type PageContext, pageHref } from "./page-context.js";

/** The news timeline, newest first, grouped by year; each item in the UI language where it has one. */
export function renderNewsPage(ctx: PageContext, deps: AppDeps, news: WithId<NewsItem>[]): Html {
  const years = [...new Set(news.map((n) => n.date.slice(0, 4)))];
  return html`<h1>${ctx.t.news_title}</h1>
<p><a href="${`${ctx.base}feed.atom`}">${ctx.t.feed}</a></p>
${news.length === 0 ? html`<p class="muted">—</p>` : ""}
${years.map(
  (year) => html`<section aria-labelledby="y${year}"><h2 id="y${year}">${year}</h2>
<ul class="news">${news.filter((n) => n.date.startsWith(year)).map((n) => newsItem(ctx, deps, n))}</ul></section>`,
)}`;
}

// --- helpers ---

function newsItem(ctx: PageContext, deps: AppDeps, n: WithId<NewsItem>): Html {
  const models = n.models.filter((id) => deps.data.modelsById.has(id));
  return html`<li id="${`news-${n.id}`}"><time datetime="${n.date}">${n.date}</time> ${n.highlight ? html`<strong>${pickText(n.text, ctx.lang) ?? ""}</strong>` : (pickText(n.text, ctx.lang) ?? "")}
${models.map((id) => html` <a href="${pageHref(ctx, `/models/${id}`)}">${deps.data.label(id)}</a>`)}
${n.links.map((l) => html` · ${link(ctx.t, { url: l.url, label: l.label })}`)}</li>`;
}
