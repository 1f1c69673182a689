import * as z from "zod";

// Authored files are strict so a typo such as `licence:` is an error, not a silently dropped field.
// Every schema shares its name with its inferred type (one source of truth).

/** Year-month (`2025-04`) or a full date (`2025-04-17`). */
export const YearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, "expected YYYY-MM or YYYY-MM-DD");
export type YearMonth = z.infer<typeof YearMonth>;

/** Stable slug used as file name and reference. */
export const Id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, "expected a lowercase slug (a-z, 0-9, . _ -)");
export type Id = z.infer<typeof Id>;

/** Text in our own words, in either or both languages. */
export const LocalizedText = z
  .strictObject({
    ja: z.string().min(1).optional(),
    en: z.string().min(1).optional(),
  })
  // An empty text would be dropped on write and then fail to load; refuse it up front.
  .refine((text) => text.ja !== undefined || text.en !== undefined, "give the text in ja, en or both");
export type LocalizedText = z.infer<typeof LocalizedText>;

export const EntryStatus = z.enum(["listed", "archived"]);
export type EntryStatus = z.infer<typeof EntryStatus>;

export const Availability = z.enum(["open-weights", "api", "closed", "leaked", "announced", "unknown"]);
export type Availability = z.infer<typeof Availability>;

export const CommercialUse = z.enum(["yes", "no", "conditional", "unknown"]);
export type CommercialUse = z.infer<typeof CommercialUse>;

/** A typed Hugging Face Hub reference parsed from a URL. */
export const HfRef = z.strictObject({
  type: z.enum(["model", "dataset", "space", "collection", "org"]),
  /** `owner/name` for repos, `owner/slug-hash` for collections, `owner` for organisations. */
  id: z.string().min(1),
});
export type HfRef = z.infer<typeof HfRef>;

export const LinkRel = z.enum(["home", "hf", "paper", "blog", "code", "license", "demo", "data", "other"]);
export type LinkRel = z.infer<typeof LinkRel>;

export const Link = z.strictObject({
  rel: LinkRel,
  url: z.string().min(1),
  label: z.string().optional(),
  hf: HfRef.optional(),
});
export type Link = z.infer<typeof Link>;

/**
 * Parameter counts parsed from the source's size notation; `label` keeps the notation for rendering.
 * `params` are totals in parameters (for `8x7B`, the nominal 56e9); with `range`, they are the bounds.
 */
export const Sizes = z.strictObject({
  label: z.string(),
  params: z.array(z.number().positive()).default([]),
  range: z.boolean().optional(),
  approximate: z.boolean().optional(),
  /** Active parameters per token for mixture-of-experts models. */
  active: z.number().positive().optional(),
  experts: z.strictObject({ count: z.number().int().positive(), params: z.number().positive() }).optional(),
});
export type Sizes = z.infer<typeof Sizes>;

/** Where an imported fact came from: one record per source line (a model listed twice has two). */
export const Provenance = z.strictObject({
  source: z.string(),
  line: z.number().int().positive(),
  /** Section heading as written in the source. */
  section: z.string().optional(),
  /** Group heading or bold label inside a section (e.g. "Image + Text"). */
  group: z.string().optional(),
  status: EntryStatus.optional(),
  /** Raw cells of a table row, or the raw bullet text. */
  raw: z.array(z.string()).default([]),
  /** Commit or date of the source version when known. */
  revision: z.string().optional(),
});
export type Provenance = z.infer<typeof Provenance>;

/** A change made to the source's data, and why. */
export const Correction = z.strictObject({
  field: z.string(),
  from: z.unknown().optional(),
  to: z.unknown().optional(),
  reason: z.string().min(1),
  by: z.enum(["import", "curator", "sync"]),
  date: YearMonth.optional(),
});
export type Correction = z.infer<typeof Correction>;

/** A benchmark result or an "evaluated on" mark when no value is stated. */
export const Score = z.strictObject({
  benchmark: Id,
  value: z.union([z.number(), z.string()]).optional(),
  metric: z.string().optional(),
  setting: z.string().optional(),
  source: z.string().optional(),
});
export type Score = z.infer<typeof Score>;

export const Training = z.strictObject({
  pretraining: z.string().optional(),
  finetuning: z.string().optional(),
  tokens: z.number().positive().optional(),
  data: z.array(z.string()).optional(),
  methods: z.array(z.string()).optional(),
});
export type Training = z.infer<typeof Training>;

export const MedicalFacts = z.strictObject({
  specialty: z.array(z.string()).optional(),
  modality: z.array(z.string()).optional(),
  use_restrictions: z.array(z.string()).optional(),
});
export type MedicalFacts = z.infer<typeof MedicalFacts>;

// Shape order is file key order: identity first, kind-specific facts, then these shared tails.
const entryHead = {
  name: z.string().min(1),
  status: EntryStatus.default("listed"),
};
const entryTail = {
  tags: z.array(z.string()).default([]),
  links: z.array(Link).default([]),
  notes: LocalizedText.optional(),
  provenance: z.array(Provenance).default([]),
  corrections: z.array(Correction).default([]),
};

export const Model = z.strictObject({
  ...entryHead,
  org: z.string().optional(),
  released: YearMonth.optional(),
  sections: z.array(Id).min(1),
  availability: Availability.default("unknown"),
  sizes: Sizes.optional(),
  license: Id.optional(),
  base_models: z.array(Id).default([]),
  training: Training.optional(),
  languages: z.array(z.string()).default([]),
  medical: MedicalFacts.optional(),
  scores: z.array(Score).default([]),
  ...entryTail,
});
export type Model = z.infer<typeof Model>;

