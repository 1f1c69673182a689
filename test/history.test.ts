import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveCatalog } from "../src/catalog/index.js";
import { emptyCatalog, type License, type WithId } from "../src/core/index.js";
import {
  type HistoryEvent,
  type HistoryReport,
  renderChangelog,
  replayHistory,
} from "../src/history/index.js";
import { HISTORY_COMMITS, HOSTILE_NAME } from "./fixtures/history-versions.js";
import { createGitFixture, type GitFixture } from "./helpers/git-fixture.js";

const BIN = path.resolve("bin/llm-radar.js");
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `date kind id detail` — compact enough to assert the whole event list at once. */
function line(e: HistoryEvent): string {
  const detail =
    e.kind === "changed"
      ? (e.changes ?? []).map((c) => `${c.field}: ${show(c.from)} -> ${show(c.to)}`).join("; ")
      : e.from !== undefined
        ? `${e.from} -> ${e.to}${e.match ? ` [${e.match}]` : ""}`
        : `in ${e.section}${e.status === "archived" ? " (archived)" : ""}`;
  return `${e.date.slice(0, 10)} ${e.kind} ${e.entry?.id ?? "-"} ${detail}`;
}

function show(value: unknown): string {
  if (value === undefined) return "none";
  if (typeof value === "object" && value !== null && "label" in value) return String(value.label);
  return Array.isArray(value) ? value.join(",") : String(value);
}

const LICENSES: WithId<License>[] = [
  {
    id: "apache-2.0",
    name: "Apache License 2.0",
    spdx: "Apache-2.0",
    commercial: "yes",
    condition: { en: "Keep the notice." },
    aliases: [],
  },
  {
    id: "mit",
    name: "MIT License",
    spdx: "MIT",
    commercial: "yes",
    condition: { en: "Keep the notice." },
    aliases: [],
  },
];

