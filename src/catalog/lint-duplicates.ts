import type { Link } from "../core/index.js";
import type { LintContext } from "./lint-context.js";

/**
 * The same thing entered twice: two models (or two datasets/benchmarks) with the same Hugging Face
 * repo, or with the same normalised name and date. A shared collection is only a warning, since a
 * collection often covers several entries. Licence aliases that resolve to two licences are errors.
 */
export function lintDuplicates(ctx: LintContext): void {
  const { catalog } = ctx;
  const byRepo = new Map<string, { key: string; at: PropertyKey[] }[]>();
  const byName = new Map<string, string[]>();
  for (const kind of ["models", "benchmarks", "datasets"] as const) {
    for (const entry of catalog[kind] as { id: string; name: string; links: Link[]; released?: string }[]) {
      const key = `${kind}/${entry.id}`;
      const repos = new Set<string>();
      entry.links.forEach((link, i) => {
        if (!link.hf || link.hf.type === "org" || link.hf.type === "space") return;
        const repo = `${kind}:${link.hf.type}:${link.hf.id.toLowerCase()}`;
        if (repos.has(repo)) return;
        repos.add(repo);
        push(byRepo, repo, { key, at: ["links", i, "url"] });
      });
      push(byName, `${kind}:${normalizeName(entry.name)}@${entry.released ?? ""}`, key);
    }
  }
  for (const [repo, places] of byRepo) {
    if (places.length < 2) continue;
    const [, type, id] = repo.split(":");
    const severity = type === "collection" ? "warning" : "error";
    for (const place of places) {
      const others = places.filter((p) => p !== place).map((p) => ctx.fileOf(p.key));
      ctx.report(
        place.key,
        place.at,
        `Hugging Face ${type} "${id}" is also linked from ${others.join(", ")}`,
        `duplicate/hf-${type}`,
        severity,
      );
    }
  }
  for (const keys of byName.values()) {
    if (keys.length < 2) continue;
    for (const key of keys) {
      const others = keys.filter((k) => k !== key).map((k) => ctx.fileOf(k));
      // Benchmarks and datasets carry no date, so a shared name is a hint, not proof.
      const dated = key.startsWith("models/");
      const what = dated ? "same name and release date" : "same name";
      ctx.report(
        key,
        ["name"],
        `${what} as ${others.join(", ")}`,
        "duplicate/name",
        dated ? "error" : "warning",
      );
    }
  }
  lintAliasCollisions(ctx);
}

// --- helpers ---

function lintAliasCollisions(ctx: LintContext): void {
  const owner = new Map<string, string>();
  for (const license of ctx.catalog.licenses) {
    const spellings = [license.id, ...license.aliases];
    spellings.forEach((alias, i) => {
      const k = alias
        .normalize("NFKC")
        .toLowerCase()
        .replace(/[\s\-_]+/g, "");
      const first = owner.get(k);
      if (first !== undefined && first !== license.id) {
        ctx.report(
          `licenses/${license.id}`,
          i === 0 ? [] : ["aliases", i - 1],
          `"${alias}" also names licence "${first}"; a spelling must resolve to one licence`,
          "license/ambiguous-alias",
        );
      } else owner.set(k, license.id);
    });
  }
}

/** `Qwen 2.5 (Alibaba)` and `qwen2.5(alibaba)` compare equal. */
function normalizeName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
