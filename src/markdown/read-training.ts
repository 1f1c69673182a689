import type { License, Link, Model, WithId } from "../core/index.js";
import type { Anomaly } from "./import-types.js";
import { parseInline } from "./parse-inline.js";
import { resolveLicense } from "./resolve-license.js";
import { toLink } from "./to-link.js";

const EMPTY = /^(|-|–|—|\?|n\/a)$/i;

/**
 * Reads the pretraining/base and finetuning cells: text as written, a leading token count (`14.8T`),
 * their links, and methods from misc. A licence in the pretraining column is reported.
 */
export function readTraining(
  pretraining: string,
  finetuning: string,
  methods: string[],
  licenses: readonly WithId<License>[],
  report: (kind: string, severity: Anomaly["severity"], message: string) => void,
  links: Link[],
): Model["training"] {
  const pre = parseInline(pretraining);
  const fine = parseInline(finetuning);
  const training: NonNullable<Model["training"]> = {};
  if (!EMPTY.test(pre.text)) {
    training.pretraining = pre.text;
    const tokens = /^(\d+(?:\.\d+)?)\s*([TB])\b/i.exec(pre.text);
    if (tokens) training.tokens = Number(tokens[1]) * (tokens[2]!.toUpperCase() === "T" ? 1e12 : 1e9);
    if (resolveLicense(pre, licenses) && !/^(llama|qwen|gemma|none)/i.test(pre.text)) {
      report(
        "column/license-in-pretraining",
        "warning",
        `licence-like "${pre.text}" in the pretraining column`,
      );
    }
  }
  if (!EMPTY.test(fine.text)) training.finetuning = fine.text;
  for (const l of [...pre.links, ...fine.links]) {
    if (l.url && !links.some((x) => x.url === l.url)) links.push(toLink(l.url, l.label).link);
  }
  if (methods.length > 0) training.methods = methods;
  return Object.keys(training).length > 0 ? training : undefined;
}
