import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { readSeedVersions } from "../../test/helpers/seed-history.js";
import { parseMarkdown } from "./parse-markdown.js";

const whole = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);

const seedDir = path.resolve("../shared/seed");
const seedList = path.join(seedDir, "000_c3354cf06961a246.txt");
const bundle = path.join(seedDir, "history.bundle");

describe("parseMarkdown", () => {
  it.each([
    ["plain sections", "# T\n\nintro\n\n## A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## B\n\n- x\n- y\n"],
    ["a heading without a blank line before it", "## A\ntext\n## B\n- x\n"],
    ["a comment spanning headings", "## A\n\n<!--\n\n## hidden\n\n| 1 | 2 |\n-->\n\n## B\n\ntext\n"],
    ["fenced code with a heading inside", "## A\n\n```md\n\n# not a heading\n```\n\n## B\n"],
    ["a link definition used across sections", "## A\n\n[x]\n\n## B\n\n[x]: https://example.com\n"],
    ["CRLF line endings", "## A\r\n\r\n- x\r\n\r\n## B\r\n\r\n- y\r\n"],
    ["a list item with an indented heading", "- item\n\n  # inside\n\n## B\n"],
    ["details block", "<details>\n<summary>H</summary>\n- a\n\n## B\n\n- b\n"],
    ["no trailing newline", "## A\n\n- x\n\n## B"],
    ["blocks split at blank lines", "## A\n\nintro\n\n| a |\n|---|\n| 1 |\n\n<!-- x -->\n\nmore\n"],
    ["a loose list before a paragraph", "- a\n\n- b\n\n  still b\n\nafter\n\n* c\n\n1. d\n\n2. e\n\nend\n"],
    ["block quotes and indented code", "> a\n\n> b\n\n    code\n\n    more\n\ntext\n"],
    ["HTML blocks across blank lines", "<details>\n\n- a\n\n</details>\n\n<div>\nx\n</div>\n\ny\n"],
    ["a multi-line comment with blank lines", "a\n\n<!--\n\nhidden\n\n-->\n\nb\n"],
    [
      "one-line comments in a table",
      "| a |\n|---|\n| 1 |\n<!-- | 2 | -->\n| 3 |\n<!-- x -->\n<!-- y -->\n- z\n",
    ],
    ["one-line comments in HTML blocks", "<details>\n<!-- x -->\n- a\n\n<div>\n\n<!-- y -->\ntext\n"],
    ["a comment between lists", "- a\n<!-- x -->\n- b\n\n> q\n<!-- y -->\n    code\n"],
    ["fenced code with blank lines", "```\na\n\nb\n```\n\n- x\n\n  ```\n  c\n\nd\n```\n\ne\n"],
  ])("gives the whole-document tree for %s", (_name, markdown) => {
    expect(parseMarkdown(markdown)).toEqual(whole(markdown));
    // Second call answers from the cache and must still be identical (and not shared mutable state).
    const again = parseMarkdown(markdown);
    expect(again).toEqual(whole(markdown));
  });

  it("gives the whole-document tree for 600 generated documents mixing every kind of line", () => {
    const random = seeded(7);
    for (let k = 0; k < 600; k++) {
      const markdown = generatedDocument(random);
      expect(parseMarkdown(markdown), JSON.stringify(markdown)).toEqual(whole(markdown));
    }
  });

  it.skipIf(!existsSync(seedList))("gives the whole-document tree for the seed list", () => {
    const text = readFileSync(seedList, "utf8");
    expect(parseMarkdown(text)).toEqual(whole(text));
  });

  it.skipIf(!existsSync(bundle))(
    "gives the whole-document tree for every version in the seed's history",
    () => {
      const versions = readSeedVersions(bundle);
      for (const { rev, text } of versions) expect(parseMarkdown(text), rev).toEqual(whole(text));
      expect(versions.length).toBeGreaterThan(50);
    },
    // 79 versions parsed twice each: ~13 s alone, several times that beside the rest of the suite.
    120_000,
  );
});

/** Lines that start, continue or end blocks in every way the importer meets (and some it should not). */
const LINES = [
  "",
  "",
  "",
  "\r",
  "# H",
  "## H2",
  "#",
  "text",
  "text\r",
  "| a | b |",
  "|---|---|",
  "| 1 | 2 |",
  "|x|",
  "- item",
  "- [l](u) t",
  "* star",
  "1. one",
  "2) two",
  "  indented",
  "    code",
  "> quote",
  "<!-- c -->",
  "<!--",
  "-->",
  "-->x",
  "<!---->",
  "<!-->",
  "<!-- a --> <!-- b -->",
  "  <!-- c -->",
  "<details>",
  "</details>",
  "<div>",
  "---",
  "===",
  "***",
  "```",
  "~~~",
  "- 1. n",
  "  - nested",
  "a | b",
  "- a | b",
  "  |---|",
  "text <!-- x",
  "[x]",
  "<br>",
  "| <b> |",
  "\t- tab",
];

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function generatedDocument(random: () => number): string {
  const lines = Array.from(
    { length: 3 + Math.floor(random() * 25) },
    () => LINES[Math.floor(random() * LINES.length)],
  );
  return lines.join("\n") + (random() < 0.5 ? "\n" : "");
}

if (!existsSync(seedList)) console.warn(`parseMarkdown seed comparisons skipped: ${seedList} not found`);
