import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { SqlValue } from "./index-statements.js";

/** A worker thread that owns one SQLite connection and runs queued statements on it, in order. */
export interface SqlWorker {
  /**
   * Queues a batch: each element is one file's statements, flat — a statement's number, then its
   * parameters. Resolves once few enough batches are waiting (back-pressure).
   */
  send(batch: SqlValue[][]): Promise<void>;
  /** Runs `finish`, closes the connection and ends the thread; rejects with the first error. */
  close(): Promise<void>;
  /** Ends the thread without finishing (after a failure on this side). */
  abort(): Promise<void>;
}

export interface SqlWorkerOptions {
  /** The database file (the worker opens its own connection). */
  file: string;
  /** SQL run once before the first batch (pragmas, BEGIN…). */
  start: string;
  /** The statements batches refer to by number. */
  statements: readonly string[];
  /** SQL run after the last batch (COMMIT…). */
  finish: string;
}

/** Batches sent but not yet run; more makes the sender wait, bounding memory. */
const IN_FLIGHT = 4;

// Self-contained (no imports of ours), so it also runs from the bundled CLI. Statements come as SQL
// text with their parameter counts; a batch is run as it arrives, and every batch is answered.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { sqlite, file, start, statements, counts, finish } = workerData;
let db;
let prepared;
let failed = false;
parentPort.on("message", (batch) => {
  if (failed) return;
  try {
    if (!db) {
      const Sqlite = require(sqlite);
      db = new Sqlite(file);
      db.exec(start);
      prepared = statements.map((sql) => db.prepare(sql));
    }
    if (batch === null) {
      db.exec(finish);
      db.close();
      db = undefined;
      parentPort.postMessage({ done: true });
      return;
    }
    for (const ops of batch) {
      let i = 0;
      while (i < ops.length) {
        const n = ops[i++];
        const count = counts[n];
        prepared[n].run(ops.slice(i, i + count));
        i += count;
      }
    }
    parentPort.postMessage({ ran: batch.length });
  } catch (error) {
    failed = true;
    try {
      db?.close();
    } catch {}
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
`;

/**
 * Starts a SQLite writer thread: one core parses while the other writes. better-sqlite3 is loaded in
 * the thread from the path this module resolves, so it works from the bundled CLI too.
 */
export function startSqlWorker(options: SqlWorkerOptions): SqlWorker {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      sqlite: createRequire(import.meta.url).resolve("better-sqlite3"),
      file: options.file,
      start: options.start,
      statements: options.statements,
      counts: options.statements.map((sql) => sql.split("?").length - 1),
      finish: options.finish,
    },
  });
  let pending = 0;
  let done = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const settle = () => {
    wake?.();
    wake = undefined;
  };
  worker.on("message", (answer: { ran?: number; done?: boolean; error?: string }) => {
    if (answer.error !== undefined) failure ??= new Error(`index build: ${answer.error}`);
    if (answer.ran !== undefined) pending--;
    if (answer.done) done = true;
    settle();
  });
  worker.on("error", (error) => {
    failure ??= error;
    settle();
  });
  worker.on("exit", () => {
    failure ??= done ? undefined : new Error("index build: the writer thread stopped");
    settle();
  });
  const until = async (ready: () => boolean) => {
    while (!ready() && !failure) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) {
      await worker.terminate();
      throw failure;
    }
  };
  return {
    async send(batch) {
      if (failure) await until(() => true);
      pending++;
      worker.postMessage(batch);
      await until(() => pending < IN_FLIGHT);
    },
    async close() {
      worker.postMessage(null);
      await until(() => done);
      await worker.terminate();
    },
    async abort() {
      await worker.terminate();
    },
  };
}
