// Shared by every benchmark: machine facts and writing one section of BENCHMARKS.md in place.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "BENCHMARKS.md");

/** nproc, CPU model (from /proc/cpuinfo), memory, Node version and the date, as one markdown line. */
export function machineInfo(): string {
  let cpu = os.cpus()[0]?.model ?? "unknown CPU";
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (match) cpu = match[1]!.trim();
  } catch {
    // not Linux: os.cpus() it is
  }
  const gib = (os.totalmem() / 2 ** 30).toFixed(1);
  const date = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  // The machine is shared: the load average says how much the numbers below were slowed by others.
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
  return `${os.availableParallelism()} CPUs (nproc), ${cpu}, ${gib} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}, load average ${load} (1/5/15 min) at the end of the run, measured ${date}`;
}

/**
 * Replaces the text between `<!-- bench:<id> -->` and `<!-- /bench:<id> -->` in BENCHMARKS.md (or
 * appends the section), leaving every other benchmark's section as it is.
 */
export function writeBenchmarkSection(id: string, markdown: string): void {
  const open = `<!-- bench:${id} -->`;
  const close = `<!-- /bench:${id} -->`;
  const block = `${open}\n${markdown.trim()}\n${close}`;
  const current = existsSync(FILE)
    ? readFileSync(FILE, "utf8")
    : "# Benchmarks\n\nMeasured numbers only; each section names its machine, date and the command that reproduces it.\n";
  const start = current.indexOf(open);
  const end = current.indexOf(close);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + block + current.slice(end + close.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, next);
}

/** The p-th percentile (0–100) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
