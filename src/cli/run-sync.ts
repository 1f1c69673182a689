import { formatDiagnostic } from "../core/index.js";
import { stripControl } from "./display-width.js";
import type { HubCliOptions } from "./hub-options.js";
import { createProgressBar } from "./progress-bar.js";

/** `llm-radar sync`: runs the sync, then prints findings (stderr) and a summary or the JSON report (stdout). */
export async function runSync(
  dir: string,
  options: { offline?: unknown; apply?: unknown; refresh?: unknown; json?: unknown },
  hub: HubCliOptions,
): Promise<void> {
  const { findingDiagnostic, syncFromHub } = await import("../hub/index.js");
  const bar = createProgressBar();
  const report = await syncFromHub(dir, {
    ...hub,
    offline: Boolean(options.offline),
    apply: Boolean(options.apply),
    refresh: Boolean(options.refresh),
    onProgress: (p) => bar.update(p.phase, p.done, p.total, `${p.requests} requests`),
  });
  bar.stop();
  const diagnostics = await Promise.all(report.findings.map((f) => findingDiagnostic(dir, f)));
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ...report, diagnostics }, null, 2)}\n`);
  } else {
    // Messages quote Hub text (licence tags, error bodies): no terminal control characters get through.
    for (const d of diagnostics) process.stderr.write(`${stripControl(formatDiagnostic(d))}\n`);
    for (const a of report.applied)
      process.stderr.write(
        `applied: ${a.kind}/${a.id} ${a.field}: ${JSON.stringify(a.from)} → ${JSON.stringify(a.to)}\n`,
      );
    for (const e of report.fetch?.errors ?? [])
      process.stderr.write(`failed: ${e.id}: ${stripControl(e.message)}\n`);
    process.stderr.write(`${summary(report)}\n`);
  }
  process.exitCode = (report.fetch?.errors.length ?? 0) > 0 ? 1 : 0;
}

function summary(report: Awaited<ReturnType<typeof import("../hub/index.js").syncFromHub>>): string {
  const parts = [
    report.offline
      ? `offline: compared with the snapshot of ${report.snapshot ?? "(none yet: run sync online first)"}`
      : `snapshot ${report.snapshot}${report.resumed ? " (resumed an interrupted run)" : ""}`,
    `${report.entries} entries, ${report.refs} Hub links`,
  ];
  if (report.fetch) {
    parts.push(
      `${report.fetch.written} facts written, ${report.fetch.skipped} already fresh`,
      `${report.requests} requests (${report.fetch.listings} listings, ${report.fetch.single} single repos, ${report.retries} retries)`,
    );
    if (report.fetch.errors.length > 0)
      parts.push(`${report.fetch.errors.length} failed (run again to retry them)`);
  }
  const bySeverity = (s: string) => report.findings.filter((f) => f.severity === s).length;
  parts.push(
    `findings: ${bySeverity("error")} errors, ${bySeverity("warning")} warnings, ${bySeverity("info")} notes`,
  );
  if (report.applied.length > 0)
    parts.push(`${report.applied.length} applied (${report.written.length} files)`);
  parts.push(`${(report.duration_ms / 1000).toFixed(1)} s`);
  return parts.join("; ");
}
