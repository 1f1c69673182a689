import * as z from "zod";
import { Availability, CommercialUse, EntryStatus, UsageError, YearMonth } from "../core/index.js";
import { didYouMean } from "./did-you-mean.js";
import { parseParamCount } from "./param-count.js";
import { SIZE_BUCKET_IDS } from "./size-buckets.js";

/** Entry kinds the index lists and searches (news and licences have their own calls). */
export const QUERY_KINDS = ["models", "benchmarks", "datasets", "leaderboards"] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** `-` prefix = descending. `relevance` applies to full-text queries (best first). */
export const SORT_ORDERS = [
  "-released",
  "released",
  "-params",
  "params",
  "name",
  "-name",
  "relevance",
] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * A structured query over the index, shared by the CLI flags and the HTTP query parameters. Every field
 * is optional; lists mean "any of" within one field and fields combine with AND.
 */
export const ModelQuery = z.strictObject({
  /** Full-text query (NFKC, case-insensitive, substring; words combine with AND). */
  q: z.string().optional(),
  /** Entry kinds; default `["models"]`. */
  kind: z.array(z.enum(QUERY_KINDS)).optional(),
  section: z.array(z.string()).optional(),
  /** Languages as recorded in the catalogue (e.g. `ja`, `en`). */
  lang: z.array(z.string()).optional(),
  status: z.array(EntryStatus).optional(),
  availability: z.array(Availability).optional(),
  /** Smallest parameter count: a model matches when any of its sizes (or its stated range) overlaps [min, max]. */
  min_params: z.number().nonnegative().optional(),
  max_params: z.number().nonnegative().optional(),
  /** Compare `min_params`/`max_params` with total parameters (default) or active ones (MoE; total when no active count). */
  params_basis: z.enum(["total", "active"]).optional(),
  /** Size buckets (`under-1b`, `1b-4b`, … `unknown`), see SIZE_BUCKETS. */
  size: z.array(z.enum(SIZE_BUCKET_IDS as [string, ...string[]])).optional(),
  /** Licence ids from the catalogue's registry. */
  license: z.array(z.string()).optional(),
  /** Commercial use of the entry's licence; entries without a licence count as `unknown`. */
  commercial: z.array(CommercialUse).optional(),
  /** Released on or after (YYYY-MM or YYYY-MM-DD). */
  since: YearMonth.optional(),
  /** Released on or before (YYYY-MM or YYYY-MM-DD; a month includes all its days). */
  until: YearMonth.optional(),
  year: z.array(z.number().int()).optional(),
  org: z.array(z.string()).optional(),
  tag: z.array(z.string()).optional(),
  /** Has (true) or lacks (false) a Hugging Face link. */
  hf: z.boolean().optional(),
  /** Built on any of these model ids, transitively (the ids themselves are not included). */
  base: z.array(z.string()).optional(),
  /** Task format of a benchmark or dataset (`mcq`, `vqa`, `open-qa`, …). */
  task: z.array(z.string()).optional(),
  /** Modality of a benchmark or dataset, or a medical model's (`text`, `image`, `ecg`, …). */
  modality: z.array(z.string()).optional(),
  /** Group heading of a benchmark, dataset or leaderboard in the catalogue (e.g. `Only Text`). */
  group: z.array(z.string()).optional(),
  /** A medical model's specialty (`general medicine`, `pharmacy`, …). */
  specialty: z.array(z.string()).optional(),
  /** A medical model's use restriction (`non-commercial`, `research-only`, `not-for-clinical-use`). */
  restriction: z.array(z.string()).optional(),
  /** Models evaluated on any of these benchmark or dataset ids (a score, with or without a value). */
  benchmark: z.array(z.string()).optional(),
  sort: z.enum(SORT_ORDERS).optional(),
  limit: z.number().int().positive().optional(),
  offset: z.number().int().nonnegative().optional(),
});
export type ModelQuery = z.infer<typeof ModelQuery>;

/** Values the catalogue actually contains, for validating free-form filters (`index.vocabulary()`). */
export interface Vocabulary {
  section: string[];
  lang: string[];
  license: string[];
  org: string[];
  tag: string[];
  /** Model ids (for `base`). */
  base: string[];
  task?: string[];
  modality?: string[];
  group?: string[];
  specialty?: string[];
  restriction?: string[];
  benchmark?: string[];
}

export interface ParseModelQueryOptions {
  /** Check `section`, `lang`, `license`, `org`, `tag`, `base` against the catalogue (case-insensitively). */
  vocabulary?: Vocabulary;
  /** Parameter names the caller handles itself (e.g. `format`, `facets`); they are skipped, not rejected. */
  ignore?: readonly string[];
}

/**
 * Parses query parameters (HTTP) or flags (CLI) into a ModelQuery. Lists accept repeats and commas
 * (`section=medical&section=japanese` or `section=medical,japanese`). Throws UsageError naming the
 * parameter, the valid values and the closest matches.
 *
 * @example parseModelQuery({ section: "medical", lang: "ja", max_params: "10B" }, { vocabulary: index.vocabulary() })
 */
