import { stripControl } from "./display-width.js";
import type { HubCliOptions } from "./hub-options.js";
import { createProgressBar } from "./progress-bar.js";

/** `llm-radar discover`: runs discovery and prints what was proposed, attached and skipped. */
export async function runDiscover(
  dir: string,
  options: { since?: unknown; author?: unknown; dryRun?: unknown; json?: unknown },
  hub: HubCliOptions,
): Promise<void> {
  const { discoverFromHub } = await import("../hub/index.js");
  const bar = createProgressBar();
  const report = await discoverFromHub(dir, {
    ...hub,
    since: options.since ? new Date(options.since as string).toISOString() : undefined,
    authors: options.author as string[] | undefined,
    dryRun: Boolean(options.dryRun),
    onProgress: (p) => bar.update("authors", p.done, p.total, `${p.requests} requests`),
  });
  bar.stop();
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const c of report.candidates) {
      process.stdout.write(
        `${options.dryRun ? "would propose" : "proposed"} ${c.id}  ${c.name} (${c.author}, ${c.repos} repos)  ${c.file}\n`,
      );
    }
    for (const a of report.attached) process.stderr.write(`attached ${a.repo} → ${a.to} (${a.reason})\n`);
    for (const a of report.authors)
      if (a.error) process.stderr.write(`failed: ${a.author}: ${stripControl(a.error)}\n`);
    const scanned = report.authors.reduce((n, a) => n + a.scanned, 0);
    process.stderr.write(
      `${report.authors.length} authors, ${scanned} new repos, ${report.candidates.length} candidates, ${report.attached.length} attached, ${report.skipped.length} skipped; ${report.requests} requests, ${(report.duration_ms / 1000).toFixed(1)} s\n`,
    );
  }
  process.exitCode = report.authors.some((a) => a.error) ? 1 : 0;
}
