/** A one-line progress bar on stderr, drawn only on a TTY (pipes and CI logs stay clean). */
export interface ProgressBar {
  update(label: string, done: number, total: number, extra?: string): void;
  /** Clears the line. */
  stop(): void;
}

export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  let last = 0;
  return {
    update(label, done, total, extra = "") {
      const now = Date.now();
      if (now - last < 80 && done < total) return;
      last = now;
      const width = 24;
      const filled = total > 0 ? Math.round((done / total) * width) : 0;
      const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
      const line = `${label.padEnd(12)} ${bar} ${done}/${total}${extra ? `  ${extra}` : ""}`;
      stream.write(`\r\u001b[2K${line.slice(0, (stream.columns ?? 80) - 1)}`);
    },
    stop() {
      stream.write("\r\u001b[2K");
    },
  };
}
