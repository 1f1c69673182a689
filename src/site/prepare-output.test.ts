import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  BUILD_MARKER,
  type OutputTotals,
  prepareOutput,
  startWriterThread,
  type WriterThread,
} from "./prepare-output.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "llm-radar-out-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every file under `root` with its text, relative paths sorted. */
function tree(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else files[p] = readFileSync(path.join(root, p), "utf8");
    }
  };
  walk("");
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** This thread, a worker thread started by prepareOutput, or one started before it. */
type Mode = false | true | "started earlier";
const option = (mode: Mode) => (mode === "started earlier" ? startWriterThread() : mode);

async function build(out: string, files: Record<string, string>, worker: Mode): Promise<OutputTotals> {
  const output = prepareOutput(out, Object.keys(files), { worker: option(worker) });
  for (const [file, body] of Object.entries(files)) {
    await output.write(file, file.endsWith(".bin") ? new TextEncoder().encode(body) : body);
  }
  return output.finish();
}

describe.each([false, true, "started earlier"] as const)("prepareOutput (worker: %s)", (worker) => {
  it("writes every file, creating folders, and counts UTF-8 bytes", async () => {
    const out = path.join(dir, "new", "site");
    const totals = await build(
      out,
      { "index.html": "<p>é</p>", "en/models/x/index.html": "x", "a.bin": "b" },
      worker,
    );
    expect(totals).toEqual({ bytes: 9 + 1 + 1, unchanged: 0 }); // "é" is two bytes in UTF-8
    expect(tree(out)).toEqual({
      [BUILD_MARKER]: "",
      "a.bin": "b",
      "en/models/x/index.html": "x",
      "index.html": "<p>é</p>",
    });
  });

  it("rebuilds over its previous output: overwrites, and removes files and folders not written again", async () => {
    const out = path.join(dir, "site");
    await build(
      out,
      { "en/models/gone/index.html": "old", "en/models/kept/index.html": "old", "x.json": "1" },
      worker,
    );
    writeFileSync(path.join(out, "en", "stray.html"), "added by hand");
    await build(out, { "en/models/kept/index.html": "new", "y.json": "2" }, worker);
    expect(tree(out)).toEqual({ [BUILD_MARKER]: "", "en/models/kept/index.html": "new", "y.json": "2" });
    expect(existsSync(path.join(out, "en/models/gone"))).toBe(false);
  });

  it("leaves files that already hold the same bytes untouched, and rewrites changed ones", async () => {
    const out = path.join(dir, "site");
    await build(out, { "same.html": "same", "changed.html": "old", "longer.html": "ab" }, worker);
    const past = new Date("2020-01-01T00:00:00Z");
    for (const f of ["same.html", "changed.html", "longer.html"]) utimesSync(path.join(out, f), past, past);
    const totals = await build(
      out,
      { "same.html": "same", "changed.html": "new", "longer.html": "abc" },
      worker,
    );
    expect(totals).toEqual({ bytes: 10, unchanged: 1 });
    expect(statSync(path.join(out, "same.html")).mtime).toEqual(past);
    expect(statSync(path.join(out, "changed.html")).mtime).not.toEqual(past);
    expect(tree(out)).toEqual({
      [BUILD_MARKER]: "",
      "changed.html": "new",
      "longer.html": "abc",
      "same.html": "same",
    });
  });

  it("normalises paths that resolve inside the folder, so a rebuild keeps what it wrote", async () => {
    const out = path.join(dir, "site");
    await build(out, { "y.json": "1" }, worker);
    await build(out, { "x/../y.json": "2", "a//b.json": "3" }, worker);
    expect(tree(out)).toEqual({ [BUILD_MARKER]: "", "a/b.json": "3", "y.json": "2" });
  });

  it("clears a previous build that has a file where a folder must go, or a symlink", async () => {
    const out = path.join(dir, "site");
    await build(out, { "en/models": "was a file" }, worker);
    await build(out, { "en/models/x/index.html": "x" }, worker);
    expect(tree(out)).toEqual({ [BUILD_MARKER]: "", "en/models/x/index.html": "x" });

    const outside = path.join(dir, "outside");
    mkdirSync(outside);
    symlinkSync(outside, path.join(out, "en", "link"));
    await build(out, { "en/link/index.html": "must not land outside" }, worker);
    expect(readdirSync(outside)).toEqual([]);
    expect(tree(out)).toEqual({ [BUILD_MARKER]: "", "en/link/index.html": "must not land outside" });
  });

  it("refuses a non-empty folder it did not write, and paths that leave it", async () => {
    const foreign = path.join(dir, "foreign");
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, "keep.txt"), "mine");
    expect(() => prepareOutput(foreign, ["index.html"], { worker: option(worker) })).toThrow(/not empty/);
    expect(tree(foreign)).toEqual({ "keep.txt": "mine" });
    expect(() => prepareOutput(path.join(dir, "x"), ["../escape.html"], { worker: option(worker) })).toThrow(
      /escapes/,
    );
  });

  it("fails the build when a write fails", async () => {
    const out = path.join(dir, "site");
    const output = prepareOutput(out, ["a/b.html"], { worker: option(worker) });
    // Something else puts a file where the folder goes: mkdir fails with ENOTDIR or EEXIST.
    writeFileSync(path.join(out, "a"), "in the way");
    await expect(
      (async () => {
        await output.write("a/b.html", "x");
        await output.finish();
      })(),
    ).rejects.toThrow(/EEXIST|ENOTDIR/);
    await output.abort();
  });
});

describe("startWriterThread", () => {
  it("stops a thread no build took, and hands a thread to one build only", async () => {
    const spare = startWriterThread();
    await spare.stop();
    expect(() => spare.take()).toThrow(/stopped before the build/);

    const thread = startWriterThread();
    const worker = thread.take();
    expect(() => thread.take()).toThrow(/already taken/);
    // A taken thread is its build's to stop: stop() leaves it running.
    await thread.stop();
    const answer = new Promise((resolve) => worker.once("message", resolve));
    worker.postMessage([]);
    expect(await answer).toEqual({ bytes: 0, unchanged: 0 });
    await worker.terminate();
  });

  it("stops the thread a build took once every file is written, without making finish wait for it", async () => {
    const thread = startWriterThread();
    let worker: Worker | undefined;
    const watched: WriterThread = {
      take: () => {
        worker = thread.take();
        return worker;
      },
      stop: () => thread.stop(),
    };
    const output = prepareOutput(path.join(dir, "site"), ["a.html"], { worker: watched });
    await output.write("a.html", "a");
    const exited = new Promise<void>((resolve) => worker!.once("exit", () => resolve()));
    await output.finish();
    expect(readFileSync(path.join(dir, "site", "a.html"), "utf8")).toBe("a");
    await exited;
  });
});
