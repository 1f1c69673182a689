import { closestMatches } from "../core/index.js";
import type { LintContext } from "./lint-context.js";

/**
 * Ids that must point at something: licences (with "did you mean", and aliases written instead of the
 * id), sections, base models, score benchmarks, news subjects, and leaderboard ↔ benchmark links.
 */
export function lintReferences(ctx: LintContext): void {
  const { catalog } = ctx;
  const ids = {
    models: new Set(catalog.models.map((m) => m.id)),
    evaluations: new Set([...catalog.benchmarks, ...catalog.datasets].map((e) => e.id)),
    leaderboards: new Set(catalog.leaderboards.map((l) => l.id)),
  };
  const checkLicense = licenseChecker(ctx);
  const checkSections = sectionChecker(ctx);

  for (const model of catalog.models) {
    const key = `models/${model.id}`;
    checkLicense(key, model.license);
    checkSections(key, model.sections, "models");
    model.base_models.forEach((base, i) => {
      if (base === model.id)
        ctx.report(key, ["base_models", i], "a model cannot be its own base", "ref/self");
      else if (!ids.models.has(base)) dangling(ctx, key, ["base_models", i], "base model", base, ids.models);
    });
    model.scores.forEach((score, i) => {
      if (!ids.evaluations.has(score.benchmark)) {
        dangling(ctx, key, ["scores", i, "benchmark"], "benchmark", score.benchmark, ids.evaluations);
      }
    });
  }
  for (const kind of ["benchmarks", "datasets"] as const) {
    for (const entry of catalog[kind]) {
      const key = `${kind}/${entry.id}`;
      checkLicense(key, entry.license);
      checkSections(key, entry.sections, kind);
      entry.leaderboards.forEach((id, i) => {
        if (!ids.leaderboards.has(id))
          dangling(ctx, key, ["leaderboards", i], "leaderboard", id, ids.leaderboards);
      });
    }
  }
  for (const board of catalog.leaderboards) {
    const key = `leaderboards/${board.id}`;
    checkSections(key, board.sections, "leaderboards");
    board.benchmarks.forEach((id, i) => {
      if (!ids.evaluations.has(id)) dangling(ctx, key, ["benchmarks", i], "benchmark", id, ids.evaluations);
    });
  }
  for (const item of catalog.news) {
    item.models.forEach((id, i) => {
      if (!ids.models.has(id)) dangling(ctx, `news/${item.id}`, ["models", i], "model", id, ids.models);
    });
  }
}

// --- helpers ---

function dangling(
  ctx: LintContext,
  key: string,
  fieldPath: PropertyKey[],
  what: string,
  id: string,
  known: Set<string>,
): void {
  const hint = suggestion(id, known);
  ctx.report(key, fieldPath, `unknown ${what} id "${id}"${hint}`, "ref/dangling");
}

function licenseChecker(ctx: LintContext) {
  const byId = new Set(ctx.catalog.licenses.map((l) => l.id));
  // Alias spellings compared like the importer does: case, spaces, hyphens and underscores ignored.
  const byAlias = new Map<string, string>();
  for (const license of ctx.catalog.licenses) {
    for (const alias of [license.name, license.spdx ?? "", ...license.aliases]) {
      if (alias) byAlias.set(aliasKey(alias), license.id);
    }
  }
  const known = [...byId, ...ctx.catalog.licenses.flatMap((l) => l.aliases)];
  return (key: string, license: string | undefined) => {
    if (license === undefined || byId.has(license)) return;
    const target = byAlias.get(aliasKey(license));
    if (target) {
      ctx.report(
        key,
        ["license"],
        `licence "${license}" is an alias; write the id "${target}"`,
        "license/alias",
      );
      return;
    }
    const hint = suggestion(license, known, (s) => byAlias.get(aliasKey(s)) ?? s);
    ctx.report(key, ["license"], `unknown licence "${license}"${hint}`, "license/unknown");
  };
}

function sectionChecker(ctx: LintContext) {
  const sections = new Map(ctx.catalog.sections.map((s) => [s.id, s]));
  return (key: string, ids: readonly string[], kind: string) => {
    ids.forEach((id, i) => {
      const section = sections.get(id);
      if (!section) {
        const hint = suggestion(id, sections.keys());
        ctx.report(key, ["sections", i], `unknown section "${id}"${hint}`, "section/unknown");
      } else if ((section.kind === "models") !== (kind === "models")) {
        // Benchmarks, datasets and leaderboards share sections in lists; only models vs the rest is wrong.
        ctx.report(
          key,
          ["sections", i],
          `section "${id}" lists ${section.kind}, not ${kind}`,
          "section/kind",
          "warning",
        );
      }
    });
  };
}

function suggestion(input: string, known: Iterable<string>, toId: (s: string) => string = (s) => s): string {
  const matches = [...new Set(closestMatches(input, known).map(toId))];
  return matches.length > 0 ? ` (did you mean ${matches.map((m) => `"${m}"`).join(", ")}?)` : "";
}

function aliasKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_]+/g, "");
}
