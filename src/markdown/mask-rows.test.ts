import { existsSync } from "node:fs";
import path from "node:path";
import type { Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { readSeedVersions } from "../../test/helpers/seed-history.js";
import { maskRows } from "./mask-rows.js";
import { parseMarkdown } from "./parse-markdown.js";

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;

/** What walkList reads of the tree: block types and lines, table row lines, list item lines. */
function outline(tree: Root): unknown[] {
  const lines = (node: { position?: { start: { line: number }; end: { line: number } } }) => [
    node.position?.start.line,
    node.position?.end.line,
  ];
  return tree.children.map((node: RootContent) => ({
    type: node.type,
    lines: lines(node),
    ...(node.type === "heading" ? { depth: node.depth } : {}),
    ...(node.type === "table" ? { rows: node.children.map(lines) } : {}),
    ...(node.type === "list" ? { items: node.children.map(lines) } : {}),
  }));
}

const head = "| When? | Name | License |\n|---|---|---|\n";
const bundle = path.resolve("../shared/seed/history.bundle");

describe("maskRows", () => {
  it.each([
    [
      "a table",
      `## A\n\n${head}|2025.1| [X (Org)](https://x.org) | MIT |\n| 2024.2 | Y \\| Z | - |\n\ntext\n`,
    ],
    ["rows without a trailing pipe", `${head}|2025.1| X | MIT\n|2025.2| Y\n`],
    ["rows before a table header", "## A\n\n|2025.1| X | MIT |\n|2025.2| Y | MIT |\n\n## B\n"],
    ["a row that is a table head", "| a | b |\n|---|---|\n| 1 | 2 |\n"],
    ["a row above a setext underline", "| a |\n---\n| b |\n===\n"],
    ["archived rows", `${head}|2025.1| X | MIT |\n<!-- |2024.1| Y | MIT | -->\n|2023.1| Z | - |\n`],
    ["a multi-line comment with rows", `${head}|2025.1| X |\n<!--\n| 1 | 2 |\n| 3 --> | 4 |\n|5|\n`],
    ["a comment closed mid-line", "<!-- a\n<!-- b --> c\n| d |\n-->\n| e |\n"],
    ["rows in fenced code", "```\n| a |\n```\n| b |\n"],
    ["rows lazily continuing a quote and a list", "> quote\n| a |\n\n- item\n| b |\n"],
    ["a details block", "<details>\n<summary>x</summary>\n| a |\n</details>\n\n| b |\n"],
    ["a script block", "<script>\n| a </script> |\n| b |\n"],
    ["hostile cells", `${head}| <script>alert(1)</script> | "><img onerror=x> | =cmd |\n`],
    ["bullets", "## A\n\n- [MedQA](https://x.org) : USMLE\n- 2025.4.28: released\n* **Bold**: x\n+ 日本語\n"],
    [
      "bullets that start blocks",
      "- 1. nested\n- # heading\n- > quote\n- [ ] task\n- [x]: /def\n- *** \n-     code\n",
    ],
    ["a bullet that is a table head", "- a | b\n  |---|---|\n  | 1 | 2 |\n"],
    ["a bullet above a setext underline", "- a\n  ---\n- b\n  ===\n"],
    ["loose lists and lazy lines", "- a\n\n- b\nlazy\n\n  more\n\n* c\n1. d\n"],
    [
      "bullets in a details block",
      "<details><summary>History</summary>\n- 2024.1: x\n- 2023.1: y\n</details>\n",
    ],
    ["CRLF line endings", "## A\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n<!-- | 3 | 4 | -->\r\n"],
  ])("keeps the block structure of %s", (_name, markdown) => {
    const masked = maskRows(markdown);
    expect(masked.split("\n").length).toBe(markdown.split("\n").length);
    expect(outline(parse(masked))).toEqual(outline(parse(markdown)));
  });

  it("masks versions that differ only inside rows to the same text", () => {
    const v1 = `## A\n\n${head}|2025.1| X | MIT |\n<!-- |2024.1| Y | MIT | -->\n\n- [A](https://a.org): a\n`;
    const v2 = `## A\n\n${head}|2025.2| X2 | Apache-2.0 |\n<!-- |2024.3| Y | - | -->\n\n- [B](https://b.org)\n`;
    expect(maskRows(v1)).toBe(maskRows(v2));
    expect(maskRows(v1)).not.toBe(v1);
    expect(maskRows(v1)).toContain(head); // the head and delimiter rows are kept
  });

  it.skipIf(!existsSync(bundle))(
    "keeps the block structure of every version in the seed's history",
    () => {
      const versions = readSeedVersions(bundle);
      for (const { rev, text } of versions) {
        // parseMarkdown gives the whole-document tree (its own tests) and is quicker over many versions.
        expect(outline(parseMarkdown(maskRows(text))), rev).toEqual(outline(parseMarkdown(text)));
      }
      expect(versions.length).toBeGreaterThan(50);
    },
    120_000,
  );
});

if (!existsSync(bundle)) console.warn(`maskRows seed comparison skipped: ${bundle} not found`);
