import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { parseCsv } from "./helpers/parse-csv.js";
import { HOSTILE_NAME, HOSTILE_ORG, writeQueryFixture } from "./helpers/query-fixture.js";

// Runs the built CLI (`npm run build` first) on a temp catalogue, and on the committed one. Each test
// spawns several processes, which takes a while on a loaded machine.
vi.setConfig({ testTimeout: 180_000 });
const BIN = path.resolve("bin/llm-radar.js");
let fixture: Awaited<ReturnType<typeof writeQueryFixture>>;

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, "--catalog", fixture.catalogDir, ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH, COLUMNS: "100", ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const jsonIds = (args: string[]) => {
  const r = cli([...args, "--json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { id: string }[]).map((i) => i.id);
};

beforeAll(async () => {
  fixture = await writeQueryFixture();
});
afterAll(async () => {
  await fixture.cleanup();
});

describe("llm-radar ls", () => {
  it("lists exactly the Japanese medical models, newest first", () => {
    expect(jsonIds(["ls", "--section", "medical", "--lang", "ja"])).toEqual(["elyza-med", "medswallow"]);
  });

  it("combines filters", () => {
    expect(jsonIds(["ls", "--max-params", "10B", "--commercial", "conditional", "--base", "llama3"])).toEqual(
      ["elyza-med", "llama-3-swallow"],
    );
    expect(jsonIds(["ls", "--section", "japanese,medical", "--no-hf", "--sort", "name"])).toEqual([
      "elyza-med",
      "gpt-neox-japanese",
      "meditron",
      "medswallow",
    ]);
    expect(jsonIds(["ls", "--since", "2025-01", "--tag", "moe", "--hf"])).toEqual(["qwen3"]);
    expect(jsonIds(["ls", "--min-params", "20B", "--max-params", "30B", "--active"])).toEqual(["qwen3"]);
    expect(jsonIds(["ls", "--status", "archived", "--org", "rinna"])).toEqual(["gpt-neox-japanese"]);
    expect(jsonIds(["ls", "--kind", "benchmarks"])).toEqual(["igakuqa"]);
    expect(jsonIds(["ls", "--sort", "-params", "--limit", "2", "--offset", "1"])).toEqual([
      "llama3",
      "llama-3-swallow",
    ]);
  });

  it("prints a table sized to the terminal, without colour when not a TTY", () => {
    const r = cli(["ls", "--section", "medical,slm"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "ID          NAME        ORG        RELEASED  SIZE     LICENSE               SECTIONS
      elyza-med   ELYZA-Med   ELYZA      2025-01   8B       llama3 (conditional)  medical
      medswallow  MedSwallow  東工大     2024-08   70B      cc-by-nc-4.0 (no)     japanese,medical
      phi-3-mini  Phi-3-mini  Microsoft  2024-05   3.8B     apache-2.0 (yes)      slm
      meditron    Meditron    EPFL       2023-11   7B, 70B  llama2 (unknown)      medical
      "
    `);
    expect(r.stderr).toBe("4 models\n");
    const narrow = cli(["ls", "--section", "medical,slm"], { COLUMNS: "60" });
    for (const line of narrow.stdout.trimEnd().split("\n"))
      expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(narrow.stdout).toMatchInlineSnapshot(`
      "ID          NAME        ORG   RELEASED  SIZE  LICEN…  SECTI…
      elyza-med   ELYZA-Med   ELY…  2025-01   8B    llama…  medic…
      medswallow  MedSwallow  東…   2024-08   70B   cc-by…  japan…
      phi-3-mini  Phi-3-mini  Mic…  2024-05   3.8B  apach…  slm
      meditron    Meditron    EPFL  2023-11   7B,…  llama…  medic…
      "
    `);
  });

  it("keeps hostile values on one line in tables", () => {
    const r = cli(["ls", "--org", HOSTILE_ORG]);
    expect(r.stdout.split("\n")).toHaveLength(3);
    expect(r.stdout).not.toContain("\u001b");
  });

  it("writes JSON Lines", () => {
    const r = cli(["ls", "--section", "medical", "--jsonl"]);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual([
      "elyza-med",
      "medswallow",
      "meditron",
    ]);
  });

  it("writes CSV that a strict parser reads back, hostile strings included", () => {
    const r = cli(["ls", "--csv", "--sort", "name"]);
    expect(r.code).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual([
      "kind",
      "id",
      "name",
      "org",
      "released",
      "sections",
      "status",
      "availability",
      "sizes_label",
      "params",
      "params_max",
      "params_active",
      "license",
      "commercial",
      "languages",
      "tags",
      "hf",
      "base_models",
      "file",
    ]);
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const hostile = rows.find((row) => row[1] === "hostile")!;
    expect(hostile[2]).toBe(HOSTILE_NAME);
    expect(hostile[3]).toBe(`'${HOSTILE_ORG}`);
    const qwen = rows.find((row) => row[1] === "qwen3")!;
    expect(qwen.slice(8, 14)).toEqual([
      "0.6~235B",
      "600000000; 235000000000",
      "235000000000",
      "22000000000",
      "apache-2.0",
      "yes",
    ]);
  });

  it("rejects unknown filter values with exit 2, the valid values and a suggestion", () => {
    const r = cli(["ls", "--section", "medcal"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'error: section: unknown value "medcal" (did you mean "medical"?)\nvalid values: general, japanese, medical, medical-benchmarks, slm\n',
    );
    expect(cli(["ls", "--lang", "jp"]).stderr).toContain('did you mean "ja"');
    expect(cli(["ls", "--max-params", "huge"]).code).toBe(2);
    expect(cli(["ls", "--json", "--csv"]).code).toBe(2);
  });
});

describe("llm-radar ls tables", () => {
  it("leave out the columns no row has a value in, and count one entry as one", () => {
    const r = cli(["ls", "--kind", "benchmarks"]);
    expect(r.stdout).toMatchInlineSnapshot(`
      "ID       NAME     SECTIONS
      igakuqa  IgakuQA  medical-benchmarks
      "
    `);
    expect(r.stderr).toBe("1 benchmark\n");
    expect(cli(["ls", "--org", "rinna", "--status", "archived"]).stderr).toBe("1 model\n");
    expect(cli(["search", "医師"]).stderr).toBe("1 entry\n");
    // An empty answer keeps the header.
    expect(cli(["ls", "--kind", "datasets"]).stdout).toBe(
      "ID  NAME  ORG  RELEASED  SIZE  LICENSE  SECTIONS\n",
    );
  });
});

describe("llm-radar search", () => {
  it("finds Japanese and English text, ranked, with the matching field", () => {
    // Meditron is found by its section's title (医療モデル).
    expect(jsonIds(["search", "医療"]).sort()).toEqual(["elyza-med", "meditron", "medswallow"]);
    expect(jsonIds(["search", "医師"])).toEqual(["igakuqa"]);
    expect(jsonIds(["search", "medical", "adaptation"])).toEqual(["elyza-med"]);
    expect(jsonIds(["search", "ＱＷＥＮ"])).toEqual(["qwen3"]);
    expect(jsonIds(["search", "swallow", "--section", "medical"])).toEqual(["medswallow"]);
    const r = cli(["search", "swallow"]);
    expect(r.stdout).toMatchInlineSnapshot(`
      "ID               NAME             KIND    MATCHED  TEXT
      medswallow       MedSwallow       models  name     MedSwallow
      llama-3-swallow  Llama 3 Swallow  models  name     Llama 3 Swallow
      "
    `);
    expect(r.stderr).toBe("2 entries\n");
  });

  it("adds the matching field to CSV", () => {
    const [header, row] = parseCsv(cli(["search", "スワロー", "--csv"]).stdout);
    expect(header!.slice(-2)).toEqual(["matched_field", "matched_text"]);
    expect(row!.slice(-2)).toEqual(["notes", "東工大によるLlama 3の日本語継続事前学習モデル（スワロー）。"]);
  });
});

describe("llm-radar show", () => {
  it("prints every field, licence, lineage both ways, scores, provenance and corrections", () => {
    const r = cli(["show", "MedSwallow"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "MedSwallow  (medswallow)
        file: models/medswallow.yaml  status: listed  availability: open-weights
        name: MedSwallow
        org: 東工大
        released: 2024-08
        sections:
          - japanese
          - medical
        availability: open-weights
        sizes:
          label: 70B
          params:
            - 70000000000
        license: cc-by-nc-4.0
        base_models:
          - llama-3-swallow
        languages:
          - ja
        medical:
          specialty:
            - 医療全般
        notes:
          ja: 医療QAでチューニングしたSwallow。

      License
        CC BY-NC 4.0 (cc-by-nc-4.0) — commercial use: no
        en: CC BY-NC 4.0 terms

      Lineage
        built on:
          llama-3-swallow  Llama 3 Swallow
            llama3  Llama 3  via llama-3-swallow
        built upon by:
          (nothing recorded)

      Scores
        igakuqa: 0.61 (accuracy)  https://example.org/paper

      Provenance
        README.md:170  Model
          2024.8 | MedSwallow

      Corrections
        released: "2024.8" → "2024-08"  (import)
          date normalised
      "
    `);
    const json = JSON.parse(cli(["show", "llama3", "--json"]).stdout);
    expect(json.lineage.down.map((n: { id: string }) => n.id)).toEqual([
      "elyza-med",
      "llama-3-swallow",
      "medswallow",
    ]);
  });

  it("shows hostile values without control characters, and suggests ids for unknown names", () => {
    expect(cli(["show", "hostile"]).stdout).not.toContain("\u001b");
    const r = cli(["show", "medswalow"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/did you mean [^\n]*"medswallow"/);
  });
});

describe("llm-radar stats", () => {
  it("counts by section, year, licence class and size", () => {
    const r = cli(["stats"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
      "KIND          COUNT
      models           10
      benchmarks        1
      datasets          0
      leaderboards      0
      news              0
      licenses          3

      SECTION   COUNT
      general       4
      japanese      3
      medical       3
      slm           1

      YEAR  COUNT
      2025      3
      2024      4
      2023      2
      2022      1

      LICENCE CLASS  COUNT
      unknown            4
      conditional        3
      yes                2
      no                 1

      SIZE       COUNT
      under-1b       1
      1b-4b          4
      4b-10b         5
      10b-40b        1
      40b-100b       5
      over-100b      1
      unknown        1

      STATUS    COUNT
      listed        9
      archived      1

      AVAILABILITY  COUNT
      open-weights      9
      api               1
      "
    `);
    expect(JSON.parse(cli(["stats", "--json"]).stdout).total.models).toBe(10);
  });
});

/** The "Options:" paragraph of a command's help. */
function optionsBlock(help: string): string {
  const start = help.indexOf("Options:");
  const end = help.indexOf("\n\n", start);
  return help.slice(start, end === -1 ? undefined : end);
}

describe("--version", () => {
  it("prints the package version and exits 0", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    for (const flag of ["--version", "-V"])
      expect(cli([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});

describe("--help", () => {
  it.each(["ls", "show", "search", "stats"])("%s has examples", (command) => {
    const r = cli([command, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Examples:");
    expect(r.stdout).toContain(`llm-radar ${command}`);
  });

  it("pins ls --help", () => {
    expect(cli(["ls", "--help"]).stdout).toMatchInlineSnapshot(`
      "Usage: llm-radar ls [options]

      list catalogue entries matching filters, as a table, JSON, JSON Lines or CSV

      Options:
        --json              print a JSON array
        --jsonl             print one JSON object per line
        --csv               print RFC 4180 CSV (formula-safe)
        --kind <kind>       entry kind: models (default), benchmarks, datasets,
                            leaderboards (repeatable, or comma-separated)
        --section <id>      section id, e.g. medical, japanese, slm (repeatable, or
                            comma-separated)
        --lang <code>       language recorded on the entry, e.g. ja, en (repeatable,
                            or comma-separated)
        --status <status>   listed or archived (hidden in the source list)
                            (repeatable, or comma-separated)
        --availability <a>  open-weights, api, closed, leaked, announced, unknown
                            (repeatable, or comma-separated)
        --size <bucket>     size bucket: under-1b, 1b-4b, 4b-10b, 10b-40b, 40b-100b,
                            over-100b, unknown (repeatable, or comma-separated)
        --license <id>      licence id from the registry, e.g. apache-2.0 (repeatable,
                            or comma-separated)
        --commercial <c>    commercial use: yes, no, conditional, unknown (repeatable,
                            or comma-separated)
        --year <yyyy>       release year (repeatable, or comma-separated)
        --org <name>        organisation as recorded (repeatable, or comma-separated)
        --tag <tag>         tag, e.g. moe, reasoning, multimodal (repeatable, or
                            comma-separated)
        --base <id>         built on this model, transitively (lineage) (repeatable,
                            or comma-separated)
        --task <format>     benchmark/dataset task format: mcq, qa, open-qa, vqa, nli,
                            summarization, … (repeatable, or comma-separated)
        --modality <m>      benchmark/dataset or medical model modality: text, image,
                            video, ecg, ehr (repeatable, or comma-separated)
        --group <name>      benchmark/dataset/leaderboard group heading as recorded,
                            e.g. "Only Text" (repeatable, or comma-separated)
        --specialty <s>     medical model specialty, e.g. general medicine, pharmacy
                            (repeatable, or comma-separated)
        --restriction <r>   medical model use restriction: non-commercial,
                            research-only, … (repeatable, or comma-separated)
        --benchmark <id>    models evaluated on this benchmark or dataset, e.g.
                            igakuqa (repeatable, or comma-separated)
        --min-params <n>    at least this many parameters (any size of the model):
                            500M, 1B, 7.5B
        --max-params <n>    at most this many parameters
        --since <date>      released on or after YYYY-MM[-DD]
        --until <date>      released on or before YYYY-MM[-DD]
        --sort <order>      -released (default), released, -params, params, name,
                            -name, relevance
        --limit <n>         at most n results
        --offset <n>        skip the first n results
        --active            compare --min/--max-params with active parameters (MoE)
        --hf                only entries with a Hugging Face link
        --no-hf             only entries without a Hugging Face link
        --index <file>      index file (default: $LLM_RADAR_INDEX or
                            <catalog>/../.cache/llm-radar/index.sqlite)
        -h, --help          display help for command

      Filters combine with AND; a repeated or comma-separated filter means any of its values.

      Examples:
        llm-radar ls --section medical --lang ja
        llm-radar ls --max-params 10B --commercial yes --sort -params
        llm-radar ls --base llama3 --since 2024-06
        llm-radar ls --kind benchmarks --section medical --json
        llm-radar ls --org "Tokyo Tech" --csv > models.csv
      "
    `);
  });

  it("pins show, search and stats --help", () => {
    expect(cli(["show", "--help"]).stdout).toMatchInlineSnapshot(`
      "Usage: llm-radar show [options] <id-or-name>

      show one model (every field, licence, lineage, scores, provenance, corrections),
      or one benchmark or dataset with the models evaluated on it

      Arguments:
        id-or-name      model, benchmark or dataset id (file name) or exact name,
                        case- and width-insensitive

      Options:
        --json          print the model, its licence and lineage as JSON
        --index <file>  index file (default: $LLM_RADAR_INDEX or
                        <catalog>/../.cache/llm-radar/index.sqlite)
        -h, --help      display help for command

      Examples:
        llm-radar show llama-3-swallow
        llm-radar show "Llama 3 Swallow"
        llm-radar show qwen3 --json
        llm-radar show igakuqa        # a benchmark: its facts and the models evaluated on it
      "
    `);
    // search takes the same filter flags as ls (one addQueryFlags): its Options block must equal the
    // one pinned above, and the rest of its help is pinned here.
    const search = cli(["search", "--help"]).stdout;
    expect(optionsBlock(search)).toBe(optionsBlock(cli(["ls", "--help"]).stdout));
    expect(search.replace(optionsBlock(search), "Options: (as ls)")).toMatchInlineSnapshot(`
      "Usage: llm-radar search [options] <text...>

      full-text search (Japanese and English, any substring) over names, orgs, notes,
      tags, training facts, links and section titles

      Arguments:
        text                words to find; every word must match somewhere

      Options: (as ls)

      Matching ignores case and width (ＱＷＥＮ finds Qwen) and finds substrings (医療, 東工大).
      A word in a section's title also matches that section's entries (医療 finds every model listed
      under 医療特化モデル). Name matches rank first; the MATCHED column shows where each hit was
      found. Searches every kind unless --kind is given.

      Examples:
        llm-radar search swallow
        llm-radar search 医療 --lang ja
        llm-radar search "instruction tuning" --max-params 10B
        llm-radar search 東工大 --kind models --json
      "
    `);
    expect(cli(["stats", "--help"]).stdout).toMatchInlineSnapshot(`
      "Usage: llm-radar stats [options]

      count models by section, release year, licence class (commercial use), size
      bucket, status and availability

      Options:
        --json          print the counts as JSON
        --index <file>  index file (default: $LLM_RADAR_INDEX or
                        <catalog>/../.cache/llm-radar/index.sqlite)
        -h, --help      display help for command

      Examples:
        llm-radar stats
        llm-radar stats --json
      "
    `);
  });
});

// The committed catalogue, once imported: the expectation is computed from the YAML files directly.
const committed = path.resolve("catalog");
const modelFiles = existsSync(path.join(committed, "models"))
  ? readdirSync(path.join(committed, "models")).filter((f) => f.endsWith(".yaml"))
  : [];
if (modelFiles.length === 0) console.warn(`skipping committed-catalogue tests: no models in ${committed}`);

describe.skipIf(modelFiles.length === 0)("on the committed catalogue", () => {
  let indexDir: string;
  beforeAll(async () => {
    indexDir = await mkdtemp(path.join(tmpdir(), "llm-radar-index-"));
  });
  afterAll(async () => {
    await rm(indexDir, { recursive: true, force: true });
  });
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, "--catalog", committed, ...args], {
      encoding: "utf8",
      env: { PATH: process.env.PATH, LLM_RADAR_INDEX: path.join(indexDir, "index.sqlite") },
    });
    expect(r.status).toBe(0);
    return r.stdout;
  };
  const models = () =>
    modelFiles.map((f) => ({
      id: f.slice(0, -".yaml".length),
      ...(parse(readFileSync(path.join(committed, "models", f), "utf8")) as {
        name: string;
        sections: string[];
        languages?: string[];
        base_models?: string[];
      }),
    }));

  it("ls --section medical --lang ja lists exactly the Japanese medical models", () => {
    const expected = models()
      .filter((m) => m.sections.includes("medical") && (m.languages ?? []).includes("ja"))
      .map((m) => m.id)
      .sort();
    const listed = (
      JSON.parse(run("ls", "--section", "medical", "--lang", "ja", "--json")) as { id: string }[]
    )
      .map((m) => m.id)
      .sort();
    expect(listed).toEqual(expected);
  });

  it("lists every model, and its CSV parses back", () => {
    const all = JSON.parse(run("ls", "--json")) as { id: string }[];
    expect(all.map((m) => m.id).sort()).toEqual(
      models()
        .map((m) => m.id)
        .sort(),
    );
    const [header, ...rows] = parseCsv(run("ls", "--csv"));
    expect(rows).toHaveLength(all.length);
    for (const row of rows) expect(row).toHaveLength(header!.length);
  });

  it("finds every model by its exact name and lineage matches base_models", () => {
    const all = models();
    for (const m of [all[0]!, all[Math.floor(all.length / 2)]!, all[all.length - 1]!]) {
      const hits = (JSON.parse(run("search", m.name, "--kind", "models", "--json")) as { id: string }[]).map(
        (h) => h.id,
      );
      expect(hits).toContain(m.id);
    }
    const withBase = all.find((m) => (m.base_models ?? []).length > 0);
    if (withBase) {
      const base = withBase.base_models![0]!;
      const expected = all.filter((m) => (m.base_models ?? []).includes(base)).map((m) => m.id);
      const listed = (JSON.parse(run("ls", "--base", base, "--json")) as { id: string }[]).map((m) => m.id);
      for (const id of expected) expect(listed).toContain(id);
    }
  });
});

/** Terminal cells (East Asian wide = 2), computed independently of the CLI's own helper. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}
