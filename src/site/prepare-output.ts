import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { UsageError, workerChannel } from "../core/index.js";
import { resolveInside } from "./resolve-inside.js";

/** Marks a folder as ours, so a rebuild may clear it (and never a folder we did not write). */
export const BUILD_MARKER = ".llm-radar-build";

/** Where a build writes: every file once, then `finish` removes what the previous build left. */
export interface OutputFolder {
  /** Queues one file (relative, `/`-separated); waits only when the writer is far behind. */
  write(file: string, body: string | Uint8Array): Promise<void>;
  /**
   * Waits for every write, removes the previous build's files and folders that this build did not
   * write, and marks the folder.
   */
  finish(): Promise<OutputTotals>;
  /** Stops writing after a failed build (the folder is left partly written). */
  abort(): Promise<void>;
}

export interface OutputTotals {
  /** Size of every file of the build, unchanged ones included. */
  bytes: number;
  /** Files of a previous build that already held the same bytes and were left as they were. */
  unchanged: number;
}

export interface PrepareOutputOptions {
  /**
   * Write on a worker thread while this one renders: `true` starts one now, or pass one started
   * earlier (startWriterThread). Starting one costs about 40 ms, mostly on the other core, so it pays
   * from a few hundred files. Default false.
   */
  worker?: boolean | WriterThread;
}

/**
 * Opens `out` for a build that will write `files`. A missing or empty folder is used as is; a folder
 * holding a previous build (the marker) is reused: a file that already holds the same bytes is left alone
 * (reading it costs far less than rewriting it, and its modification time stays), a changed one is
 * overwritten in place, and the ones not written again are removed at `finish`; all of which costs far
 * less than deleting and recreating tens of thousands of files. If the previous build holds anything but plain files and folders (a symlink), or a
 * file where a folder must go, it is cleared first. Any other non-empty folder is refused.
 *
 * Files are written with synchronous calls (one system call each, no promise or thread-pool round trip
 * per file), in batches, on this thread or on one worker thread.
 */
export function prepareOutput(
  out: string,
  files: readonly string[],
  options: PrepareOutputOptions = {},
): OutputFolder {
  const root = path.resolve(out);
  const wanted = new Set([...files.map((f) => locate(root, f)[1]), BUILD_MARKER]);
  const folders = foldersOf(wanted);
  let old: Tree | undefined;
  if (existsSync(root)) {
    const names = readdirSync(root);
    if (names.length > 0) {
      if (!names.includes(BUILD_MARKER)) {
        throw new UsageError(
          `output folder ${root} is not empty and was not written by llm-radar build`,
          "out",
        );
      }
      old = listTree(root);
      const clash =
        old === undefined ||
        [...old.files].some((f) => folders.has(f)) ||
        [...old.folders].some((d) => wanted.has(d));
      if (clash) {
        rmSync(root, { recursive: true, force: true });
        old = undefined;
      }
    }
  }
  mkdirSync(root, { recursive: true });
  const made = new Set<string>(old?.folders ?? []);
  made.add("");
  const writer = options.worker
    ? workerWriter(options.worker === true ? startWriterThread() : options.worker)
    : threadWriter();
  let batch: Write[] = [];
  let batchBytes = 0;
  const send = async () => {
    const full = batch;
    batch = [];
    batchBytes = 0;
    await writer.write(full);
  };
  return {
    async write(file, body) {
      const [target, rel] = locate(root, file);
      const dir = parentOf(rel);
      let folder: string | null = null;
      if (!made.has(dir)) {
        folder = path.dirname(target);
        for (let d = dir; d && !made.has(d); d = parentOf(d)) made.add(d);
      }
      const data = writer.accept(body);
      batch.push([folder, target, data, old?.files.has(rel) ?? false]);
      batchBytes += data.length;
      if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) await send();
    },
    async finish() {
      await send();
      const totals = await writer.close();
      if (old) {
        for (const f of old.files) if (!wanted.has(f)) unlinkSync(path.join(root, f));
        // Deepest first, so each folder is empty by the time it is removed.
        const gone = [...old.folders].filter((d) => !folders.has(d)).sort((a, b) => b.length - a.length);
        for (const d of gone) rmdirSync(path.join(root, d));
      }
      writeFileSync(path.join(root, BUILD_MARKER), "");
      return totals;
    },
    async abort() {
      await writer.abort();
    },
  };
}

// --- helpers ---

/** A folder to create first (or null), the absolute file path, the body, whether the file exists. */
type Write = [folder: string | null, file: string, body: string | Uint8Array, exists: boolean];

interface Writer {
  /** The body as this writer queues it. */
  accept(body: string | Uint8Array): string | Uint8Array;
  write(batch: Write[]): Promise<void>;
  /** Waits for every batch. */
  close(): Promise<OutputTotals>;
  abort(): Promise<void>;
}

/** Small batches, so the writer starts while the first pages are rendered and keeps pace. */
const BATCH_FILES = 32;
const BATCH_BYTES = 1 << 20;
/**
 * Batches queued for the worker before the renderer waits: 2,048 files, bounding memory (each batch
 * holds at most 1 MiB). At 10k models, 32 × 64 built in 7.5 s where 256 × 8 took 9.1 s.
 */
const IN_FLIGHT = 64;

