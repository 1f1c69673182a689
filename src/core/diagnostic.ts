/** One problem found in data, printed the way compilers do so editors can jump to it. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  /** Dotted field path inside the entry, e.g. `sizes.params.0`; empty for whole-file problems. */
  path: string;
  message: string;
  /** Stable rule id such as `schema/invalid_type` or `license/unknown`. */
  rule: string;
  severity: "error" | "warning" | "info";
}

/** `catalog/models/x.yaml:7:10  license  unknown licence "llama3 "  [license/unknown]` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  const path = d.path ? `  ${d.path}` : "";
  return `${where}${path}  ${d.severity === "error" ? "" : `${d.severity}: `}${d.message}  [${d.rule}]`;
}

export function countErrors(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.severity === "error").length;
}