export function parseModelQuery(
  params: Record<string, string | string[] | undefined>,
  options: ParseModelQueryOptions = {},
): ModelQuery {
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(params)) {
    if (raw === undefined || options.ignore?.includes(name)) continue;
    const parse = PARAMETERS[name];
    if (!parse) {
      const known = Object.keys(PARAMETERS);
      const near = didYouMean(name, known);
      throw new UsageError(
        `unknown parameter "${name}"${near.length > 0 ? ` (did you mean ${near.join(", ")}?)` : ""}`,
        name,
        known,
      );
    }
    const values = (Array.isArray(raw) ? raw : [raw]).map((v) => v.trim());
    out[name] = parse(name, values, options.vocabulary);
  }
  if (
    typeof out.min_params === "number" &&
    typeof out.max_params === "number" &&
    out.min_params > out.max_params
  ) {
    throw new UsageError(`min_params is larger than max_params`, "min_params");
  }
  return ModelQuery.parse(out);
}

/** Names of every accepted parameter (CLI flags use the same names with `-` for `_`). */
export function modelQueryParameters(): string[] {
  return Object.keys(PARAMETERS);
}

// --- helpers ---

type ParameterParser = (name: string, values: string[], vocabulary?: Vocabulary) => unknown;

const PARAMETERS: Record<string, ParameterParser> = {
  q: (_, values) => values.join(" "),
  // `--kind benchmark` reads as `benchmarks`.
  kind: (name, values) =>
    oneOf(QUERY_KINDS)(
      name,
      split(values).map((v) => (QUERY_KINDS.includes(`${v}s` as QueryKind) ? `${v}s` : v)),
    ),
  section: fromVocabulary("section"),
  lang: fromVocabulary("lang"),
  status: oneOf(EntryStatus.options),
  availability: oneOf(Availability.options),
  min_params: (name, values) => parseParamCount(single(name, values), name),
  max_params: (name, values) => parseParamCount(single(name, values), name),
  params_basis: (name, values) => oneOf(["total", "active"])(name, [single(name, values)])[0],
  size: oneOf(SIZE_BUCKET_IDS),
  license: fromVocabulary("license"),
  commercial: oneOf(CommercialUse.options),
  since: date,
  until: date,
  year: (name, values) =>
    split(values).map((v) => {
      if (!/^\d{4}$/.test(v)) throw new UsageError(`${name}: "${v}" is not a year (e.g. 2024)`, name);
      return Number(v);
    }),
  org: fromVocabulary("org"),
  tag: fromVocabulary("tag"),
  hf: (name, values) => {
    const v = single(name, values).toLowerCase();
    if (["true", "yes", "1", ""].includes(v)) return true;
    if (["false", "no", "0"].includes(v)) return false;
    throw new UsageError(`${name}: "${v}" is not one of true, false`, name, ["true", "false"]);
  },
  base: fromVocabulary("base"),
  task: fromVocabulary("task"),
  modality: fromVocabulary("modality"),
  group: fromVocabulary("group"),
  specialty: fromVocabulary("specialty"),
  restriction: fromVocabulary("restriction"),
  benchmark: fromVocabulary("benchmark"),
  sort: (name, values) => oneOf(SORT_ORDERS)(name, [single(name, values)])[0],
  limit: (name, values) => integer(name, single(name, values), 1),
  offset: (name, values) => integer(name, single(name, values), 0),
};

function split(values: string[]): string[] {
  return values
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

function single(name: string, values: string[]): string {
  if (values.length !== 1) throw new UsageError(`${name} takes one value, got ${values.length}`, name);
  return values[0]!;
}

function oneOf(valid: readonly string[]): (name: string, values: string[]) => string[] {
  return (name, values) => split(values).map((v) => canonical(name, v, valid));
}

function fromVocabulary(key: keyof Vocabulary): ParameterParser {
  return (name, values, vocabulary) => {
    const valid = vocabulary?.[key];
    if (!valid) return split(values);
    return splitKnown(values, valid).map((v) => canonical(name, v, valid));
  };
}

/**
 * Comma-separated values, except that a value the vocabulary holds whole stays one: an organisation
 * named "Stanford, CRFM" is a value, not two.
 */
export function splitKnown(values: string[], valid: readonly string[]): string[] {
  return values.flatMap((v) => {
    const whole = v.trim();
    return whole.includes(",") && valid.some((known) => fold(known) === fold(whole)) ? [whole] : split([v]);
  });
}

/** The valid value equal to `value` ignoring case and width, or a UsageError with suggestions. */
function canonical(name: string, value: string, valid: readonly string[]): string {
  if (valid.includes(value)) return value;
  const folded = fold(value);
  const match = valid.find((v) => fold(v) === folded);
  if (match !== undefined) return match;
  const near = didYouMean(value, valid);
  const hint = near.length > 0 ? ` (did you mean ${near.map((n) => `"${n}"`).join(", ")}?)` : "";
  // Long lists (org, base at scale) are summarised rather than printed whole.
  const listed = valid.length <= 60 ? valid : [];
  const more = listed.length === 0 ? ` (${valid.length} known values)` : "";
  throw new UsageError(`${name}: unknown value "${value}"${hint}${more}`, name, listed);
}

function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function date(name: string, values: string[]): string {
  const v = single(name, values);
  if (!YearMonth.safeParse(v).success) {
    throw new UsageError(`${name}: "${v}" is not a date (YYYY-MM or YYYY-MM-DD)`, name);
  }
  return v;
}

function integer(name: string, text: string, min: number): number {
  // Past 2^53 a number is no longer an exact integer (and SQLite would reject it): a usage error, not a 500.
  if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`${name}: "${text}" is not an integer ≥ ${min}`, name);
  }
  return Number(text);
}
