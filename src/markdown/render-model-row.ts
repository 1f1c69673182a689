import {
  type Catalog,
  formatListDate,
  formatParams,
  type Link,
  type Model,
  parseSizes,
  type Section,
  type WithId,
} from "../core/index.js";
import { escapeInline, markdownLink } from "./escape-markdown.js";
import { readMisc } from "./read-misc.js";
import { columnField } from "./read-model-row.js";
import { pickLang, type ReadmeLang } from "./readme-strings.js";

type Field = NonNullable<ReturnType<typeof columnField>>;

/**
 * Misc words the importer reads as each tag. The first six become the tag and nothing else; the last
 * two also become a note, which only happens for curated entries (imported ones have the note).
 */
const TAG_WORDS: Record<string, string> = {
  moe: "MoE",
  rag: "RAG",
  multimodal: "multimodal",
  reasoning: "reasoning",
  multilingual: "multilingual",
  small: "small",
  "long-context": "long context",
  merge: "merge",
};

/**
 * The cells of one model's table row, in the order of `columns`. Each fact goes where the importer
 * reads it back from: the name's link (the one without a label) in Name, `[HF](…)` links in HF?,
 * links whose label appears in a training text inside that text, the `MoE(37B)` active count,
 * tags, notes, methods and scores in misc, value-less scores and "evaluated on" in test.
 */
export function renderModelRow(
  model: WithId<Model>,
  section: Section,
  columns: readonly string[],
  catalog: Catalog,
  lang: ReadmeLang,
): string[] {
  const fields = columns.map(columnField);
  const hasTest = fields.includes("test");
  const { evaluated, notes } = splitNotes(model, lang, hasTest);
  const noteTokens = notes ? notes.split(/\s*,\s*/).filter(Boolean) : [];
  const placed = placeLinks(model, noteTokens);
  const cells: Partial<Record<Field, string>> = {
    date: model.released ? formatListDate(model.released) : "",
    name: markdownLink(model.org ? `${model.name} (${model.org})` : model.name, placed.name?.url),
    hf: hfCell(model, placed.hf),
    size: escapeInline(model.sizes?.label ?? ""),
    license: licenseCell(model, catalog),
    pretraining: withLinks(model.training?.pretraining ?? "", placed.pretraining),
    finetuning: withLinks(model.training?.finetuning ?? "", placed.finetuning),
    test: hasTest ? testCell(model, catalog, evaluated) : "",
    misc: miscCell(model, section, catalog, noteTokens, placed.misc),
  };
  return fields.map((f) => (f ? (cells[f] ?? "") : ""));
}

// --- helpers ---

interface PlacedLinks {
  name?: Link;
  hf: Link[];
  pretraining: Link[];
  finetuning: Link[];
  misc: Map<string, Link>;
}

function placeLinks(model: Model, noteTokens: readonly string[]): PlacedLinks {
  const placed: PlacedLinks = { hf: [], pretraining: [], finetuning: [], misc: new Map() };
  const pre = model.training?.pretraining ?? "";
  const fine = model.training?.finetuning ?? "";
  let afterMisc = false;
  for (const link of model.links) {
    const label = link.label;
    if (label === undefined && placed.name === undefined) placed.name = link;
    else if (label && pre.includes(label) && !placed.pretraining.some((l) => l.label === label)) {
      placed.pretraining.push(link);
    } else if (label && fine.includes(label) && !placed.finetuning.some((l) => l.label === label)) {
      placed.finetuning.push(link);
    } else if (label && !placed.misc.has(label) && fitsMisc(model, label, noteTokens, afterMisc)) {
      placed.misc.set(label, link);
      afterMisc = true;
    } else placed.hf.push(link);
  }
  return placed;
}

/**
 * A labelled link goes to misc when the importer reads it back there without side effects (its label
 * adds no tag, method, language or availability the model lacks) and misc is where it came from:
 * its label is in a note, it carries one of the model's tags, or an earlier link was in misc.
 */
function fitsMisc(model: Model, label: string, noteTokens: readonly string[], afterMisc: boolean): boolean {
  const facts = readMisc(`[${label}](x)`);
  const harmless =
    facts.tags.every((t) => model.tags.includes(t)) &&
    facts.methods.length === 0 &&
    facts.languages.length === 0 &&
    facts.availability === undefined &&
    facts.active === undefined;
  if (!harmless) return false;
  return afterMisc || facts.tags.length > 0 || noteTokens.some((t) => t.includes(label));
}

