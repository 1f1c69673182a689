import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../src/core/index.js";
import { listFileVersions, openBlobReader, replayHistory } from "../src/history/index.js";
import { createGitFixture, type GitFixture } from "./helpers/git-fixture.js";

const row = (name: string) => `| 2024.1 | [${name}]() | | 7B | | | | |`;
const list = (...names: string[]) =>
  [
    "# L",
    "",
    "## Models",
    "",
    "| When? | Name | HF? | Size | License | pretraining | finetuning | misc. |",
    "|---|---|---|---|---|---|---|---|",
    ...names.map(row),
    "",
  ].join("\n");

describe("reading a file's versions from git", () => {
  let repo: GitFixture;
  let commits: string[];

  beforeAll(async () => {
    repo = await createGitFixture();
    commits = [
      repo.commit({ message: "a", date: "2024-01-01T00:00:00Z", files: { "README.md": list("A") } }),
      repo.commit({ message: "other file", date: "2024-01-02T00:00:00Z", files: { "NOTES.md": "x" } }),
      repo.commit({ message: "b", date: "2024-01-03T00:00:00Z", files: { "README.md": list("A", "B") } }),
      repo.commit({ message: "gone", date: "2024-01-04T00:00:00Z", files: { "README.md": null } }),
      repo.commit({ message: "back", date: "2024-01-05T00:00:00Z", files: { "README.md": list("B", "C") } }),
      repo.commit({
        message: "binary",
        date: "2024-01-06T00:00:00Z",
        files: { "README.md": Buffer.from([0, 1, 2]) },
      }),
      repo.commit({
        message: "fixed",
        date: "2024-01-07T00:00:00Z",
        files: { "README.md": list("B", "C", "D") },
      }),
    ];
  });
  afterAll(() => repo.cleanup());

  it("lists only commits that touched the file, oldest first, with a deletion as no blob", async () => {
    const versions = await listFileVersions(repo.dir, "README.md");
    expect(versions.map((v) => [v.commit, v.subject, v.blob === undefined])).toEqual([
      [commits[0], "a", false],
      [commits[2], "b", false],
      [commits[3], "gone", true],
      [commits[4], "back", false],
      [commits[5], "binary", false],
      [commits[6], "fixed", false],
    ]);
    expect(versions[0]).toMatchObject({
      author: "Fixture",
      date: "2024-01-01T00:00:00+00:00",
      path: "README.md",
    });
  });

  it("serves overlapping reads from one cat-file process and reports missing objects", async () => {
    const versions = await listFileVersions(repo.dir, "README.md");
    const reader = openBlobReader(repo.dir);
    const [first, missing, second] = await Promise.all([
      reader.read(versions[0]!.blob!),
      reader.read("0".repeat(40)),
      reader.read(versions[1]!.blob!),
    ]);
    expect(first?.toString("utf8")).toBe(list("A"));
    expect(missing).toBeUndefined();
    expect(second?.toString("utf8")).toBe(list("A", "B"));
    await reader.close();
    await expect(reader.read(versions[0]!.blob!)).rejects.toThrow(/exited/);
  });

  it("replays across a deletion and a binary version: both reported, neither fatal", async () => {
    const report = await replayHistory(repo.dir);
    expect(report.versions.map((v) => [v.status, v.reason ?? ""])).toEqual([
      ["imported", ""],
      ["imported", ""],
      ["deleted", ""],
      ["imported", ""],
      ["skipped", "binary content (NUL bytes)"],
      ["imported", ""],
    ]);
    expect(report.events.map((e) => `${e.commit.slice(0, 7)} ${e.kind} ${e.entry?.name}`)).toEqual([
      `${commits[0]!.slice(0, 7)} added A`,
      `${commits[2]!.slice(0, 7)} added B`,
      // After the deletion, the file is diffed against its last readable version.
      `${commits[4]!.slice(0, 7)} added C`,
      `${commits[4]!.slice(0, 7)} removed A`,
      `${commits[6]!.slice(0, 7)} added D`,
    ]);
  });
});

describe("a renamed heading of a known section", () => {
  it("keeps the section's id, so facts the importer derives from it do not flip", async () => {
    const repo = await createGitFixture();
    try {
      const text = (heading: string) => list("A", "B").replace("## Models", `## ${heading}`);
      repo.commit({
        message: "a",
        date: "2024-01-01T00:00:00Z",
        files: { "README.md": text("Japanese-centric") },
      });
      repo.commit({
        message: "b",
        date: "2024-02-01T00:00:00Z",
        files: { "README.md": text("日本語モデル") },
      });
      const sections = [
        {
          id: "japanese",
          kind: "models" as const,
          title: { en: "Japanese-centric" },
          aliases: [],
          columns: [],
          see_also: [],
          notes: [],
        },
      ];
      const report = await replayHistory(repo.dir, { sections });
      expect(report.events.filter((e) => e.commit === report.versions[1]!.commit)).toEqual([
        expect.objectContaining({ kind: "section_renamed", from: "Japanese-centric", to: "日本語モデル" }),
      ]);
    } finally {
      await repo.cleanup();
    }
  });
});

describe("choosing the revision", () => {
  let dir: string;
  let clone: string;

  beforeAll(async () => {
    const repo = await createGitFixture();
    dir = repo.dir;
    repo.commit({ message: "a", date: "2024-01-01T00:00:00Z", files: { "README.md": list("A") } });
    // A clone of a bundle has an unborn HEAD when the bundle names no HEAD, like the seed's.
    const bundle = path.join(dir, "list.bundle");
    execFileSync("git", ["-C", dir, "bundle", "create", bundle, "main"], { stdio: "ignore" });
    clone = await mkdtemp(path.join(tmpdir(), "llm-radar-history-clone-"));
    execFileSync("git", ["clone", "-q", bundle, clone], { stdio: "ignore" });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(clone, { recursive: true, force: true });
  });

  it("falls back to the default branch when HEAD is unborn, and rejects an unknown revision", async () => {
    const report = await replayHistory(clone);
    expect(report.rev).toMatch(/origin\/main|main/);
    expect(report.events.map((e) => e.entry?.name)).toEqual(["A"]);
    await expect(replayHistory(clone, { rev: "nope" })).rejects.toBeInstanceOf(UsageError);
  });
});
