import { Worker } from "node:worker_threads";

/** One file as read by the reader thread. */
export interface ReadFile {
  rel: string;
  size: number;
  mtime: number;
  /** sha1 of the content, hex. */
  hash: string;
  text: string;
}

/** Files per message from the reader thread. */
const BATCH_FILES = 250;
/** Batches the reader may run ahead of the consumer (bounds memory). */
const AHEAD = 4;

// Self-contained (no imports of ours), so it also runs from the bundled CLI. It reads in listing
// order and sends flat arrays (five values per file), cheap to pass between threads; every answer
// from the consumer lets it send one more batch.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { readFileSync, statSync } = require("node:fs");
const { createHash } = require("node:crypto");
const { prefix, rels, batchFiles, ahead } = workerData;
let next = 0;
let credit = ahead;
function pump() {
  try {
    while (credit > 0 && next < rels.length) {
      const batch = [];
      for (const end = Math.min(next + batchFiles, rels.length); next < end; next++) {
        const rel = rels[next];
        const stat = statSync(prefix + rel);
        const text = readFileSync(prefix + rel, "utf8");
        batch.push(rel, stat.size, stat.mtimeMs, createHash("sha1").update(text).digest("hex"), text);
      }
      credit--;
      parentPort.postMessage(batch);
    }
    if (next === rels.length) parentPort.postMessage(null);
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}
parentPort.on("message", () => {
  credit++;
  pump();
});
pump();
`;

/**
 * Reads (stat, content, sha1) the catalogue-relative files `rels` under `prefix` in a worker thread,
 * yielding them in order, so the thread that parses them does no file system calls.
 */
export async function* readFilesInThread(
  prefix: string,
  rels: readonly string[],
): AsyncGenerator<ReadFile[]> {
  if (rels.length === 0) return;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { prefix, rels, batchFiles: BATCH_FILES, ahead: AHEAD },
  });
  const queue: (unknown[] | null | { error: string })[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const settle = () => {
    wake?.();
    wake = undefined;
  };
  worker.on("message", (message: unknown[] | null | { error: string }) => {
    queue.push(message);
    settle();
  });
  worker.on("error", (error) => {
    failure ??= error;
    settle();
  });
  worker.on("exit", () => {
    failure ??= new Error("index build: the reader thread stopped");
    settle();
  });
  try {
    for (;;) {
      while (queue.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
      const message = queue.shift();
      if (message === undefined) throw failure;
      if (message === null) return;
      if (!Array.isArray(message)) throw new Error(`index build: ${message.error}`);
      worker.postMessage(0);
      const files: ReadFile[] = [];
      for (let i = 0; i < message.length; i += 5) {
        files.push({
          rel: message[i] as string,
          size: message[i + 1] as number,
          mtime: message[i + 2] as number,
          hash: message[i + 3] as string,
          text: message[i + 4] as string,
        });
      }
      yield files;
    }
  } finally {
    await worker.terminate();
  }
}
