import type { Command } from "commander";
import { UsageError } from "../core/index.js";

/** Connection settings shared by `sync` and `discover`. */
export interface HubCliOptions {
  hubUrl: string;
  token?: string;
  concurrency: number;
  timeoutMs: number;
}

/** Adds `--hub-url`, `--concurrency` and `--timeout`; the token is read from `HF_TOKEN` only (never argv). */
export function addHubOptions(command: Command): Command {
  return command
    .option("--hub-url <url>", "Hub base URL (default: $HF_ENDPOINT or https://huggingface.co)")
    .option("--concurrency <n>", "requests in flight at once", "4")
    .option("--timeout <seconds>", "per-request timeout", "30");
}

export function hubOptions(
  options: { hubUrl?: string; concurrency?: string; timeout?: string },
  env: NodeJS.ProcessEnv = process.env,
): HubCliOptions {
  const hubUrl = (options.hubUrl || env.HF_ENDPOINT || "https://huggingface.co").replace(/\/+$/, "");
  try {
    const url = new URL(hubUrl);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error();
  } catch {
    throw new UsageError(`--hub-url: not an http(s) URL: ${JSON.stringify(hubUrl)}`, "--hub-url");
  }
  return {
    hubUrl,
    token: env.HF_TOKEN || undefined,
    concurrency: positive(options.concurrency ?? "4", "--concurrency", 32),
    timeoutMs: positive(options.timeout ?? "30", "--timeout", 600) * 1000,
  };
}

function positive(value: string, flag: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(
      `${flag}: expected a whole number from 1 to ${max}, got ${JSON.stringify(value)}`,
      flag,
    );
  return n;
}