export const Quantity = z.strictObject({ value: z.number().nonnegative(), unit: z.string().min(1) });
export type Quantity = z.infer<typeof Quantity>;

const evaluationResource = {
  ...entryHead,
  sections: z.array(Id).default([]),
  group: z.string().optional(),
  /** Bold label or lead-in line inside a group (e.g. "Representative medical benchmarks"). */
  subgroup: z.string().optional(),
  tasks: z.array(z.string()).default([]),
  languages: z.array(z.string()).default([]),
  modality: z.array(z.string()).default([]),
  size: z.array(Quantity).default([]),
  source_type: z.array(z.string()).default([]),
  license: Id.optional(),
  leaderboards: z.array(Id).default([]),
  ...entryTail,
};

export const Benchmark = z.strictObject(evaluationResource);
export type Benchmark = z.infer<typeof Benchmark>;

export const Dataset = z.strictObject(evaluationResource);
export type Dataset = z.infer<typeof Dataset>;

export const Leaderboard = z.strictObject({
  ...entryHead,
  sections: z.array(Id).default([]),
  group: z.string().optional(),
  subgroup: z.string().optional(),
  benchmarks: z.array(Id).default([]),
  ...entryTail,
});
export type Leaderboard = z.infer<typeof Leaderboard>;

export const NewsItem = z.strictObject({
  date: YearMonth,
  /** Our own wording of what happened. */
  text: LocalizedText,
  /** Entries the news is about. */
  models: z.array(Id).default([]),
  links: z.array(Link).default([]),
  /** Shown in the headline NEWS list rather than the History. */
  highlight: z.boolean().default(false),
  provenance: z.array(Provenance).default([]),
  corrections: z.array(Correction).default([]),
});
export type NewsItem = z.infer<typeof NewsItem>;

export const License = z.strictObject({
  name: z.string().min(1),
  spdx: z.string().optional(),
  commercial: CommercialUse,
  condition: LocalizedText,
  url: z.string().optional(),
  /** Spellings seen in sources that mean this licence (matched case- and space-insensitively). */
  aliases: z.array(z.string()).default([]),
});
export type License = z.infer<typeof License>;

export const SectionKind = z.enum(["models", "benchmarks", "datasets", "leaderboards"]);
export type SectionKind = z.infer<typeof SectionKind>;

/** A titled list of resources ("See also", "See more on"). */
export const SeeAlso = z.strictObject({
  label: z.string().min(1),
  url: z.string().optional(),
});
export type SeeAlso = z.infer<typeof SeeAlso>;

export const Section = z.strictObject({
  id: Id,
  kind: SectionKind,
  title: z.strictObject({ en: z.string().min(1), ja: z.string().min(1).optional() }),
  /** Headings this section has had in sources, for matching imports and history. */
  aliases: z.array(z.string()).default([]),
  /** Table columns in source order (model sections). */
  columns: z.array(z.string()).default([]),
  see_also: z.array(SeeAlso).default([]),
  notes: z.array(LocalizedText).default([]),
});
export type Section = z.infer<typeof Section>;

export const SectionsFile = z.strictObject({ sections: z.array(Section) });
export type SectionsFile = z.infer<typeof SectionsFile>;

/** A Hub organisation or user whose new repos `llm-radar discover` proposes as candidates. */
export const WatchedAuthor = z.strictObject({
  /** Owner name as the Hub spells it, e.g. `Qwen`, `llm-jp`. */
  author: z.string().regex(/^[\w.-]+$/, "expected a Hub owner name such as Qwen or llm-jp"),
  /** Sections a candidate from this author is drafted into (a curator can change them on accept). */
  sections: z.array(Id).min(1).default(["general"]),
  note: z.string().optional(),
});
export type WatchedAuthor = z.infer<typeof WatchedAuthor>;

/** `catalog/watch.yaml`: the organisations and authors `discover` watches. */
export const WatchFile = z.strictObject({ watch: z.array(WatchedAuthor) });
export type WatchFile = z.infer<typeof WatchFile>;

/** Entry kinds stored one file per entry under `catalog/<kind>/`. */
export const ENTRY_KINDS = ["models", "benchmarks", "datasets", "leaderboards", "news", "licenses"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const ENTRY_SCHEMAS = {
  models: Model,
  benchmarks: Benchmark,
  datasets: Dataset,
  leaderboards: Leaderboard,
  news: NewsItem,
  licenses: License,
} as const;

export type EntryOf<K extends EntryKind> = z.infer<(typeof ENTRY_SCHEMAS)[K]>;

/** An entry together with its id (the file name) — the id is never repeated inside the file. */
export type WithId<T> = T & { id: string };

export interface Catalog {
  models: WithId<Model>[];
  benchmarks: WithId<Benchmark>[];
  datasets: WithId<Dataset>[];
  leaderboards: WithId<Leaderboard>[];
  news: WithId<NewsItem>[];
  licenses: WithId<License>[];
  sections: Section[];
}

export function emptyCatalog(): Catalog {
  return { models: [], benchmarks: [], datasets: [], leaderboards: [], news: [], licenses: [], sections: [] };
}
