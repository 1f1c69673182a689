import type { Section, SectionKind } from "../core/index.js";
import type { ListBullet } from "./list-parts.js";

/**
 * What bullets under a heading list: the section's kind, or — inside a model section — what a `###`
 * heading such as "Lists of dataset (medical)" names (older versions of the list keep datasets there).
 * Undefined means the bullets are remarks, not entries.
 */
export function resourceKind(section: Section, group: string | undefined): SectionKind | undefined {
  if (section.kind !== "models") return section.kind;
  if (/leaderboard/i.test(group ?? "")) return "leaderboards";
  if (/benchmark/i.test(group ?? "")) return "benchmarks";
  if (/data ?set/i.test(group ?? "")) return "datasets";
  return undefined;
}

/** A bullet named "… Leaderboard" is a leaderboard; under a "… benchmarks" label in a dataset list, a benchmark. */
export function bulletKind(
  kind: SectionKind,
  subgroup: string | undefined,
  text: string,
): ListBullet["kind"] {
  if (kind === "models") return "benchmarks";
  if (/leaderboard/i.test(text.split(/[,:]/)[0] ?? "")) return "leaderboards";
  if (kind === "datasets" && subgroup && /benchmark/i.test(subgroup)) return "benchmarks";
  return kind;
}