describe("history of a fixture repository", () => {
  let repo: GitFixture;
  let commits: string[];
  let report: HistoryReport;

  beforeAll(async () => {
    repo = await createGitFixture();
    commits = HISTORY_COMMITS.map((c) => repo.commit(c));
    report = await replayHistory(repo.dir, { file: "docs/LIST.md", licenses: LICENSES });
  });
  afterAll(() => repo.cleanup());

  it("reads every version through the file rename and skips the malformed one", () => {
    expect(report.versions.map((v) => [v.commit, v.path, v.status, v.reason ?? ""])).toEqual([
      [commits[0], "list.md", "imported", ""],
      [commits[1], "list.md", "imported", ""],
      [commits[2], "list.md", "imported", ""],
      [commits[3], "list.md", "skipped", "unresolved merge conflict marker at line 10"],
      [commits[4], "docs/LIST.md", "imported", ""],
      [commits[5], "docs/LIST.md", "imported", ""],
      [commits[6], "docs/LIST.md", "imported", ""],
    ]);
    expect(report.versions[1]).toMatchObject({
      author: "Bob",
      date: "2024-02-10T09:30:00+09:00",
      entries: 7,
    });
  });

  it("finds exactly the events of every kind, with stable ids through renames", () => {
    expect(report.events.map(line)).toEqual([
      "2024-01-05 added alpha in General",
      "2024-01-05 added beta in General",
      "2024-01-05 added gamma in General",
      "2024-01-05 added epsilon in General",
      "2024-01-05 added medone in Medical",
      "2024-01-05 added medtwo in Medical",
      "2024-02-10 section_renamed - Medical -> Medical models",
      "2024-02-10 added delta in General",
      "2024-02-10 changed alpha sizes: 7B -> 8B",
      "2024-03-03 section_renamed - Medical models -> Medical adaptation",
      "2024-03-03 archived beta in General",
      // The conflicted version is skipped: this diff is against 2024-03-03.
      "2024-04-02 section_renamed - Medical adaptation -> Medicine",
      "2024-04-02 restored beta in General",
      "2024-04-02 changed beta license: mit -> apache-2.0",
      "2024-04-02 removed gamma in General",
      // A reshuffle of every row gives only the real changes.
      "2024-05-15 section_renamed - Medicine -> Models for medicine",
      "2024-05-15 renamed epsilon Epsilon -> Epsilon-LM [close-name]",
      "2024-05-15 renamed alpha Alpha -> Alpha-Instruct [hf-link]",
      "2024-05-15 moved medtwo Medicine -> General",
      "2024-05-15 changed medone links: hf https://huggingface.co/med/medone-7b -> hf https://huggingface.co/med/medone-7b-v2",
      "2024-05-20 added evil-script-x-script-pipe in General",
    ]);
    const kinds = new Set(report.events.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(
      ["added", "archived", "changed", "moved", "removed", "renamed", "restored", "section_renamed"].sort(),
    );
    expect(report.events.every((e) => commits.includes(e.commit) && e.author && e.date)).toBe(true);
  });

  it("with since, diffs the first reported version against the one before it", async () => {
    const since = await replayHistory(repo.dir, {
      file: "docs/LIST.md",
      licenses: LICENSES,
      since: "2024-05",
    });
    expect(since.versions.map((v) => [v.commit, v.baseline ?? false])).toEqual([
      [commits[4], true],
      [commits[5], false],
      [commits[6], false],
    ]);
    expect(since.events.map(line)).toEqual(report.events.map(line).filter((l) => l >= "2024-05"));
  });

  it("renders an escaped changelog by month, in English and Japanese", () => {
    const en = renderChangelog(report, "en");
    expect(en).not.toContain("<script>");
    expect(en).not.toContain("<b>");
    expect(en).toContain("- Added **Evil &lt;script&gt;x&lt;/script&gt; \\| pipe** to *General*");
    expect(en.split("\n").filter((l) => l.startsWith("## "))).toEqual([
      "## 2024-05",
      "## 2024-04",
      "## 2024-03",
      "## 2024-02",
      "## 2024-01",
      "## Skipped versions",
    ]);
    const ja = renderChangelog(report, "ja");
    expect(
      ja
        .split("\n")
        .filter((l) => l.startsWith("- "))
        .slice(0, 5),
    ).toMatchInlineSnapshot(`
      [
        "- **Evil &lt;script&gt;x&lt;/script&gt; \\| pipe** を「General」に追加",
        "- セクション「Medicine」を「Models for medicine」に改名",
        "- **Epsilon** を **Epsilon-LM** に改名（近い名前）",
        "- **Alpha** を **Alpha-Instruct** に改名（同じ Hugging Face リンク）",
        "- **MedTwo** を「Medicine」から「General」へ移動",
      ]
    `);
    expect(HOSTILE_NAME).toContain("|");
  });
});

// Each case spawns the CLI a few times; on a busy machine that takes longer than the default timeout.
describe("llm-radar history (built CLI)", { timeout: 120_000 }, () => {
  let repo: GitFixture;
  let catalogDir: string;

  beforeAll(async () => {
    repo = await createGitFixture();
    for (const c of HISTORY_COMMITS) repo.commit(c);
    catalogDir = await mkdtemp(path.join(tmpdir(), "llm-radar-history-catalog-"));
    const catalog = emptyCatalog();
    catalog.licenses = LICENSES;
    // Already in the news: Delta's release, in its month.
    catalog.news.push({
      id: "2024-02-delta",
      date: "2024-02",
      text: { en: "Delta 1B is out." },
      models: [],
      links: [],
      highlight: false,
      provenance: [],
      corrections: [],
    });
    await saveCatalog(catalogDir, catalog);
  });
  afterAll(async () => {
    await repo.cleanup();
    await rm(catalogDir, { recursive: true, force: true });
  });

  it("prints JSON with versions and events", () => {
    const r = cli("history", repo.dir, "--file", "docs/LIST.md", "--json", "--catalog", catalogDir);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as HistoryReport;
    expect(report.versions).toHaveLength(7);
    expect(report.events).toHaveLength(21);
    expect(r.stderr).toContain("skipped");
    expect(r.stderr).toContain("7 versions of docs/LIST.md: 6 read, 1 skipped; 21 changes");
  });

  it("prints the Japanese changelog", () => {
    const r = cli("history", repo.dir, "--file", "docs/LIST.md", "--lang", "ja", "--since", "2024-04-01");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# docs/LIST.md の変更履歴");
    expect(r.stdout).toContain("**Gamma** を「General」から削除");
    expect(r.stdout).not.toContain("## 2024-03");
  });

  it("writes news for later additions once, skipping what the news already has", async () => {
    const first = cli("history", repo.dir, "--file", "docs/LIST.md", "--write-news", "--catalog", catalogDir);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("wrote 1 news items");
    expect((await readdir(path.join(catalogDir, "news"))).sort()).toEqual([
      "2024-02-delta.yaml",
      "2024-05-evil-script-x-script-pipe.yaml",
    ]);
    const yaml = await readFile(
      path.join(catalogDir, "news", "2024-05-evil-script-x-script-pipe.yaml"),
      "utf8",
    );
    expect(yaml).toContain("date: 2024-05-20");
    expect(yaml).toContain("revision:");
    const again = cli("history", repo.dir, "--file", "docs/LIST.md", "--write-news", "--catalog", catalogDir);
    expect(again.stderr).toContain("wrote 0 news items");
    expect(cli("check", "--catalog", catalogDir).code).toBe(0);
  });

  it("rejects bad flags and a folder that is not a repository with exit code 2", async () => {
    expect(cli("history", repo.dir, "--lang", "fr").code).toBe(2);
    expect(cli("history", repo.dir, "--since", "May 2024").code).toBe(2);
    expect(cli("history", repo.dir, "--rev", "no-such-branch").code).toBe(2);
    const empty = await mkdtemp(path.join(tmpdir(), "llm-radar-not-a-repo-"));
    try {
      const r = cli("history", empty);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("not a git repository");
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

const BUNDLE = path.resolve("../shared/seed/history.bundle");
if (!existsSync(BUNDLE)) console.warn(`history: ${BUNDLE} is missing; the real-history test is skipped`);

describe.skipIf(!existsSync(BUNDLE))("history of the seed list (../shared/seed/history.bundle)", () => {
  let dir: string;
  let report: HistoryReport;
  let touching: string[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "llm-radar-seed-history-"));
    execFileSync("git", ["clone", "-q", BUNDLE, dir], { stdio: "ignore" });
    // The bundle's HEAD names no branch, so the replay falls back to the default branch.
    touching = execFileSync("git", ["-C", dir, "log", "--format=%H", "origin/main", "--", "README.md"], {
      encoding: "utf8",
    })
      .trim()
      .split("\n")
      .reverse();
    const { loadCatalog } = await import("../src/catalog/index.js");
    const { catalog } = await loadCatalog("catalog");
    report = await replayHistory(dir, { licenses: catalog.licenses, sections: catalog.sections });
  }, 240_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("imports every version or says why not", () => {
    expect(report.versions.map((v) => v.commit)).toEqual(touching);
    for (const v of report.versions) {
      if (v.status !== "imported") expect(v.reason, v.commit).toBeTruthy();
    }
    expect(report.versions.filter((v) => v.status === "imported").length).toBeGreaterThan(
      touching.length * 0.9,
    );
  });

  it("starts with additions and finds known events", () => {
    const first = report.events.filter((e) => e.commit === touching[0]);
    expect(first.length).toBeGreaterThan(5);
    expect(first.every((e) => e.kind === "added")).toBe(true);

    const added = (name: RegExp) =>
      report.events.filter((e) => e.kind === "added" && name.test(e.entry?.name ?? ""));
    // Qwen3 entered the list in April 2025; Llama4 a little earlier.
    expect(added(/^Qwen3\b/).map((e) => e.date.slice(0, 7))).toEqual(["2025-04"]);
    expect(added(/^Llama4\b/).map((e) => e.date.slice(0, 7))).toEqual(["2025-04"]);
    // "[add] phi-2 license changed": MSRA licence → MIT.
    const phi2 = report.events.find((e) => e.kind === "changed" && e.entry?.name === "Phi-2");
    expect(phi2?.commit.startsWith("ad122dc")).toBe(true);
    expect(phi2?.changes?.map((c) => c.field)).toContain("license");
    // February 2025 "モデルの絞り込み": many rows moved into comments at once.
    const archived = report.events.filter((e) => e.kind === "archived" && e.date.startsWith("2025-02"));
    expect(archived.length).toBeGreaterThan(20);
    // The medical section kept its identity through its heading renames.
    expect(report.events.filter((e) => e.kind === "section_renamed").length).toBeGreaterThanOrEqual(3);
    const medical = report.events.filter((e) => e.entry?.name.startsWith("Med-PaLM"));
    expect(medical.some((e) => e.kind === "removed")).toBe(false);
  });
});
