import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Every version of README.md in a git bundle (the seed's history), newest first, read from a
 * temporary clone that is removed before returning. Commits without README.md are left out.
 */
export function readSeedVersions(bundle: string): { rev: string; text: string }[] {
  const dir = mkdtempSync(path.join(tmpdir(), "llm-radar-seed-"));
  try {
    execFileSync("git", ["clone", "-q", bundle, dir], { stdio: "ignore" });
    const revs = execFileSync("git", ["-C", dir, "rev-list", "--all"], { encoding: "utf8" })
      .trim()
      .split("\n");
    const versions: { rev: string; text: string }[] = [];
    for (const rev of revs) {
      try {
        const text = execFileSync("git", ["-C", dir, "show", `${rev}:README.md`], {
          encoding: "utf8",
          stdio: "pipe",
        });
        versions.push({ rev, text });
      } catch {
        // this commit has no README.md
      }
    }
    return versions;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
