import { type Availability, type Link, parseActiveParams, type Score } from "../core/index.js";
import { parseInline } from "./parse-inline.js";
import { toLink } from "./to-link.js";

/** What the free-text misc column says, sorted into typed facts; anything else stays as note text. */
export interface MiscFacts {
  tags: string[];
  methods: string[];
  languages: string[];
  links: Link[];
  scores: Score[];
  active?: number;
  availability?: Availability;
  notes: string[];
}

const TAGS: [RegExp, string][] = [
  [/\bmoe\b|mixture[- ]of[- ]experts/i, "moe"],
  [/\breasoning\b|deep thinking|\bo1\b/i, "reasoning"],
  [/\brag\b/i, "rag"],
  [/multi-?modal/i, "multimodal"],
  [/long[- ]context/i, "long-context"],
  [/multilingual/i, "multilingual"],
  [/\bmerged?\b/i, "merge"],
  [/^small$/i, "small"],
];
const METHODS = /^(sft|dpo|orpo|rlhf|qlora|lora|rl|pruning|distillation)$/i;

/**
 * Reads a misc cell (`MoE(37B)`, `small, sft, dpo`, `JMT-Bench 0.772`, `[long context available](…)`).
 *
 * @example readMisc("MoE, [offloading](https://github.com/x/y)").tags // ["moe"]
 */
export function readMisc(markdown: string): MiscFacts {
  const facts: MiscFacts = { tags: [], methods: [], languages: [], links: [], scores: [], notes: [] };
  for (const token of splitTokens(markdown)) {
    const { text, links } = parseInline(token);
    if (!text && links.length === 0) continue;
    for (const l of links) if (l.url) facts.links.push(toLink(l.url, l.label).link);
    const active = parseActiveParams(text);
    if (active) facts.active = active;
    const tags = TAGS.filter(([re]) => re.test(text)).map(([, tag]) => tag);
    for (const tag of tags) if (!facts.tags.includes(tag)) facts.tags.push(tag);
    if (/^japanese\b/i.test(text)) facts.languages.push("ja");
    if (/\bleaked\b/i.test(text)) facts.availability = "leaked";
    else if (/^(not public|not open|closed)$/i.test(text)) facts.availability = "closed";
    if (METHODS.test(text)) {
      facts.methods.push(text.toUpperCase());
      continue;
    }
    const score = /^([A-Za-z][\w .+-]*?[A-Za-z])(?:\s*[=:]\s*|\s+)(\d+(?:\.\d+)?)$/.exec(text);
    if (score && links.length === 0) {
      // `benchmark` holds the name as written until the importer resolves it to an id.
      facts.scores.push({ benchmark: score[1]!, value: Number(score[2]) });
      continue;
    }
    // Bare tag words carry no more information than the tag; everything else is kept as written.
    const bare = tags.length > 0 && /^(moe|rag|multi-?modal|small|reasoning|multilingual)$/i.test(text);
    // A token that is only a link is kept as the link (its label), not repeated as a note.
    if (links.length > 0 && parseInline(token.replace(/\[[^\]]*\]\([^)]*\)/g, "")).text === "") continue;
    const japanese = /^japanese$/i.test(text);
    if (!bare && !japanese && !(active && /^moe\s*\([^)]*\)$/i.test(text))) facts.notes.push(text);
  }
  return facts;
}

/** Splits on commas outside links: `MoE, [a, b](url)` → `MoE`, `[a, b](url)`. */
export function splitTokens(markdown: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of markdown) {
    if (ch === "[" || ch === "(") depth++;
    if ((ch === "]" || ch === ")") && depth > 0) depth--;
    if ((ch === "," || ch === "、") && depth === 0) {
      tokens.push(current.trim());
      current = "";
    } else current += ch;
  }
  tokens.push(current.trim());
  return tokens.filter(Boolean);
}
