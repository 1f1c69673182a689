import type { TransferListItem, Worker } from "node:worker_threads";

/** A worker thread that answers every message once, fed with back-pressure. */
export interface WorkerChannel {
  /** Posts a message; waits while `limit` messages are unanswered. Throws the first failure. */
  post(message: unknown, transfer?: readonly TransferListItem[]): Promise<void>;
  /** Waits until every message is answered. Throws the first failure. */
  drain(): Promise<void>;
  terminate(): Promise<void>;
}

export interface WorkerChannelOptions<A> {
  /** Most unanswered messages before `post` waits (bounds the memory of queued work). */
  limit: number;
  /** Prefixes error messages, e.g. "static build". */
  label: string;
  /** Sees every answer that is not an error. */
  onAnswer?: (answer: A) => void;
}

/**
 * Drives `worker` (whose answers are objects, `{ error }` on failure): the first error answer, thread
 * error, or exit with messages unanswered becomes the error every later call throws, after the thread
 * is terminated. The static build's writer and the index build's SQLite writers use it.
 *
 * @example const channel = workerChannel(worker, { limit: 8, label: "static build" }); await channel.post(batch);
 */
export function workerChannel<A extends { error?: string }>(
  worker: Worker,
  options: WorkerChannelOptions<A>,
): WorkerChannel {
  let pending = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const settle = () => {
    wake?.();
    wake = undefined;
  };
  worker.on("message", (answer: A) => {
    pending--;
    if (answer.error !== undefined) failure ??= new Error(`${options.label}: ${answer.error}`);
    else options.onAnswer?.(answer);
    settle();
  });
  worker.on("error", (error) => {
    failure ??= error;
    settle();
  });
  worker.on("exit", () => {
    if (pending > 0) failure ??= new Error(`${options.label}: the worker thread stopped`);
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
    async post(message, transfer) {
      await until(() => true);
      pending++;
      worker.postMessage(message, transfer);
      await until(() => pending < options.limit);
    },
    drain: () => until(() => pending === 0),
    async terminate() {
      await worker.terminate();
    },
  };
}
