import { spawn } from "node:child_process";

/**
 * Runs one git command in `repo` and resolves with its stdout (UTF-8). Git is spawned directly, never
 * through a shell, so paths and revisions need no quoting. A failure rejects with git's stderr.
 */
export function runGit(repo: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["-C", repo, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) => reject(new Error(`cannot run git: ${error.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
      else {
        const message = Buffer.concat(err).toString("utf8").trim() || `exit code ${code}`;
        reject(new Error(`git ${args[0]} failed in ${repo}: ${message}`));
      }
    });
  });
}
