import type { Quantity } from "../core/index.js";

/** What a benchmark or dataset bullet states about itself, in the catalogue's vocabulary. */
export interface ResourceFacts {
  tasks: string[];
  languages: string[];
  modality: string[];
  size: Quantity[];
  source_type: string[];
}

export interface ResourceText {
  name: string;
  /** The bullet's text after the name (`3173 samples, used in MedPaLM paper`). */
  description?: string;
  /** `###` heading above the bullet (`Image + Text`). */
  group?: string;
  /** Link targets of the bullet: a repository named `Health-Fact-Checking` states its task. */
  urls?: readonly string[];
}

/**
 * Reads the facts a bullet states — task format, languages, modality, sizes with units and the kind of
 * source — from its name, description, group heading and link names. Pure; a fact the text does not
 * state is left out (an empty list means unknown, not "none").
 *
 * @example extractResourceFacts({ name: "VQA-RAD", description: "3515 question–answer pairs on 315 radiology images." })
 * // → tasks ["vqa"], modality ["image", "text"], size [{3515 qa-pairs}, {315 images}]
 */
export function extractResourceFacts(input: ResourceText): ResourceFacts {
  const description = input.description ?? "";
  const urlWords = (input.urls ?? []).map(urlName).join(" ");
  const all = `${input.name} ${description} ${urlWords}`;
  const group = input.group ?? "";
  const modality = modalities(`${input.name} ${description} ${group}`, group);
  return {
    tasks: tasks(input.name, description, urlWords),
    languages: languages(all),
    modality,
    size: quantities(description),
    source_type: sources(`${input.name} ${description}`),
  };
}

// --- helpers ---

type Rule = [pattern: RegExp, value: string];

const LANGUAGES: Rule[] = [
  [/\benglish\b/i, "en"],
  [/\bchinese\b/i, "zh"],
  [/\bjapanese\b|日本語/i, "ja"],
  [/\bspanish\b/i, "es"],
  [/\barabic\b/i, "ar"],
  [/\bkorean\b/i, "ko"],
  [/\bfrench\b/i, "fr"],
  [/\bgerman\b/i, "de"],
];

function languages(text: string): string[] {
  return LANGUAGES.filter(([re]) => re.test(text)).map(([, v]) => v);
}

const MODALITIES: Rule[] = [
  [/\bimages?\b|\bradiograph|\bx-?rays?\b|vqa|\bvisual\b/i, "image"],
  [/\bvideos?\b/i, "video"],
  [/\becg\b/i, "ecg"],
  [/\behrs?\b|electronic health records?/i, "ehr"],
];

/** Text is stated by an "Only Text"/"Image + Text" heading; image, video, ECG, EHR by their words. */
function modalities(text: string, group: string): string[] {
  const out: string[] = [];
  if (/\btext\b/i.test(group)) out.push("text");
  for (const [re, v] of MODALITIES) if (re.test(text) && !out.includes(v)) out.push(v);
  return out;
}

function tasks(name: string, description: string, urlWords: string): string[] {
  const out = new Set<string>();
  const text = `${name} ${description}`;
  const qa = /qa\b|q&a|question|\bquiz/i.test(name) || /\bq&a\b|\bqa\b|question/i.test(description);
  if (/mcq|multiple[- ]choice/i.test(text)) out.add("mcq");
  // VQA when the name says so or the bullet's own words pair questions with images (not just its heading).
  if (/vqa/i.test(name) || (qa && /\bimages?\b|\bvisual\b/i.test(text))) out.add("vqa");
  else if (/long[- ]document|from a long/i.test(description)) out.add("long-document-qa");
  else if (/open[- ]ended|long[- ]form/i.test(description)) out.add("open-qa");
  else if (qa && !out.has("mcq")) out.add("qa");
  if (/\bnli\b|premise and a hypothesis|entailment/i.test(text)) out.add("nli");
  if (/summari[sz]/i.test(description)) out.add("summarization");
  if (/calc/i.test(name) || /calculat/i.test(description)) out.add("calculation");
  if (/\bicd-?\d*\b.*codes?|\bcoding\b/i.test(description)) out.add("coding");
  if (/fact[- ]?check/i.test(`${text} ${urlWords}`)) out.add("fact-checking");
  if (/conversations?\b|dialogues?\b/i.test(name)) out.add("dialogue");
  if (/\breasoning\b/i.test(name)) out.add("reasoning");
  return [...out];
}

