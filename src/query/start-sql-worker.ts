import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { workerChannel } from "../core/index.js";
import type { SqlValue } from "./index-statements.js";

/** A worker thread that owns one SQLite connection and runs queued statements on it, in order. */
export interface SqlWorker {
  /**
   * Queues the statements added to `batch` and empties it. Resolves once few enough batches are
   * waiting (back-pressure).
   */
  send(batch: SqlBatch): Promise<void>;
  /** Queues SQL to run after the batches sent so far (same back-pressure as send). */
  exec(sql: string): Promise<void>;
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
  /**
   * Let the SQL write FTS5 shadow tables: better-sqlite3's unsafe mode lifts SQLite's defensive flag.
   * Only for a file nobody else has open.
   */
  unsafe?: boolean;
}

/** Batches sent but not yet run; more makes the sender wait, bounding memory. */
const IN_FLIGHT = 4;
/** Strings this long or longer travel as UTF-8 bytes. */
const LONG_STRING = 64;

/** What a batch is sent as: flat statement lists, and long strings' bytes (transferred, not copied). */
interface BatchMessage {
  /** Per file: a statement's number, then its parameters (undefined: the next long string). */
  files: (SqlValue | undefined)[][];
  bytes: Uint8Array;
  /** Byte length of each long string, in order. */
  lengths: number[];
}

/**
 * Statements for a SqlWorker, one flat array per file (a statement's number, then its parameters):
 * flat arrays are cheap to pass between threads, nested ones cost ten times more. Long strings
 * (JSON, search text) are written into one buffer that moves to the worker without a copy; cloning
 * them costs the sending thread about 4 ns per byte.
 */
export class SqlBatch {
  private files: (SqlValue | undefined)[][] = [];
  private bytes = Buffer.allocUnsafeSlow(1 << 20);
  private used = 0;
  private lengths: number[] = [];

  /** Files added since the last send. */
  get size(): number {
    return this.files.length;
  }

  /** Adds one file's statements (the array is taken over). */
  add(ops: SqlValue[]): void {
    const out = ops as (SqlValue | undefined)[];
    for (let i = 0; i < out.length; i++) {
      const value = out[i];
      if (typeof value !== "string" || value.length < LONG_STRING) continue;
      if (this.used + value.length * 3 > this.bytes.length) this.grow(value.length * 3);
      const n = this.bytes.write(value, this.used, "utf8");
      this.used += n;
      this.lengths.push(n);
      out[i] = undefined;
    }
    this.files.push(out);
  }

  /** The message to send, leaving the batch empty. */
  take(): BatchMessage {
    const message = { files: this.files, bytes: this.bytes.subarray(0, this.used), lengths: this.lengths };
    this.files = [];
    this.bytes = Buffer.allocUnsafeSlow(this.bytes.length);
    this.used = 0;
    this.lengths = [];
    return message;
  }

  private grow(more: number): void {
    const bytes = Buffer.allocUnsafeSlow(Math.max(this.bytes.length * 2, this.used + more));
    this.bytes.copy(bytes, 0, 0, this.used);
    this.bytes = bytes;
  }
}

// Self-contained (no imports of ours), so it also runs from the bundled CLI. Statements come as SQL
// text with their parameter counts; a batch (or { sql }) is run as it arrives, and each is answered.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { sqlite, file, start, statements, counts, finish, unsafe } = workerData;
let db;
let prepared;
let failed = false;
parentPort.on("message", (batch) => {
  if (failed) return;
  try {
    if (!db) {
      const Sqlite = require(sqlite);
      db = new Sqlite(file);
      if (unsafe) db.unsafeMode(true);
      db.exec(start);
      prepared = statements.map((sql) => db.prepare(sql));
    }
    if (batch === null) {
      db.exec(finish);
      db.close();
      db = undefined;
      parentPort.postMessage({});
      return;
    }
    if (batch.sql !== undefined) {
      db.exec(batch.sql);
      parentPort.postMessage({});
      return;
    }
    const bytes = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
    const lengths = batch.lengths;
    let at = 0;
    let k = 0;
    for (const ops of batch.files) {
      let i = 0;
      while (i < ops.length) {
        const n = ops[i++];
        const count = counts[n];
        const params = ops.slice(i, i + count);
        for (let j = 0; j < count; j++) {
          if (params[j] === undefined) {
            const end = at + lengths[k++];
            params[j] = bytes.toString("utf8", at, end);
            at = end;
          }
        }
        prepared[n].run(params);
        i += count;
      }
    }
    parentPort.postMessage({});
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
      unsafe: options.unsafe === true,
    },
  });
  const channel = workerChannel(worker, { limit: IN_FLIGHT, label: "index build" });
  return {
    async send(batch) {
      const message = batch.take();
      await channel.post(message, [message.bytes.buffer as ArrayBuffer]);
    },
    exec: (sql) => channel.post({ sql }),
    async close() {
      await channel.post(null);
      await channel.drain();
      await channel.terminate();
    },
    abort: () => channel.terminate(),
  };
}
