import { spawn } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const BIN = path.join(ROOT, "bin", "llm-radar.js");

/**
 * Runs the built CLI asynchronously (a synchronous spawn would block the in-process fake Hub), with
 * `HF_TOKEN`/`HF_ENDPOINT` cleared unless given. `onSpawn` receives a SIGKILL switch.
 */
export function runCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; onSpawn?: (kill: () => void) => void } = {},
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, HF_TOKEN: "", HF_ENDPOINT: "", NO_COLOR: "1", ...options.env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  options.onSpawn?.(() => child.kill("SIGKILL"));
  return new Promise((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}
