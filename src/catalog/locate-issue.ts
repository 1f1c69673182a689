import { type Document, isCollection, isMap, isSeq, type LineCounter, type Node } from "yaml";
import type { Diagnostic } from "../core/index.js";

/**
 * Finds the line and column of a field path in a parsed YAML document, falling back to the nearest
 * ancestor that exists (a missing key points at its parent map).
 */
export function locatePath(
  doc: Document,
  lineCounter: LineCounter,
  fieldPath: readonly PropertyKey[],
  atKey = false,
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let best = rangeStart(node);
  for (const key of fieldPath) {
    if (!isCollection(node)) break;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => String((item.key as Node | null)?.toJSON?.() ?? item.key) === String(key),
      );
      if (!pair) break;
      // Point at the value when it has a range; otherwise at the key.
      next = pair.value ?? pair.key;
      best = (atKey ? undefined : rangeStart(pair.value)) ?? rangeStart(pair.key) ?? best;
    } else if (isSeq(node)) {
      next = node.items[Number(key)];
      best = rangeStart(next) ?? best;
    }
    node = next;
  }
  const offset = best ?? 0;
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

export function diagnosticAt(
  file: string,
  doc: Document,
  lineCounter: LineCounter,
  fieldPath: readonly PropertyKey[],
  message: string,
  rule: string,
  severity: Diagnostic["severity"] = "error",
  atKey = false,
): Diagnostic {
  const { line, column } = locatePath(doc, lineCounter, fieldPath, atKey);
  return { file, line, column, path: fieldPath.map(String).join("."), message, rule, severity };
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range?.[0];
}

/** Finds positions of field paths in one parsed file; kept per file so lints can point at fields. */
export interface Locator {
  file: string;
  /** Line and column of a field path (the value, or the key with `atKey`); nearest ancestor if absent. */
  locate(fieldPath: readonly PropertyKey[], atKey?: boolean): { line: number; column: number };
  /** A diagnostic positioned at a field path. */
  diagnostic(
    fieldPath: readonly PropertyKey[],
    message: string,
    rule: string,
    severity?: Diagnostic["severity"],
  ): Diagnostic;
}

export function createLocator(file: string, doc: Document, lineCounter: LineCounter): Locator {
  return {
    file,
    locate: (fieldPath, atKey = false) => locatePath(doc, lineCounter, fieldPath, atKey),
    diagnostic: (fieldPath, message, rule, severity = "error") =>
      diagnosticAt(file, doc, lineCounter, fieldPath, message, rule, severity),
  };
}
