import { CODE_LABELS, type CodeKind } from "../core/index.js";
import type { Lang } from "./lang.js";

export type { CodeKind } from "../core/index.js";

/** A code in the UI language (`mcq` → "multiple choice" / "多肢選択"); one without a label stays as it is. */
export function codeLabel(kind: CodeKind, code: string, lang: Lang): string {
  return Object.hasOwn(CODE_LABELS[lang][kind], code) ? CODE_LABELS[lang][kind][code]! : code;
}

/** Each code of a list in the UI language, joined for a table cell or a field. */
export function codeLabels(kind: CodeKind, codes: readonly string[], lang: Lang): string {
  return codes.map((code) => codeLabel(kind, code, lang)).join(", ");
}
