import { runGit } from "./run-git.js";

/** One commit that touched the file, oldest first in `listFileVersions`' result. */
export interface FileVersion {
  commit: string;
  /** Author date as ISO 8601 with the author's own offset, e.g. `2025-04-29T20:24:03+09:00`. */
  date: string;
  author: string;
  subject: string;
  /** Path of the file at this commit (it changes when the file was renamed). */
  path: string;
  /** Blob id of the file's content; undefined when the commit deleted the file. */
  blob: string | undefined;
}

const ZERO_ID = /^0+$/;

/**
 * Lists the commits that touched `file` along the first-parent line of `rev`, oldest first, following
 * renames of the file (`git log --follow`). Blob ids come from the same call (`--raw`), so contents
 * can be read with `git cat-file --batch` without checking anything out.
 *
 * @example await listFileVersions("/path/to/repo", "README.md")
 */
export async function listFileVersions(repo: string, file: string, rev = "HEAD"): Promise<FileVersion[]> {
  // -z keeps paths unquoted; \x1e starts each commit and \x1f separates header fields.
  const out = await runGit(repo, [
    "log",
    "--first-parent",
    "--follow",
    "-M",
    "--raw",
    "--no-abbrev",
    "-z",
    "--format=%x1e%H%x1f%aI%x1f%an%x1f%s",
    rev,
    "--",
    file,
  ]);
  const versions: FileVersion[] = [];
  for (const record of out.split("\x1e")) {
    if (!record) continue;
    const version = parseRecord(record);
    if (version) versions.push(version);
  }
  return versions.reverse();
}

// --- helpers ---

function parseRecord(record: string): FileVersion | undefined {
  const headerEnd = record.indexOf("\0");
  const header = headerEnd < 0 ? record : record.slice(0, headerEnd);
  const [commit = "", date = "", author = "", ...subject] = header.split("\x1f");
  const tokens = headerEnd < 0 ? [] : record.slice(headerEnd + 1).split("\0");
  // Raw lines: ":<mode> <mode> <old> <new> <status>", then one path (two for renames and copies).
  for (let i = 0; i < tokens.length; i++) {
    const meta = tokens[i]?.trim() ?? "";
    if (!meta.startsWith(":")) continue;
    const [, , , newBlob = "", status = ""] = meta.slice(1).split(" ");
    const twoPaths = status.startsWith("R") || status.startsWith("C");
    const path = tokens[i + (twoPaths ? 2 : 1)] ?? "";
    return {
      commit,
      date,
      author,
      subject: subject.join("\x1f"),
      path,
      blob: status.startsWith("D") || ZERO_ID.test(newBlob) ? undefined : newBlob,
    };
  }
  return undefined;
}
