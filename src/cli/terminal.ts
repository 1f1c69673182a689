/** How stdout should be styled: colour only on a TTY and never with NO_COLOR (https://no-color.org). */
export interface Terminal {
  color: boolean;
  /** Width in cells; undefined when not a TTY and COLUMNS is unset (pipes get full lines). */
  width: number | undefined;
  bold(text: string): string;
  dim(text: string): string;
}

export function terminal(
  stream: NodeJS.WriteStream = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): Terminal {
  const color = Boolean(stream.isTTY) && !("NO_COLOR" in env && env.NO_COLOR !== "");
  const columns = Number(env.COLUMNS);
  const width =
    stream.isTTY && stream.columns
      ? stream.columns
      : Number.isFinite(columns) && columns > 0
        ? columns
        : undefined;
  const wrap = (open: number, close: number) => (text: string) =>
    color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { color, width, bold: wrap(1, 22), dim: wrap(2, 22) };
}
