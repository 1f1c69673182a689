import { hfUrl, type Link, type LinkRel, parseHfUrl } from "../core/index.js";

/**
 * Turns a link target from the list into a typed link: Hugging Face URLs (and bare `owner/name`
 * targets that lost their host) get an `hf` reference, other hosts a relation guessed from the host.
 * `repaired` is set when the URL itself had to be completed.
 *
 * @example toLink("microsoft/phi-2", "HF", { bareHf: true }) // { link: { rel: "hf", url: "https://huggingface.co/microsoft/phi-2", … }, repaired: true }
 */
export function toLink(
  url: string,
  label?: string,
  options: { bareHf?: boolean } = {},
): { link: Link; repaired: boolean } {
  const target = url.trim();
  const absolute = /^https?:\/\//i.test(target);
  // Only the HF column's targets are read as `owner/name`; elsewhere `img/x.png` is a relative path.
  const fileLike = /\.(png|jpe?g|gif|svg|pdf|md|html?|txt)$/i.test(target);
  const hf = absolute || (options.bareHf && !fileLike) ? parseHfUrl(target) : undefined;
  const bare = hf !== undefined && !absolute;
  const labelled = label ? { label } : {};
  if (hf) {
    const rel: LinkRel = hf.type === "dataset" ? "data" : hf.type === "space" ? "demo" : "hf";
    return { link: { rel, url: bare ? hfUrl(hf) : target, ...labelled, hf }, repaired: bare };
  }
  return { link: { rel: relOf(target), url: target, ...labelled }, repaired: false };
}

function relOf(url: string): LinkRel {
  let host = "";
  let pathname = "";
  try {
    const parsed = new URL(url);
    host = parsed.hostname.replace(/^www\./, "");
    pathname = parsed.pathname;
  } catch {
    return "other";
  }
  if (host === "arxiv.org" || host.endsWith("aclanthology.org") || pathname.toLowerCase().endsWith(".pdf")) {
    return "paper";
  }
  if (host === "github.com" || host === "gitlab.com") return "code";
  if (host === "huggingface.co" && pathname.startsWith("/blog")) return "blog";
  if (/(^|\.)blog\.|\/blog\/|\/news\/|note\.com$|medium\.com$/.test(`${host}${pathname}`)) return "blog";
  return "home";
}
