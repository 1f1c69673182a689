import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Runs the built CLI (`npm run build` first) inside the catalogue folder so paths read `models/x.yaml`.
const BIN = path.resolve("bin/llm-radar.js");
function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SECTIONS = `sections:
  - id: general
    kind: models
    title:
      en: English-centric
    see_also:
      - label: Elsewhere
        url: javascript:alert(1)
`;

const APACHE = `name: Apache License 2.0
spdx: Apache-2.0
commercial: "yes"
condition:
  en: Keep the notice.
aliases:
  - apache2.0
`;

const model = (name: string, extra = "") => `name: ${name}\nsections: [general]\nreleased: 2025-04\n${extra}`;

/** One file per lint: `file → [text, needle, rule]`, the needle marking where the diagnostic must point. */
const FILES: Record<string, [string, string, string]> = {
  "models/unknown-license.yaml": [model("A", "license: apach-2.0\n"), "apach-2.0", "license/unknown"],
  "models/alias-license.yaml": [model("B", "license: apache2.0\n"), "apache2.0", "license/alias"],
  "models/unknown-section.yaml": ["name: C\nsections: [general, genral]\n", "genral", "section/unknown"],
  "models/old-date.yaml": [
    "name: D\nsections: [general]\nreleased: 2015-01\n",
    "2015-01",
    "date/implausible",
  ],
  "models/future-date.yaml": ["name: E\nsections: [general]\nreleased: 2025-07\n", "2025-07", "date/future"],
  "models/bad-scheme.yaml": [
    model("F", "links:\n  - rel: paper\n    url: ftp://example.org/paper.pdf\n"),
    "ftp://",
    "link/scheme",
  ],
  "models/bad-hf-url.yaml": [
    model("G", "links:\n  - rel: hf\n    url: https://huggingface.co/blog/some-post\n"),
    "https://huggingface.co/blog",
    "link/hf-url",
  ],
  "models/dangling-base.yaml": [model("H", "base_models:\n  - ghost-model\n"), "ghost-model", "ref/dangling"],
  "models/dangling-score.yaml": [
    model("I", "scores:\n  - benchmark: ghost-bench\n    value: 0.5\n"),
    "ghost-bench",
    "ref/dangling",
  ],
  "models/bad-size.yaml": [
    model("J", "sizes:\n  label: 8x7B\n  params: [7000000000]\n"),
    "[7000000000]",
    "sizes/mismatch",
  ],
  "models/twin-a.yaml": [model("Twin Model"), "Twin Model", "duplicate/name"],
  "models/twin-b.yaml": [model("twin-model"), "twin-model", "duplicate/name"],
  "models/repo-a.yaml": [
    model(
      "Repo A",
      "links:\n  - rel: hf\n    url: https://huggingface.co/org/shared\n    hf:\n      type: model\n      id: org/shared\n",
    ),
    "https://huggingface.co/org/shared",
    "duplicate/hf-model",
  ],
  "models/repo-b.yaml": [
    model(
      "Repo B",
      "links:\n  - rel: hf\n    url: https://huggingface.co/org/shared\n    hf:\n      type: model\n      id: org/shared\n",
    ),
    "https://huggingface.co/org/shared",
    "duplicate/hf-model",
  ],
  "models/wrong-type.yaml": [
    model("K", "sizes:\n  label: 7B\n  params: seven\n"),
    "seven",
    "schema/invalid_type",
  ],
  "news/2025-04-ghost.yaml": [
    "date: 2025-04\ntext:\n  en: Something happened.\nmodels:\n  - ghost-model\n",
    "ghost-model",
    "ref/dangling",
  ],
  "leaderboards/board.yaml": ["name: Board\nbenchmarks: [ghost-bench]\n", "ghost-bench", "ref/dangling"],
  "sections.yaml": [SECTIONS, "javascript:", "link/scheme"],
};

function position(text: string, needle: string): [number, number] {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`needle ${needle} not in fixture`);
  const before = text.slice(0, offset).split("\n");
  return [before.length, before.at(-1)!.length + 1];
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "llm-radar-check-"));
  for (const kind of ["models", "news", "leaderboards", "licenses"]) await mkdir(path.join(dir, kind));
  await writeFile(path.join(dir, "licenses/apache-2.0.yaml"), APACHE);
  await writeFile(path.join(dir, "models/clean.yaml"), model("Clean", "license: apache-2.0\n"));
  for (const [file, [text]] of Object.entries(FILES)) await writeFile(path.join(dir, file), text);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("llm-radar check", () => {
  it("points every lint at the real file:line:column of the offending field", () => {
    const { code, stdout } = cli(dir, "--catalog", ".", "check", "--json", "--today", "2025-06-01");
    expect(code).toBe(1);
    const found = (JSON.parse(stdout) as { file: string; line: number; column: number; rule: string }[]).map(
      (d) => `${d.file}:${d.line}:${d.column} ${d.rule}`,
    );
    const expected = Object.entries(FILES).map(([file, [text, needle, rule]]) => {
      const [line, column] = position(text, needle);
      return `${file}:${line}:${column} ${rule}`;
    });
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it("prints compiler-style lines with suggestions, and a summary", () => {
    const { code, stderr } = cli(dir, "--catalog", ".", "check", "--today", "2025-06-01");
    expect(code).toBe(1);
    expect(stderr).toContain(
      'models/unknown-license.yaml:4:10  license  unknown licence "apach-2.0" (did you mean "apache-2.0"?)  [license/unknown]',
    );
    expect(stderr).toContain('write the id "apache-2.0"');
    expect(stderr).toContain('unknown section "genral" (did you mean "general"?)');
    expect(stderr).toMatch(/models\/wrong-type\.yaml:6:11 {2}sizes\.params {2}.*\[schema\/invalid_type\]/);
    expect(stderr).toMatch(/^18 errors, 0 warnings$/m);
  });

  it("passes a clean catalogue and fails clearly on a missing folder", async () => {
    const clean = await mkdtemp(path.join(tmpdir(), "llm-radar-check-clean-"));
    try {
      await mkdir(path.join(clean, "models"));
      await writeFile(
        path.join(clean, "sections.yaml"),
        SECTIONS.replace("javascript:alert(1)", "https://e.org/"),
      );
      await writeFile(path.join(clean, "models/clean.yaml"), model("Clean"));
      const ok = cli(clean, "--catalog", ".", "check", "--today", "2025-06-01");
      expect(ok.stderr).toBe("0 errors, 0 warnings\n");
      expect(ok.code).toBe(0);
    } finally {
      await rm(clean, { recursive: true, force: true });
    }
    const missing = cli(dir, "--catalog", "no-such-folder", "check");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('catalogue folder "no-such-folder" does not exist');
    expect(cli(dir, "check", "--today", "2025-6-1").code).toBe(2);
  });
});
