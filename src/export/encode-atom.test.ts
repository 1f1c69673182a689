import { describe, expect, it } from "vitest";
import { type AtomFeed, encodeAtom } from "./encode-atom.js";

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * A minimal, strict XML reader for the test: well-formed nesting, quoted attributes, only the five
 * predefined entities and character references, no raw `<` or `&` in text. Throws on anything else.
 */
function readXml(xml: string): XmlElement {
  let i = 0;
  const decode = (s: string): string => {
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(s))
      throw new Error(`bare & in ${JSON.stringify(s)}`);
    return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
      const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
      if (named[e]) return named[e]!;
      return String.fromCodePoint(e[1] === "x" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    });
  };
  const invalid = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
  if (invalid.test(xml)) throw new Error("character not allowed in XML 1.0");
  if (!xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')) throw new Error("missing XML declaration");
  i = xml.indexOf("?>") + 2;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const chunk = xml.slice(i, lt === -1 ? xml.length : lt);
    if (chunk.includes(">")) throw new Error(`raw > in text near ${i}`);
    if (stack.length > 0) stack.at(-1)!.text += decode(chunk);
    else if (chunk.trim()) throw new Error("text outside the root element");
    if (lt === -1) break;
    const gt = xml.indexOf(">", lt);
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith("/")) {
      const open = stack.pop();
      if (open?.name !== tag.slice(1)) throw new Error(`</${tag.slice(1)}> closes <${open?.name}>`);
      if (stack.length === 0) root = open;
      continue;
    }
    const selfClosing = tag.endsWith("/");
    const m = /^([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*\/?$/.exec(tag);
    if (!m) throw new Error(`malformed tag <${tag}>`);
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
      if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`);
      attrs[a[1]!] = decode(a[2]!);
    }
    const element: XmlElement = { name: m[1]!, attrs, children: [], text: "" };
    if (stack.length > 0) stack.at(-1)!.children.push(element);
    else if (root) throw new Error("two root elements");
    if (selfClosing) {
      if (stack.length === 0) root = element;
    } else stack.push(element);
  }
  if (stack.length > 0 || !root) throw new Error("unclosed element");
  return root;
}

const only = (parent: XmlElement, name: string): XmlElement => {
  const found = parent.children.filter((c) => c.name === name);
  if (found.length !== 1)
    throw new Error(`expected one <${name}> in <${parent.name}>, found ${found.length}`);
  return found[0]!;
};

const HOSTILE_TITLE = '<script>alert("x")</script> & "><img src=x onerror=x> | ]]>';

function feed(overrides: Partial<AtomFeed> = {}): AtomFeed {
  return {
    id: "https://example.org/feed.xml",
    title: "llm-radar news",
    updated: "2025-05",
    link: "https://example.org/",
    self: "https://example.org/feed.xml",
    lang: "ja",
    entries: [
      {
        id: "https://example.org/news/2025-04-qwen3",
        title: HOSTILE_TITLE,
        updated: "2025-04-29",
        link: "https://example.org/news/2025-04-qwen3?a=1&b=2",
        summary: "Qwen3 released\nline two\r\nCR kept\u0000\u0007\u001b",
        content_html: '<p onclick="x">Qwen3 <b>released</b></p>',
        categories: ["release", 'a"b<c>', "release"],
      },
    ],
    ...overrides,
  };
}

describe("encodeAtom", () => {
  it("writes a well-formed Atom 1.0 document with the elements RFC 4287 requires", () => {
    const root = readXml(encodeAtom(feed()));
    expect(root.name).toBe("feed");
    expect(root.attrs).toEqual({ xmlns: "http://www.w3.org/2005/Atom", "xml:lang": "ja" });
    expect(only(root, "id").text).toBe("https://example.org/feed.xml");
    expect(only(root, "updated").text).toBe("2025-05-01T00:00:00Z");
    expect(only(only(root, "author"), "name").text).toBe("llm-radar");
    const links = root.children.filter((c) => c.name === "link").map((l) => [l.attrs.rel, l.attrs.href]);
    expect(links).toEqual([
      ["alternate", "https://example.org/"],
      ["self", "https://example.org/feed.xml"],
    ]);
    const entry = only(root, "entry");
    for (const name of ["id", "title", "updated", "summary", "content"]) only(entry, name);
    expect(only(entry, "updated").text).toBe("2025-04-29T00:00:00Z");
  });

  it("escapes every hostile string and strips characters XML forbids", () => {
    const xml = encodeAtom(feed());
    expect(xml).not.toMatch(/<script|<img|<p |<b>/);
    const entry = only(readXml(xml), "entry");
    expect(only(entry, "title").text).toBe(HOSTILE_TITLE);
    expect(only(entry, "summary").text).toBe("Qwen3 released\nline two\r\nCR kept");
    expect(only(entry, "content").attrs.type).toBe("html");
    expect(only(entry, "content").text).toBe('<p onclick="x">Qwen3 <b>released</b></p>');
    expect(only(entry, "link").attrs.href).toBe("https://example.org/news/2025-04-qwen3?a=1&b=2");
    const terms = entry.children.filter((c) => c.name === "category").map((c) => c.attrs.term);
    expect(terms).toEqual(["release", 'a"b<c>']);
  });

  it("rejects ids that are not absolute IRIs, unsafe links and unreadable dates", () => {
    expect(() => encodeAtom(feed({ id: "news" }))).toThrow(TypeError);
    expect(() => encodeAtom(feed({ link: "javascript:alert(1)" }))).toThrow(/http/);
    expect(() => encodeAtom(feed({ updated: "2025.4" }))).toThrow(/not a date/);
    expect(() => encodeAtom(feed({ updated: "2025-13" }))).toThrow(/not a date/);
    const bad = feed();
    expect(() => encodeAtom({ ...bad, entries: [{ ...bad.entries[0]!, link: "//evil.example" }] })).toThrow(
      TypeError,
    );
  });

  it("accepts Date objects and site paths, and allows an empty feed", () => {
    const root = readXml(
      encodeAtom(feed({ updated: new Date(Date.UTC(2025, 4, 2, 3, 4, 5)), link: "/", entries: [] })),
    );
    expect(only(root, "updated").text).toBe("2025-05-02T03:04:05Z");
    expect(root.children.filter((c) => c.name === "entry")).toEqual([]);
  });

  it("the test reader rejects malformed XML, so these checks can fail", () => {
    const head = '<?xml version="1.0" encoding="utf-8"?>';
    expect(() => readXml(`${head}<a><b></a></b>`)).toThrow(/closes/);
    expect(() => readXml(`${head}<a>x & y</a>`)).toThrow(/bare &/);
    expect(() => readXml(`${head}<a t="<"/>`)).toThrow(/malformed/);
    expect(() => readXml(`${head}<a>\u0001</a>`)).toThrow(/not allowed/);
  });
});
