/** An Atom 1.0 feed (RFC 4287). Dates may be `YYYY-MM`, `YYYY-MM-DD`, RFC 3339 or a Date. */
export interface AtomFeed {
  /** Permanent, absolute IRI (e.g. `https://example.org/feed.xml` or `tag:example.org,2025:news`). */
  id: string;
  title: string;
  subtitle?: string;
  updated: string | Date;
  /** The HTML page the feed describes (`rel="alternate"`). */
  link: string;
  /** Where the feed itself is served (`rel="self"`). */
  self: string;
  /** Feed author; RFC 4287 §4.1.1 requires one. Default `{ name: "llm-radar" }`. */
  author?: AtomPerson;
  /** Language of the text (`xml:lang`), e.g. `ja` or `en`. */
  lang?: string;
  entries: readonly AtomEntry[];
}

export interface AtomEntry {
  /** Permanent, absolute IRI of the entry. */
  id: string;
  title: string;
  updated: string | Date;
  published?: string | Date;
  link: string;
  /** Plain-text summary. */
  summary: string;
  /** HTML body; written escaped as `<content type="html">`, never as raw markup. */
  content_html?: string;
  categories?: readonly string[];
}

export interface AtomPerson {
  name: string;
  uri?: string;
}

/**
 * Writes a valid Atom 1.0 document. Every string is XML-escaped and stripped of characters XML 1.0
 * forbids (control characters, lone surrogates); dates are normalised to RFC 3339. Throws TypeError on
 * a missing id, a relative id, an unsafe link (not http(s) or a site path) or an unreadable date.
 *
 * @example encodeAtom({ id: "https://x.org/feed.xml", title: "News", updated: "2025-04",
 *   link: "https://x.org/", self: "https://x.org/feed.xml", entries: [] })
 */
export function encodeAtom(feed: AtomFeed): string {
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  const lang = feed.lang ? ` xml:lang="${attr(feed.lang)}"` : "";
  out.push(`<feed xmlns="http://www.w3.org/2005/Atom"${lang}>`);
  out.push(`  <id>${text(iri(feed.id, "feed id"))}</id>`);
  out.push(`  <title type="text">${text(feed.title)}</title>`);
  if (feed.subtitle) out.push(`  <subtitle type="text">${text(feed.subtitle)}</subtitle>`);
  out.push(`  <updated>${rfc3339(feed.updated, "feed updated")}</updated>`);
  out.push(`  <link rel="alternate" type="text/html" href="${attr(href(feed.link, "feed link"))}"/>`);
  out.push(`  <link rel="self" type="application/atom+xml" href="${attr(href(feed.self, "feed self"))}"/>`);
  out.push(...person(feed.author ?? { name: "llm-radar" }, "  "));
  out.push("  <generator>llm-radar</generator>");
  for (const entry of feed.entries) out.push(...encodeEntry(entry));
  out.push("</feed>");
  return `${out.join("\n")}\n`;
}

// --- helpers ---

function encodeEntry(entry: AtomEntry): string[] {
  const out = ["  <entry>"];
  out.push(`    <id>${text(iri(entry.id, "entry id"))}</id>`);
  out.push(`    <title type="text">${text(entry.title)}</title>`);
  out.push(`    <updated>${rfc3339(entry.updated, `entry ${entry.id} updated`)}</updated>`);
  if (entry.published) {
    out.push(`    <published>${rfc3339(entry.published, `entry ${entry.id} published`)}</published>`);
  }
  out.push(
    `    <link rel="alternate" type="text/html" href="${attr(href(entry.link, `entry ${entry.id}`))}"/>`,
  );
  for (const term of new Set(entry.categories ?? [])) {
    if (clean(term)) out.push(`    <category term="${attr(term)}"/>`);
  }
  out.push(`    <summary type="text">${text(entry.summary)}</summary>`);
  if (entry.content_html !== undefined) {
    out.push(`    <content type="html">${text(entry.content_html)}</content>`);
  }
  out.push("  </entry>");
  return out;
}

function person(p: AtomPerson, indent: string): string[] {
  const uri = p.uri ? `<uri>${text(href(p.uri, "author uri"))}</uri>` : "";
  return [`${indent}<author><name>${text(p.name)}</name>${uri}</author>`];
}

// Characters XML 1.0 allows (§2.2); everything else, lone surrogates included, is dropped.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function clean(value: string): string {
  return String(value).replace(NOT_XML_CHAR, "");
}

/** Element text: `&`, `<`, `>` escaped; CR kept as a reference so parsers do not fold it. */
function text(value: string): string {
  return clean(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#xD;");
}

/** Attribute text: also quotes, and whitespace as references so attribute normalisation keeps it. */
function attr(value: string): string {
  return text(value)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\n/g, "&#xA;")
    .replace(/\t/g, "&#x9;");
}

function iri(value: string, what: string): string {
  const v = clean(value ?? "").trim();
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(v))
    throw new TypeError(`atom: ${what} must be an absolute IRI: "${v}"`);
  return v;
}

function href(value: string, what: string): string {
  const v = clean(value ?? "").trim();
  if (/^https?:\/\/\S+$/i.test(v) || /^\/(?!\/)\S*$/.test(v)) return v;
  throw new TypeError(`atom: ${what} link must be http(s) or a site path: "${v}"`);
}

function rfc3339(value: string | Date, what: string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError(`atom: ${what} is an invalid Date`);
    return value.toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  const v = String(value).trim();
  const full = /^\d{4}-\d{2}$/.test(v)
    ? `${v}-01T00:00:00Z`
    : /^\d{4}-\d{2}-\d{2}$/.test(v)
      ? `${v}T00:00:00Z`
      : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(v)
        ? v.toUpperCase()
        : undefined;
  if (full === undefined || Number.isNaN(Date.parse(full))) {
    throw new TypeError(`atom: ${what} is not a date: "${v}"`);
  }
  return full;
}
