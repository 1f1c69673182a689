import { type Model, slugify, type WithId } from "../core/index.js";
import type { Anomaly } from "./import-types.js";
import { type ModelDraft, splitOrg } from "./read-model-row.js";
import type { BenchmarkResolver } from "./resolve-benchmark.js";

/**
 * Turns row drafts into model entries: a model listed in two sections becomes one entry with both
 * sections and one provenance record per line; two different models sharing a name stay two.
 * Then resolves base models and test names, and reports implausible dates.
 */
export function buildModels(
  drafts: readonly ModelDraft[],
  source: string,
  benchmarks: BenchmarkResolver,
  anomalies: Anomaly[],
): WithId<Model>[] {
  const models: WithId<Model>[] = [];
  const byKey = new Map<string, WithId<Model>[]>();
  const bases = new Map<WithId<Model>, { text: string; line: number }>();
  const taken = new Set<string>();
  for (const draft of drafts) {
    const { row, model } = draft;
    const provenance = {
      source,
      line: row.line,
      section: row.heading,
      ...(row.group ? { group: row.group } : {}),
      status: row.status,
      raw: row.cells,
    };
    const key = nameKey(model.name);
    const same = (byKey.get(key) ?? []).find((m) => isSameModel(m, model));
    if (same) {
      mergeInto(same, model, row.line, anomalies);
      same.provenance.push(provenance);
      continue;
    }
    const slug = slugify(model.name);
    let id = slug;
    if (taken.has(id) && model.released) id = `${slug}-${model.released}`;
    for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
    taken.add(id);
    const entry: WithId<Model> = { id, ...model, provenance: [provenance] };
    if ((byKey.get(key) ?? []).length > 0) {
      anomalies.push({
        kind: "duplicate/name",
        line: row.line,
        severity: "info",
        entry: id,
        message: `"${model.name}" shares its name with another model (different date and links); kept apart as "${id}"`,
      });
    }
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    models.push(entry);
    if (draft.base) bases.set(entry, { text: draft.base, line: row.line });
    entry.scores = entry.scores.map((score) => ({
      ...score,
      benchmark: benchmarks.resolve(score.benchmark, row, id),
    }));
    resolveTests(entry, draft, benchmarks);
  }
  resolveBases(byKey, bases, anomalies);
  return models;
}

/** Name comparison key: case, spaces, hyphens and underscores do not matter. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_]+/g, "");
}

// --- helpers ---

function hfIds(model: Model): string[] {
  return model.links.flatMap((l) => (l.hf ? [`${l.hf.type}:${l.hf.id}`] : []));
}

function isSameModel(a: Model, b: Model): boolean {
  const ha = hfIds(a);
  const hb = hfIds(b);
  if (ha.length > 0 && hb.length > 0 && ha.some((h) => hb.includes(h))) return true;
  if (a.released && b.released && a.released !== b.released) return false;
  return !(ha.length > 0 && hb.length > 0);
}

function mergeInto(target: WithId<Model>, other: Model, line: number, anomalies: Anomaly[]): void {
  for (const s of other.sections) if (!target.sections.includes(s)) target.sections.push(s);
  if (other.status === "listed") target.status = "listed";
  for (const l of other.links) if (!target.links.some((x) => x.url === l.url)) target.links.push(l);
  for (const t of other.tags) if (!target.tags.includes(t)) target.tags.push(t);
  for (const lang of other.languages) if (!target.languages.includes(lang)) target.languages.push(lang);
  if (other.availability !== "unknown" && target.availability === "unknown")
    target.availability = other.availability;
  target.corrections.push(...other.corrections);
  const differs: string[] = [];
  for (const field of ["released", "license", "org"] as const) {
    if (other[field] === undefined) continue;
    if (target[field] === undefined) target[field] = other[field];
    else if (target[field] !== other[field]) differs.push(`${field} ${target[field]} vs ${other[field]}`);
  }
  if (other.sizes && !target.sizes) target.sizes = other.sizes;
  else if (other.sizes && target.sizes && other.sizes.label !== target.sizes.label) {
    differs.push(`size ${target.sizes.label} vs ${other.sizes.label}`);
  }
  anomalies.push({
    kind: "duplicate/merged",
    line,
    severity: "info",
    entry: target.id,
    message: `"${other.name}" is listed again (sections ${target.sections.join(", ")}); merged into one entry${differs.length ? `; first listing kept for ${differs.join("; ")}` : ""}`,
  });
}

function resolveTests(entry: WithId<Model>, draft: ModelDraft, benchmarks: BenchmarkResolver): void {
  const notes: string[] = [];
  for (const test of draft.tests) {
    if (/^(rag|moe|multi-?modal)$/i.test(test)) {
      const tag = test.toLowerCase().replace("multi-modal", "multimodal");
      if (!entry.tags.includes(tag)) entry.tags.push(tag);
      continue;
    }
    if (test.split(/\s+/).length > 3) {
      notes.push(test);
      continue;
    }
    const id = benchmarks.resolve(test, draft.row, entry.id, entry.corrections);
    if (!entry.scores.some((s) => s.benchmark === id)) entry.scores.push({ benchmark: id });
  }
  if (notes.length > 0) {
    const text = [entry.notes?.en, `evaluated on ${notes.join(", ")}`].filter(Boolean).join("; ");
    entry.notes = { ...entry.notes, en: text };
  }
}

function resolveBases(
  byKey: ReadonlyMap<string, WithId<Model>[]>,
  bases: ReadonlyMap<WithId<Model>, { text: string; line: number }>,
  anomalies: Anomaly[],
): void {
  for (const [entry, { text, line }] of bases) {
    if (/^(none|-|\d+(\.\d+)?\s*[TBMK]\b)/i.test(text)) continue;
    const candidates = baseCandidates(text).map((c) => byKey.get(nameKey(c))?.[0]);
    const found = candidates.find((m) => m && m !== entry);
    // A row naming itself as its base ("Llama3.2 … llama3.2") says nothing more.
    if (!found && candidates[0] === entry) continue;
    if (found) {
      entry.base_models = [found.id];
      if (found.released && entry.released && found.released > entry.released) {
        anomalies.push({
          kind: "date/before-base",
          line,
          severity: "warning",
          entry: entry.id,
          message: `released ${entry.released}, before its base model ${found.id} (${found.released})`,
        });
      }
      continue;
    }
    anomalies.push({
      kind: "base/unresolved",
      line,
      severity: "info",
      entry: entry.id,
      message: `base "${text}" matches no model in the list; kept as text in training.pretraining`,
    });
  }
}

/** `Llama2-70Bベース` → `Llama2-70B`, `Llama2`; `based on Llama2` → `Llama2`. */
function baseCandidates(text: string): string[] {
  const core = splitOrg(text)
    .name.replace(/ベース$|base$/i, "")
    .replace(/^based on\s+/i, "")
    .split(",")[0]!
    .trim();
  const out = [core];
  const parts = core.split("-");
  while (parts.length > 1) {
    parts.pop();
    out.push(parts.join("-"));
  }
  return out;
}
