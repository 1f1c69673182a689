import { hfUrl, type Link, parseHfUrl } from "../core/index.js";
import type { LintContext } from "./lint-context.js";

/**
 * Link shapes: every URL must be absolute http(s) without spaces (a relative path only works inside
 * the source repository, so it is a warning), Hugging Face links must parse to a Hub id that matches
 * the stored `hf` reference, and `rel: hf` must point at the Hub.
 */
export function lintLinks(ctx: LintContext): void {
  const { catalog } = ctx;
  for (const kind of ["models", "benchmarks", "datasets", "leaderboards", "news"] as const) {
    for (const entry of catalog[kind]) {
      entry.links.forEach((link, i) => {
        lintLink(ctx, `${kind}/${entry.id}`, ["links", i], link);
      });
    }
  }
  for (const license of catalog.licenses) {
    if (license.url !== undefined) lintUrl(ctx, `licenses/${license.id}`, ["url"], license.url);
  }
  catalog.sections.forEach((section, s) => {
    section.see_also.forEach((see, i) => {
      if (see.url !== undefined) lintUrl(ctx, "sections", ["sections", s, "see_also", i, "url"], see.url);
    });
  });
}

// --- helpers ---

function lintLink(ctx: LintContext, key: string, at: PropertyKey[], link: Link): void {
  if (!lintUrl(ctx, key, [...at, "url"], link.url)) return;
  const host = safeHost(link.url);
  const onHub = host !== undefined && /(^|\.)(huggingface\.co|hf\.co)$/.test(host);
  if (link.rel === "hf" && !onHub) {
    ctx.report(key, [...at, "url"], `rel "hf" link does not point at the Hub: ${link.url}`, "link/hf-host");
    return;
  }
  if (!onHub && link.hf === undefined) return;
  // A relative image or PDF path mistaken for an `owner/name` repo (`img/figure.png`).
  if (link.hf && /\.(png|jpe?g|gif|svg|webp|pdf)$/i.test(link.hf.id)) {
    ctx.report(
      key,
      [...at, "url"],
      `"${link.hf.id}" looks like a file path, not a Hub ${link.hf.type}: ${link.url}`,
      "link/hf-file",
      "warning",
    );
  }
  const parsed = onHub ? parseHfUrl(link.url) : undefined;
  if (link.rel === "hf" && parsed === undefined) {
    ctx.report(
      key,
      [...at, "url"],
      `Hugging Face URL names no repo, collection or owner: ${link.url}`,
      "link/hf-url",
    );
  } else if (link.hf && (!parsed || parsed.type !== link.hf.type || parsed.id !== link.hf.id)) {
    ctx.report(
      key,
      [...at, "hf"],
      `hf ${link.hf.type} "${link.hf.id}" does not match the URL (${parsed ? `${parsed.type} "${parsed.id}"` : "not a Hub URL"}; expected ${hfUrl(link.hf)})`,
      "link/hf-mismatch",
    );
  }
}

/** Reports a malformed URL; true when the URL is a well-formed absolute http(s) URL. */
function lintUrl(ctx: LintContext, key: string, at: PropertyKey[], url: string): boolean {
  const text = url.trim();
  if (text === "") {
    ctx.report(key, at, "empty URL", "link/empty");
    return false;
  }
  if (/\s/.test(url)) {
    ctx.report(key, at, `URL contains whitespace: ${JSON.stringify(url)}`, "link/whitespace");
    return false;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    ctx.report(
      key,
      at,
      `relative URL "${text}" only resolves inside the source repository`,
      "link/relative",
      "warning",
    );
    return false;
  }
  if (scheme !== "http" && scheme !== "https") {
    ctx.report(key, at, `URL scheme "${scheme}:" is not http(s): ${text}`, "link/scheme");
    return false;
  }
  if (safeHost(text) === undefined) {
    ctx.report(key, at, `URL does not parse: ${text}`, "link/invalid");
    return false;
  }
  return true;
}

function safeHost(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host || undefined;
  } catch {
    return undefined;
  }
}
