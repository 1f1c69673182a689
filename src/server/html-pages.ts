import { Hono } from "hono";
import { type AppDeps, type AppEnv, sendPage } from "./app-deps.js";
import { NotFoundError } from "./error-pages.js";
import { type Lang, negotiateLang } from "./lang.js";
import { modelPageData } from "./model-page.js";
import { LIST_PAGES, modelPage, requestPageContext, resourcePage } from "./pages.js";
import { getResource, RESOURCE_KINDS } from "./resource-pages.js";

/**
 * The HTML pages' routes (the pages themselves are in pages.ts), mounted three times: under `/ja` and `/en`, and at `/` where the language comes from
 * Accept-Language (`Vary` says so). Links inside pages always carry the language prefix.
 */
export function htmlPages(deps: AppDeps, lang: Lang | undefined): Hono<AppEnv> {
  const pages = new Hono<AppEnv>({ strict: false });
  pages.use(async (c, next) => {
    const url = new URL(c.req.url);
    const prefix = lang ? `/${lang}` : "";
    const path = url.pathname.slice(prefix.length).replace(/\/+$/, "") || "/";
    const chosen =
      lang ?? (deps.staticSite ? (deps.defaultLang ?? "en") : negotiateLang(c.req.header("Accept-Language")));
    c.set("page", requestPageContext(deps, chosen, path, url.search));
    await next();
    if (!lang) c.header("Vary", "Accept-Language", { append: true });
    c.header("Content-Language", chosen);
  });

  for (const [path, page] of Object.entries(LIST_PAGES)) {
    pages.get(path, (c) => {
      const { options, body } = page(c.get("page"), deps, c.req.queries());
      return sendPage(c, options, body);
    });
  }

  pages.get("/models/:id", (c) => {
    const data = modelPageData(deps, c.req.param("id"));
    if (!data) throw new NotFoundError(`no model with id "${c.req.param("id")}"`);
    const page = modelPage(c.get("page"), deps, data);
    return sendPage(c, page.options, page.body);
  });

  for (const kind of RESOURCE_KINDS) {
    pages.get(`/${kind}/:id`, (c) => {
      const r = getResource(deps, kind, c.req.param("id"));
      if (!r) throw new NotFoundError(`no ${kind.slice(0, -1)} with id "${c.req.param("id")}"`);
      const page = resourcePage(c.get("page"), deps, kind, r);
      return sendPage(c, page.options, page.body);
    });
  }
  return pages;
}
