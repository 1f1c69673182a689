import { type ChildProcessByStdio, spawn } from "node:child_process";
import type { Readable, Writable } from "node:stream";

/** Reads objects from one long-lived `git cat-file --batch` process. */
export interface BlobReader {
  /** Resolves with the object's bytes, or undefined when git reports it missing. Calls may overlap. */
  read(id: string): Promise<Buffer | undefined>;
  /** Ends the child process; pending reads reject. */
  close(): Promise<void>;
}

interface Pending {
  id: string;
  resolve: (content: Buffer | undefined) => void;
  reject: (error: Error) => void;
}

/**
 * Starts `git cat-file --batch` in `repo`. Requests are answered in the order they were written, so a
 * FIFO of pending reads is matched against the stream of `<id> <type> <size>\n<bytes>\n` replies. One
 * process serves every version: spawning git per blob costs more than reading the blob.
 *
 * @example const reader = openBlobReader(repo); const text = (await reader.read(blobId))?.toString("utf8");
 */
export function openBlobReader(repo: string): BlobReader {
  const child: ChildProcessByStdio<Writable, Readable, Readable> = spawn(
    "git",
    ["-C", repo, "cat-file", "--batch"],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  const queue: Pending[] = [];
  let buffer: Buffer = Buffer.alloc(0);
  let stderr = "";
  let failure: Error | undefined;

  const fail = (error: Error) => {
    failure ??= error;
    for (const pending of queue.splice(0)) pending.reject(failure);
  };

  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  child.on("error", (error) => fail(new Error(`cannot run git cat-file: ${error.message}`)));
  child.on("close", (code) => fail(new Error(`git cat-file exited (${code ?? "signal"}) ${stderr.trim()}`)));
  child.stdin.on("error", (error) => fail(error));
  child.stdout.on("data", (chunk: Buffer) => {
    buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
    buffer = drain(buffer, queue);
  });

  return {
    read(id) {
      if (failure) return Promise.reject(failure);
      if (!/^[0-9a-f]{4,64}$/i.test(id)) return Promise.reject(new TypeError(`not an object id: ${id}`));
      return new Promise((resolve, reject) => {
        queue.push({ id, resolve, reject });
        child.stdin.write(`${id}\n`);
      });
    },
    close() {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("close", () => resolve());
        child.stdin.end();
      });
    },
  };
}

// --- helpers ---

/** Settles every complete reply at the head of `buffer`; returns the unconsumed rest. */
function drain(buffer: Buffer, queue: Pending[]): Buffer {
  let rest = buffer;
  while (queue.length > 0) {
    const newline = rest.indexOf(10);
    if (newline < 0) break;
    const header = rest.subarray(0, newline).toString("utf8");
    if (header.endsWith(" missing")) {
      queue.shift()?.resolve(undefined);
      rest = rest.subarray(newline + 1);
      continue;
    }
    const size = Number(header.split(" ")[2]);
    if (!Number.isInteger(size)) {
      queue.shift()?.reject(new Error(`unexpected reply from git cat-file: ${header}`));
      rest = rest.subarray(newline + 1);
      continue;
    }
    const end = newline + 1 + size;
    if (rest.length < end + 1) break; // the body and its trailing newline are not all here yet
    queue.shift()?.resolve(Buffer.from(rest.subarray(newline + 1, end)));
    rest = rest.subarray(end + 1);
  }
  return rest;
}