function threadWriter(): Writer {
  const totals: OutputTotals = { bytes: 0, unchanged: 0 };
  return {
    accept: (body) => body,
    async write(batch) {
      for (const [folder, file, body, exists] of batch) {
        if (folder) mkdirSync(folder, { recursive: true });
        const data = typeof body === "string" ? Buffer.from(body) : body;
        totals.bytes += data.byteLength;
        if (exists && sameBytes(readFileSync(file), data)) totals.unchanged++;
        else writeFileSync(file, data);
      }
    },
    async close() {
      return totals;
    },
    async abort() {},
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}

// The worker does what threadWriter does, batch by batch, and answers each with its totals or error.
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const { mkdirSync, readFileSync, writeFileSync } = require("node:fs");
parentPort.on("message", (batch) => {
  let bytes = 0;
  let unchanged = 0;
  try {
    for (const [folder, file, body, exists] of batch) {
      if (folder) mkdirSync(folder, { recursive: true });
      const data = typeof body === "string" ? Buffer.from(body) : body;
      bytes += data.byteLength;
      if (exists && Buffer.compare(readFileSync(file), data) === 0) unchanged++;
      else writeFileSync(file, data);
    }
    parentPort.postMessage({ bytes, unchanged });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
`;

/** A writer thread started ahead of its build, so its start-up overlaps the caller's other work. */
export interface WriterThread {
  /** Hands the thread to a build; throws if it failed to start. */
  take(): Worker;
  /** Stops it if no build took it (a build stops the one it took). */
  stop(): Promise<void>;
}

/**
 * Starts the writer thread of a build to come. Node starts a thread in about 40 ms of CPU, mostly on
 * the other core: started before the index is built, that overlaps the index build instead of the
 * first pages' rendering, and the last files are written sooner.
 */
export function startWriterThread(): WriterThread {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  // Kept until a build takes the thread: an 'error' event nobody listens to would end the process.
  let failure: Error | undefined;
  const keep = (error: Error) => {
    failure ??= error;
  };
  const exited = () => {
    failure ??= new Error("static build: the writer thread stopped before the build");
  };
  worker.on("error", keep);
  worker.on("exit", exited);
  let taken = false;
  return {
    take() {
      if (taken) throw new Error("static build: the writer thread is already taken");
      taken = true;
      worker.off("error", keep);
      worker.off("exit", exited);
      if (failure) throw failure;
      return worker;
    },
    async stop() {
      if (!taken) await worker.terminate();
    },
  };
}

function workerWriter(thread: WriterThread): Writer {
  const worker = thread.take();
  const encoder = new TextEncoder();
  const totals: OutputTotals = { bytes: 0, unchanged: 0 };
  const channel = workerChannel<{ bytes?: number; unchanged?: number; error?: string }>(worker, {
    limit: IN_FLIGHT,
    label: "static build: writing failed",
    onAnswer: (answer) => {
      totals.bytes += answer.bytes ?? 0;
      totals.unchanged += answer.unchanged ?? 0;
    },
  });
  return {
    // Encoded here and handed over as bytes (no copy): cloning strings costs this thread as much as
    // encoding them, and the worker, the slower of the two, then only writes. Encoded at once, not when
    // the batch is sent, so a page's string dies young instead of being copied by the next collection.
    accept: (body) => (typeof body === "string" ? encoder.encode(body) : body),
    async write(batch) {
      if (batch.length === 0) return;
      const buffers = new Set<ArrayBuffer>();
      for (const [, , bytes] of batch) {
        if (
          typeof bytes !== "string" &&
          bytes.byteOffset === 0 &&
          bytes.byteLength === bytes.buffer.byteLength
        ) {
          buffers.add(bytes.buffer as ArrayBuffer);
        }
      }
      await channel.post(batch, [...buffers]);
    },
    async close() {
      await channel.drain();
      // Every file is written. Waiting for the thread to wind down (15–25 ms in a build, in which the
      // idle main thread also runs a pending heap collection) would only delay what comes next; a
      // process exiting at once still stops it cleanly.
      void channel.terminate();
      return totals;
    },
    abort: () => channel.terminate(),
  };
}

/** Every folder that holds one of `files`, and their parents (relative; the root is ""). */
function foldersOf(files: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const f of files) {
    for (let d = parentOf(f); d && !folders.has(d); d = parentOf(d)) folders.add(d);
  }
  return folders;
}

/** An empty, `.` or `..` segment, a leading `/`, a backslash or NUL: such paths go through resolveInside. */
const NOT_PLAIN = /(^|\/)\.{0,2}(\/|$)|^\/|[\\\0]/;

/**
 * The absolute path of `file` inside `root`, and `file` as a normalised relative `/`-separated path (how
 * the old tree and the wanted files are compared). Plain relative paths, all a build writes, skip the
 * full resolution; anything else is resolved and must stay inside `root`.
 */
function locate(root: string, file: string): [target: string, relative: string] {
  if (path.sep === "/" && !NOT_PLAIN.test(file)) return [`${root}/${file}`, file];
  const target = resolveInside(root, file);
  return [target, path.relative(root, target).split(path.sep).join("/")];
}

function parentOf(p: string): string {
  const at = p.lastIndexOf("/");
  return at < 0 ? "" : p.slice(0, at);
}

interface Tree {
  files: Set<string>;
  folders: Set<string>;
}

/** Files and folders under `root` (relative), or undefined if anything else is there (a symlink). */
function listTree(root: string): Tree | undefined {
  const tree: Tree = { files: new Set(), folders: new Set() };
  const walk = (dir: string): boolean => {
    for (const e of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) {
        tree.folders.add(rel);
        if (!walk(rel)) return false;
      } else if (e.isFile()) {
        tree.files.add(rel);
      } else {
        return false;
      }
    }
    return true;
  };
  return walk("") ? tree : undefined;
}
