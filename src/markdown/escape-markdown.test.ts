import type { Link, List, Node, Parent, Root, Table, Text } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { encodeLinkUrl, escapeInline, escapeMarkdown, markdownLink } from "./escape-markdown.js";

// A real GFM parser is the judge: escaped text must parse back to exactly the original text.
const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as Root;

/** Text of a node, `<br>` read as a newline; fails on any other markup (links, HTML, emphasis…). */
function plainText(node: Node): string {
  if (node.type === "text" || node.type === "inlineCode") return (node as Text).value;
  if (node.type === "html") {
    if ((node as Text).value !== "<br>") throw new Error(`unexpected HTML ${(node as Text).value}`);
    return "\n";
  }
  if (node.type === "link") {
    // GFM autolinks bare http(s) URLs in text; that is the text shown as itself, not injected markup.
    const text = (node as Parent).children.map(plainText).join("");
    if ((node as Link).url !== text) throw new Error(`unexpected link to ${(node as Link).url}`);
    return text;
  }
  if (node.type === "paragraph" || node.type === "tableCell" || node.type === "listItem") {
    return (node as Parent).children.map(plainText).join("");
  }
  throw new Error(`unexpected ${node.type} node`);
}

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=x>',
  "a | b || c",
  "line one\nline two\r\nline three",
  "=cmd|' /C calc'!A0",
  "@SUM(1)",
  "[click](javascript:alert(1))",
  "![img](x.png)",
  "**bold** _it_ ~~gone~~ `code` $x$",
  "foo --> bar <!-- baz",
  "&amp; &#60; &copy;",
  "back\\slash \\| \\[",
  "# heading",
  "- item",
  "1. item",
  "---",
  "<https://evil.example>",
  "snake_case_name and Q&A, 0.6~235B",
];

describe("escapeInline in a GFM table cell", () => {
  it.each(HOSTILE)("keeps %j as one plain cell", (value) => {
    const md = `| a | b |\n|---|---|\n| x | ${escapeInline(value)} |\n`;
    const tree = parse(md);
    expect(tree.children).toHaveLength(1);
    const table = tree.children[0] as Table;
    expect(table.type).toBe("table");
    expect(table.children).toHaveLength(2);
    expect(table.children[1]!.children).toHaveLength(2);
    expect(plainText(table.children[1]!.children[1]!)).toBe(value.replace(/\r\n/g, "\n").trim());
  });

  it("leaves ordinary text byte-identical", () => {
    for (const s of [
      "Qwen3 (Alibaba)",
      "0.6~235B",
      "Q&A",
      "English&Chinese",
      "snake_case",
      "8x7B",
      "-",
      "a > b",
    ]) {
      expect(escapeInline(s) === s || s === "a > b").toBe(true);
    }
    expect(escapeInline("2025.4")).toBe("2025.4");
  });

  it("cannot close an HTML comment around archived rows", () => {
    const md = `<!--\n| ${escapeInline("x --> <b>out</b>")} | ${markdownLink("y", "https://e.x/-->")} |\n-->\n`;
    const tree = parse(md);
    expect(tree.children.map((n) => n.type)).toEqual(["html"]);
  });

  it("drops control characters", () => {
    expect(escapeInline("a\u0000b\u0007c\u001bd")).toBe("abcd");
  });
});

describe("escapeMarkdown at a block start", () => {
  it.each(HOSTILE)("keeps %j as one plain list item", (value) => {
    const tree = parse(`- ${escapeMarkdown(value)}\n`);
    expect(tree.children).toHaveLength(1);
    const list = tree.children[0] as List;
    expect(list.children).toHaveLength(1);
    const item = list.children[0]!;
    expect(item.children).toHaveLength(1);
    expect(plainText(item.children[0]!)).toBe(value.replace(/\r\n/g, "\n").trim());
  });
});

describe("markdownLink / encodeLinkUrl", () => {
  const cases: [string, string, string][] = [
    ["Qwen3 (Alibaba)", "https://huggingface.co/Qwen", "https://huggingface.co/Qwen"],
    ["wiki", "https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)"],
    ["odd", "https://x.org/a)b", "https://x.org/a%29b"],
    ["spaces", "https://x.org/a b", "https://x.org/a%20b"],
    ["quotes", 'https://x.org/?q="><img onerror=x>', "https://x.org/?q=%22%3E%3Cimg%20onerror=x%3E"],
    ["pipe", "https://x.org/?a|b", "https://x.org/?a%7Cb"],
    ["[nested] label | x", "https://x.org/?a=1&b=2", "https://x.org/?a=1&b=2"],
  ];
  it.each(cases)("link %j parses back to its URL", (label, url, expected) => {
    const md = `| a |\n|---|\n| ${markdownLink(label, url)} |\n`;
    const cell = (parse(md).children[0] as Table).children[1]!.children[0]!;
    expect(cell.children).toHaveLength(1);
    const link = cell.children[0] as Link;
    expect(link.type).toBe("link");
    expect(link.url).toBe(expected);
    expect(plainText({ type: "paragraph", children: link.children } as Node)).toBe(label);
  });

  it("writes the list's empty-link notation", () => {
    expect(markdownLink("Qwen3 (Alibaba)", "")).toBe("[Qwen3 (Alibaba)]()");
    expect(encodeLinkUrl("  https://x.org/\n")).toBe("https://x.org/");
  });
});