/** Notes for misc, and what the test column said when it was prose ("evaluated on …"). */
function splitNotes(model: Model, lang: ReadmeLang, hasTest: boolean) {
  let en = model.notes?.en;
  let evaluated: string | undefined;
  const match = hasTest && en ? /(?:^|; )evaluated on (.+)$/.exec(en) : null;
  if (match) {
    evaluated = match[1];
    en = en!.slice(0, match.index) || undefined;
  }
  const notes = pickLang(model.notes ? { ja: model.notes.ja, en } : undefined, lang);
  return { evaluated, notes };
}

function hfCell(model: Model, links: readonly Link[]): string {
  if (links.length > 0) return links.map((l) => markdownLink(l.label ?? "HF", l.url)).join(" ");
  return model.availability === "closed" ? "closed" : "";
}

function licenseCell(model: Model, catalog: Catalog): string {
  if (!model.license) return "";
  const license = catalog.licenses.find((l) => l.id === model.license);
  return license?.url ? markdownLink(model.license, license.url) : escapeInline(model.license);
}

/** Text with each link's label turned back into the link, at its first occurrence. */
function withLinks(text: string, links: readonly Link[]): string {
  let parts: (string | Link)[] = [text];
  for (const link of links) {
    const label = link.label ?? "";
    const i = parts.findIndex((p) => typeof p === "string" && p.includes(label));
    if (i < 0 || !label) continue;
    const s = parts[i] as string;
    const at = s.indexOf(label);
    parts = [...parts.slice(0, i), s.slice(0, at), link, s.slice(at + label.length), ...parts.slice(i + 1)];
  }
  return parts
    .map((p) => (typeof p === "string" ? escapeInline(p) : markdownLink(p.label ?? "", p.url)))
    .join("");
}

function testCell(model: Model, catalog: Catalog, evaluated: string | undefined): string {
  const names = model.scores
    .filter((s) => s.value === undefined)
    .map((s) => escapeInline(benchmarkName(s.benchmark, catalog)));
  if (evaluated) names.push(escapeInline(evaluated));
  return names.join(", ");
}

function miscCell(
  model: Model,
  section: Section,
  catalog: Catalog,
  noteTokens: readonly string[],
  links: ReadonlyMap<string, Link>,
): string {
  const tokens: string[] = [];
  const covered = new Set<string>();
  const active = model.sizes?.active;
  if (active !== undefined && parseSizes(model.sizes?.label ?? "")?.active === undefined) {
    tokens.push(`MoE(${formatParams(active)})`);
    covered.add("moe");
  }
  if (model.languages.includes("ja") && section.id !== "japanese") tokens.push("japanese");
  for (const text of [...noteTokens, ...links.keys()])
    for (const tag of readMisc(text).tags) covered.add(tag);
  for (const tag of model.tags) {
    if (covered.has(tag) || !TAG_WORDS[tag]) continue;
    tokens.push(TAG_WORDS[tag]!);
    covered.add(tag);
  }
  const standalone = new Map(links);
  for (const token of noteTokens) {
    const inside = [...standalone.values()].filter((l) => token.includes(l.label ?? "\u0000"));
    for (const l of inside) standalone.delete(l.label!);
    tokens.push(withLinks(token, inside));
  }
  for (const link of standalone.values()) tokens.push(markdownLink(link.label ?? "", link.url));
  // `leaked` is only readable from misc; say it when no note already does.
  if (model.availability === "leaked" && !noteTokens.some((t) => /\bleaked\b/i.test(t)))
    tokens.push("leaked");
  for (const method of model.training?.methods ?? []) tokens.push(escapeInline(method));
  for (const score of model.scores) {
    if (score.value === undefined) continue;
    tokens.push(escapeInline(`${benchmarkName(score.benchmark, catalog)} ${score.value}`));
  }
  return tokens.join(", ");
}

/** A benchmark's display name when it has one that reads back to the same id, else the id. */
function benchmarkName(id: string, catalog: Catalog): string {
  const entry = [...catalog.benchmarks, ...catalog.datasets].find((e) => e.id === id);
  return entry?.name ?? id;
}
