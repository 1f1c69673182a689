import { UsageError } from "../core/index.js";
import { runGit } from "./run-git.js";

// Tried in order when HEAD is unborn, e.g. in a clone of a bundle whose HEAD names no branch.
const FALLBACKS = [
  "refs/remotes/origin/HEAD",
  "refs/heads/main",
  "refs/heads/master",
  "refs/remotes/origin/main",
  "refs/remotes/origin/master",
];

/**
 * Resolves the revision to replay to a commit id. Without an explicit `rev`, HEAD is used; when HEAD
 * does not point at a commit, the usual default branches are tried, then the repository's only branch.
 * Throws UsageError when the folder is not a repository or nothing fits (pass an explicit revision).
 */
export async function resolveRevision(repo: string, rev?: string): Promise<{ rev: string; commit: string }> {
  if (rev !== undefined) {
    const commit = await verify(repo, rev);
    if (commit) return { rev, commit };
    throw new UsageError(`revision "${rev}" is not a commit in ${repo}`, "--rev");
  }
  const head = await verify(repo, "HEAD");
  if (head) return { rev: "HEAD", commit: head };
  // Asked all at once (one git process each), taken in order.
  const commits = await Promise.all(FALLBACKS.map((candidate) => verify(repo, candidate)));
  const found = commits.findIndex(Boolean);
  if (found >= 0) return { rev: FALLBACKS[found]!, commit: commits[found]! };
  let listing: string;
  try {
    listing = await runGit(repo, ["for-each-ref", "--format=%(refname)", "refs/heads", "refs/remotes"]);
  } catch (error) {
    throw new UsageError(`${repo} is not a git repository (${(error as Error).message})`, "git-repo");
  }
  const refs = listing.split("\n").filter(Boolean);
  const only = refs.length === 1 ? refs[0] : undefined;
  if (only) {
    const commit = await verify(repo, only);
    if (commit) return { rev: only, commit };
  }
  throw new UsageError(
    refs.length === 0 ? `${repo} has no commits` : `HEAD of ${repo} is not a commit; pass --rev`,
    "--rev",
    refs,
  );
}

async function verify(repo: string, rev: string): Promise<string | undefined> {
  try {
    return (await runGit(repo, ["rev-parse", "--verify", "--quiet", `${rev}^{commit}`])).trim() || undefined;
  } catch {
    return undefined;
  }
}