const SOURCES: Rule[] = [
  [/\busmle\b(?!-style)|licens(?:ing|ure) exam|\bexams?\b|examination/i, "exam"],
  [/\bpubmed|\bpmc\b|\bpmc-|\bpapers?\b|\bliterature\b|journal/i, "literature"],
  [/\btextbooks?\b/i, "textbook"],
  [/\behrs?\b|electronic health records?|\bmimic\b|\bmimic-|discharge summar/i, "ehr"],
  [/\bsynthetic\b/i, "synthetic"],
  [/\bweb\b|search engine/i, "web"],
];

/** Where the data comes from, only when a word says so (`USMLE`, `PubMed`, `MIMIC`, `synthetic`). */
function sources(text: string): string[] {
  // "used in MedPaLM paper" names where a set was used, not where it came from; "USMLE-style" is no exam.
  const cleaned = text.replace(/used in [^,.;]*/gi, "");
  return SOURCES.filter(([, v]) => !(v === "exam" && /-style\b/i.test(cleaned)))
    .filter(([re]) => re.test(cleaned))
    .map(([, v]) => v);
}

/** Units as the catalogue spells them; the first matching pattern over the words after a number wins. */
const UNITS: Rule[] = [
  [/^(?:[\p{L}-]+\s+)?(?:question[-–\s]answer|q[-–]?a|q&a)\s+pairs?\b/iu, "qa-pairs"],
  [/^(?:[\p{L}-]+\s+)?image[-–\s]caption\s+pairs?\b/iu, "image-caption-pairs"],
  [/^(?:[\p{L}-]+\s+)?images?\b/iu, "images"],
  [/^(?:[\p{L}-]+\s+)?(?:qa|q&a|questions?)\b/iu, "questions"],
  [/^(?:[\p{L}-]+\s+)?patient\s+records?\b/iu, "patient-records"],
  [/^(?:[\p{L}-]+\s+)?records?\b/iu, "records"],
  [/^(?:[\p{L}-]+\s+)?textbooks?\b/iu, "textbooks"],
  [/^(?:[\p{L}-]+\s+)?benchmarks?\b/iu, "benchmarks"],
  [/^samples?\b/iu, "samples"],
  [/^(?:[\p{L}-]+\s+)?(?:cases?)\b/iu, "cases"],
  [/^(?:[\p{L}-]+\s+)?(?:dialogues?|conversations?)\b/iu, "dialogues"],
];

/**
 * `3515 question–answer pairs on 315 radiology images` → qa-pairs and images; `1.6M image-caption pairs`;
 * `14,028`; `634+10` (parts, unit not stated). A number inside a name (`ICD-10`, `MIMIC-IV`) is no size.
 */
function quantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const plus = /^\s*(\d[\d,]*)\s*\+\s*(\d[\d,]*)\s*(?:[,.;]|$)/.exec(text);
  if (plus) {
    for (const part of [plus[1]!, plus[2]!]) out.push({ value: toNumber(part), unit: "unspecified" });
    return out;
  }
  const re = /(?<![\w.+\-–])(\d[\d,]*(?:\.\d+)?)\s*([KMB])?\+?\s+(?=\p{L})/gu;
  for (const m of text.matchAll(re)) {
    const after = text.slice(m.index + m[0].length);
    const unit = UNITS.find(([p]) => p.test(after));
    if (!unit) continue;
    const scale = m[2] === "B" ? 1e9 : m[2] === "M" ? 1e6 : m[2] === "K" ? 1e3 : 1;
    out.push({ value: Math.round(toNumber(m[1]!) * scale), unit: unit[1] });
  }
  return out;
}

function toNumber(text: string): number {
  return Number(text.replace(/,/g, ""));
}

/** The last path segment of a link (`Health-Fact-Checking`), spaced into words. */
function urlName(url: string): string {
  const parts = url.split(/[?#]/)[0]!.split("/").filter(Boolean);
  return (parts[parts.length - 1] ?? "").replace(/[-_]+/g, " ");
}
