import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
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
  ])("gives the whole-document tree for %s", (_name, markdown) => {
    expect(parseMarkdown(markdown)).toEqual(whole(markdown));
    // Second call answers from the cache and must still be identical (and not shared mutable state).
    const again = parseMarkdown(markdown);
    expect(again).toEqual(whole(markdown));
  });

  it.skipIf(!existsSync(seedList))("gives the whole-document tree for the seed list", () => {
    const text = readFileSync(seedList, "utf8");
    expect(parseMarkdown(text)).toEqual(whole(text));
  });

  it.skipIf(!existsSync(bundle))(
    "gives the whole-document tree for every version in the seed's history",
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), "llm-radar-parse-"));
      try {
        execFileSync("git", ["clone", "-q", bundle, dir]);
        const revs = execFileSync("git", ["-C", dir, "rev-list", "--all"], { encoding: "utf8" })
          .trim()
          .split("\n");
        let compared = 0;
        for (const rev of revs) {
          let text: string;
          try {
            text = execFileSync("git", ["-C", dir, "show", `${rev}:README.md`], {
              encoding: "utf8",
              stdio: "pipe",
            });
          } catch {
            continue; // this commit has no README.md
          }
          expect(parseMarkdown(text), rev).toEqual(whole(text));
          compared++;
        }
        expect(compared).toBeGreaterThan(50);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

if (!existsSync(seedList)) console.warn(`parseMarkdown seed comparisons skipped: ${seedList} not found`);
