import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { ASSETS } from "./assets.js";
import { fileHref, type PageContext, pageHref } from "./page-context.js";
import { SHELL_CSS } from "./style-css.js";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface LayoutOptions {
  title: string;
  /** The page's JSON twin (language-neutral path such as `/models/x.json`). */
  json?: string;
  /** The page's rows as CSV (the catalogue's `/api/v1/models.csv`). */
  csv?: string;
  description?: string;
  /** False on pages that are none of the navigation's (error pages): no link is marked current. */
  navCurrent?: false;
  /** Adds a script: the catalogue's instant search, or the list pages' filter. */
  script?: "catalogue" | "filter";
}

const NAV = [
  ["/", "nav_catalogue"],
  ["/news", "nav_news"],
  ["/charts", "nav_charts"],
  ["/lineage", "nav_lineage"],
  ["/benchmarks", "nav_benchmarks"],
  ["/datasets", "nav_datasets"],
  ["/leaderboards", "nav_leaderboards"],
  ["/medical", "nav_medical"],
] as const;

/** The page shell: head, skip link, navigation with the language switch, main, footer. */
export function layout(ctx: PageContext, options: LayoutOptions, body: Html): Html {
  const { t } = ctx;
  const other = ctx.lang === "ja" ? "en" : "ja";
  const current =
    options.navCurrent === false
      ? undefined
      : NAV.find(([path]) => path === ctx.path || (path !== "/" && ctx.path.startsWith(`${path}/`)))?.[0];
  return html`<!doctype html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="${fileHref(ctx, "/favicon.ico")}" type="image/svg+xml">
<title>${options.title}</title>
<meta name="description" content="${options.description ?? t.tagline}">
<style>${raw(SHELL_CSS)}</style>
<link rel="alternate" type="application/atom+xml" title="${t.feed}" href="${fileHref(ctx, "/feed.atom")}">
${options.json ? html`<link rel="alternate" type="application/json" href="${fileHref(ctx, options.json)}">` : ""}
<link rel="alternate" hreflang="${other}" href="${pageHref(ctx, ctx.path, "", other)}">
${options.script ? html`<script type="module" src="${fileHref(ctx, (options.script === "catalogue" ? ASSETS.js : ASSETS.filter).path)}"></script>` : ""}
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="top">
${navigation(ctx, current)}
<a class="lang" href="${pageHref(ctx, ctx.path, ctx.search, other)}" hreflang="${other}" lang="${other}" aria-label="${t.switch_lang_label}">${t.switch_lang}</a>
</header>
<link rel="stylesheet" href="${fileHref(ctx, ASSETS.css.path)}">
<main id="main" tabindex="-1">
${body}
</main>
<footer class="foot">
<p>${t.tagline} · <a href="${fileHref(ctx, "/feed.atom")}">${t.feed}</a> · <a href="${fileHref(ctx, "/llms.txt")}">llms.txt</a>${options.json ? html` · <a id="json-link" href="${fileHref(ctx, options.json)}">${t.f_json}</a>` : ""}${options.csv ? html` · <a id="csv-link" href="${fileHref(ctx, options.csv)}">CSV</a>` : ""}</p>
</footer>
</body>
</html>`;
}

// The brand link and navigation depend only on these, and every page of a build repeats one of a few
// dozen variants: rendered once each (escaping them for every page was ~5% of a build's rendering).
const NAVIGATIONS = new Map<string, HtmlEscapedString>();

function navigation(ctx: PageContext, current: string | undefined): HtmlEscapedString {
  const key = `${ctx.lang}\n${ctx.base}\n${ctx.staticSite}\n${current ?? ""}`;
  let done = NAVIGATIONS.get(key);
  if (!done) {
    const { t } = ctx;
    done = raw(
      String(html`<a class="brand" href="${pageHref(ctx, "/")}">${t.site_title}</a>
<nav aria-label="${t.site_title}">
<ul>
${NAV.map(([path, key]) => html`<li><a href="${pageHref(ctx, path)}" ${path === current ? html` aria-current="page"` : ""}>${t[key]}</a></li>`)}
<li><a href="${fileHref(ctx, "/api/openapi.json")}">${t.nav_api}</a></li>
</ul>
</nav>`),
    );
    NAVIGATIONS.set(key, done);
  }
  return done;
}
