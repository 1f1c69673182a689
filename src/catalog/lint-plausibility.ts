import { formatParams, parseSizes, type Sizes } from "../core/index.js";
import type { LintContext } from "./lint-context.js";

/** Model release dates before this are implausible for a large language model (the Transformer is 2017). */
const EARLIEST = "2017-01";

/**
 * Facts that cannot be true: dates before 2017 or after today (models and news), and sizes whose
 * label does not read as the stored parameter counts.
 */
export function lintPlausibility(ctx: LintContext): void {
  for (const model of ctx.catalog.models) {
    const key = `models/${model.id}`;
    if (model.released) lintDate(ctx, key, ["released"], model.released, "release date");
    if (model.sizes) lintSizes(ctx, key, model.sizes);
  }
  for (const item of ctx.catalog.news) lintDate(ctx, `news/${item.id}`, ["date"], item.date, "news date");
}

// --- helpers ---

function lintDate(ctx: LintContext, key: string, at: PropertyKey[], date: string, what: string): void {
  if (date < EARLIEST) {
    ctx.report(key, at, `${what} ${date} is before ${EARLIEST}, implausible for an LLM`, "date/implausible");
  }
  // Compare at the date's own precision: `2025-11` is not in the future on 2025-11-20.
  if (date > ctx.today.slice(0, date.length)) {
    ctx.report(key, at, `${what} ${date} is in the future (today is ${ctx.today})`, "date/future");
  }
}

function lintSizes(ctx: LintContext, key: string, sizes: Sizes): void {
  const read = parseSizes(sizes.label);
  if (!read) {
    if (sizes.params.length > 0) {
      ctx.report(
        key,
        ["sizes", "label"],
        `size label "${sizes.label}" does not read as a size, but params are ${show(sizes.params)}`,
        "sizes/label",
      );
    }
    return;
  }
  if (!sameNumbers(read.params, sizes.params)) {
    ctx.report(
      key,
      ["sizes", "params"],
      `size label "${sizes.label}" reads as ${show(read.params)}, but params are ${show(sizes.params)}`,
      "sizes/mismatch",
    );
  }
  // An active count may come from another column (the list's `MoE(37B)` in misc); only a label that
  // states one must agree.
  if (read.active !== undefined && sizes.active !== undefined && !close(read.active, sizes.active)) {
    ctx.report(
      key,
      ["sizes", "active"],
      `size label "${sizes.label}" states ${formatParams(read.active)} active, but active is ${formatParams(sizes.active)}`,
      "sizes/mismatch",
    );
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => close(n, b[i]!));
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
}

function show(params: readonly number[]): string {
  return params.length === 0 ? "none" : `[${params.map(formatParams).join(", ")}]`;
}
