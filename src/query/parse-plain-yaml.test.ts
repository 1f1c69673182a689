import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { serializeEntry } from "../catalog/index.js";
import { parsePlainYaml } from "./parse-plain-yaml.js";

/** Either the fast reader declines (undefined) or it agrees with the `yaml` package exactly. */
function expectAgrees(text: string): "fast" | "fallback" {
  const fast = parsePlainYaml(text);
  if (fast === undefined) return "fallback";
  expect(fast).toStrictEqual(parse(text));
  return "fast";
}

describe("parsePlainYaml", () => {
  it("reads what serializeEntry writes, hostile strings included", () => {
    const text = serializeEntry("models", {
      id: "x",
      name: 'Evil "<script>" | name: #1',
      org: "東工大",
      released: "2024-07",
      sections: ["japanese", "medical"],
      sizes: { label: "8x7B", params: [56e9], experts: { count: 8, params: 7e9 } },
      notes: { ja: "スワロー: 医療 # not a comment", en: "=cmd|' /C calc'!A0" },
      links: [{ rel: "hf", url: "https://huggingface.co/a/b", hf: { type: "model", id: "a/b" } }],
      provenance: [
        { source: "README.md", line: 3, raw: ["2024.7", "", "- dash", "'quoted'", "true", "1e9", "null"] },
      ],
      tags: ["moe", "long-context"],
    });
    expect(expectAgrees(text)).toBe("fast");
    expect(parsePlainYaml(text)).toMatchObject({ name: 'Evil "<script>" | name: #1', released: "2024-07" });
  });

  it("leaves multi-line strings to the full parser", () => {
    const text = serializeEntry("models", { id: "x", name: "a", sections: ["s"], notes: { en: "one\ntwo" } });
    expect(parsePlainYaml(text)).toBeUndefined();
  });

  it.each([
    [
      "scalars of the core schema",
      "a: 1\nb: -2.5\nc: .5\nd: 1e9\ne: true\nf: False\ng: ~\nh: null\ni: 2024-07\nj: 2025.10\nk: v1.0\n",
    ],
    ["empty values", "a:\nb: x\n"],
    ["sequence at the key's indent", "tags:\n- a\n- b\nname: x\n"],
    [
      "nested mappings in sequences",
      "links:\n  - rel: hf\n    url: https://x\n  - rel: paper\n    url: https://y\n",
    ],
    ["quotes", 'a: "x \\"y\\" \\u00e9"\nb: \'it\'\'s\'\nc: ""\n'],
    ["comment lines", "# header\na: 1\n  # indented comment\nb: 2\n"],
    ["C# and URLs with colons", "a: C#\nb: https://example.com:8080/x\n"],
  ])("agrees with yaml on %s", (_, text) => {
    expect(expectAgrees(text)).toBe("fast");
  });

  it.each([
    ["flow sequences", "tags: [a, b]\n"],
    ["block scalars", "notes: |\n  line\n"],
    ["anchors", "a: &x 1\nb: *x\n"],
    ["comments after values", "a: 1 # one\n"],
    ["multi-line plain scalars", "a: one\n  two\n"],
    ["duplicate keys", "a: 1\na: 2\n"],
    ["tabs", "a:\t1\n"],
    ["CRLF", "a: 1\r\nb: 2\r\n"],
    ["hex", "a: 0x1F\n"],
    ["YAML-only escapes", 'a: "\\x41"\n'],
    ["unsafe integers", "a: 123456789012345678901\n"],
    ["document markers", "---\na: 1\n"],
    ["extra spaces", "a:  x\n"],
  ])("declines %s", (_, text) => {
    expect(parsePlainYaml(text)).toBeUndefined();
  });

  const catalog = path.resolve(import.meta.dirname, "../../catalog");
  const files = existsSync(catalog) ? listYaml(catalog) : [];
  it.skipIf(files.length === 0)("agrees with yaml on every committed catalogue file", () => {
    let fast = 0;
    for (const file of files) if (expectAgrees(readFileSync(file, "utf8")) === "fast") fast++;
    // Most files are plain; a few may use YAML the fast reader leaves to the full parser.
    expect(fast).toBeGreaterThan(files.length / 2);
  });
});

function listYaml(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith(".yaml"))
    .map((d) => path.join(d.parentPath, d.name));
}
