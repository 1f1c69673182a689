import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { workerChannel } from "./worker-channel.js";

// Answers each number n, 10 ms later, with { got: n }; "fail" with an error answer; "exit" stops the thread.
const SOURCE = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", (m) => {
  if (m === "fail") parentPort.postMessage({ error: "disk full" });
  else if (m === "exit") process.exit(0);
  else setTimeout(() => parentPort.postMessage({ got: m }), 10);
});
`;
const start = () => new Worker(SOURCE, { eval: true });

describe("workerChannel", () => {
  it("waits while `limit` messages are unanswered and sees every answer, in order", async () => {
    const got: number[] = [];
    const channel = workerChannel<{ got?: number; error?: string }>(start(), {
      limit: 2,
      label: "test",
      onAnswer: (a) => got.push(a.got as number),
    });
    const unanswered: number[] = [];
    for (let n = 1; n <= 5; n++) {
      await channel.post(n);
      unanswered.push(n - got.length);
    }
    // Each post returns only once fewer than 2 messages are outstanding (without the wait: 1, 2, 3, 4, 5).
    expect(Math.max(...unanswered)).toBe(1);
    await channel.drain();
    expect(got).toEqual([1, 2, 3, 4, 5]);
    await channel.terminate();
  });

  it("throws an error answer, with its label, from the next call", async () => {
    const channel = workerChannel(start(), { limit: 4, label: "static build: writing failed" });
    await channel.post("fail");
    await expect(channel.drain()).rejects.toThrow("static build: writing failed: disk full");
    await expect(channel.post(1)).rejects.toThrow("disk full");
  });

  it("throws when the thread stops with messages unanswered", async () => {
    const channel = workerChannel(start(), { limit: 4, label: "index build" });
    await channel.post("exit");
    await expect(channel.drain()).rejects.toThrow("index build: the worker thread stopped");
  });
});
