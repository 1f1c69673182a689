import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** One commit of a fixture repository: files to write (null deletes), renames, fixed author and date. */
export interface FixtureCommit {
  message: string;
  /** ISO date used for both author and committer date, so replays are reproducible. */
  date: string;
  author?: string;
  /** `[from, to]` pairs done with `git mv` before the files are written. */
  renames?: [string, string][];
  files?: Record<string, string | Buffer | null>;
}

/** A throwaway git repository in the system temp folder. */
export interface GitFixture {
  dir: string;
  commit(c: FixtureCommit): string;
  git(...args: string[]): string;
  cleanup(): Promise<void>;
}

/** Creates an empty repository (branch `main`) with identity and dates fixed per commit. */
export async function createGitFixture(): Promise<GitFixture> {
  const dir = await mkdtemp(path.join(tmpdir(), "llm-radar-history-"));
  const git = (env: NodeJS.ProcessEnv, ...args: string[]) =>
    execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", env: { ...process.env, ...env } });
  git({}, "init", "-q", "-b", "main");
  git({}, "config", "user.name", "Fixture");
  git({}, "config", "user.email", "fixture@example.org");
  git({}, "config", "commit.gpgsign", "false");
  return {
    dir,
    git: (...args) => git({}, ...args),
    commit(c) {
      for (const [from, to] of c.renames ?? []) {
        mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
        git({}, "mv", from, to);
      }
      for (const [file, content] of Object.entries(c.files ?? {})) {
        if (content === null) git({}, "rm", "-q", file);
        else {
          mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
          writeFileSync(path.join(dir, file), content);
          git({}, "add", file);
        }
      }
      const author = c.author ?? "Fixture";
      git(
        {
          GIT_AUTHOR_DATE: c.date,
          GIT_COMMITTER_DATE: c.date,
          GIT_AUTHOR_NAME: author,
          GIT_COMMITTER_NAME: author,
        },
        "commit",
        "-q",
        "--allow-empty",
        "-m",
        c.message,
      );
      return git({}, "rev-parse", "HEAD").trim();
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
