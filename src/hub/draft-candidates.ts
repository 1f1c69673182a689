import {
  type Catalog,
  formatParams,
  hfUrl,
  type Model,
  type NewsItem,
  parseSizes,
  slugify,
  uniqueId,
  type WatchedAuthor,
} from "../core/index.js";
import type { Candidate, CandidateRepo } from "./candidate-store.js";
import { familyName } from "./family-name.js";
import { type HubRepoFacts, statedLicenses, statedParams } from "./hub-facts.js";
import { licenceMatcher } from "./match-license.js";

/** What discover already knows, so it proposes only what is new. */
export interface KnownRepos {
  /** Lower-cased repo id → catalogue entry id linking it. */
  repos: ReadonlyMap<string, string>;
  /** Lower-cased `<author>/<family>` → catalogue entry id or `candidate:<id>`. */
  families: ReadonlyMap<string, string>;
  /** Lower-cased repo ids and candidate ids a curator rejected. */
  rejected: ReadonlySet<string>;
  /** Ids taken by catalogue models and existing candidates. */
  taken: ReadonlySet<string>;
}

export interface DraftResult {
  candidates: { id: string; candidate: Candidate }[];
  /** Repos that belong to something known: a quantisation, adapter or new size of an existing entry. */
  attached: { repo: string; to: string; reason: string }[];
  skipped: { repo: string; reason: string }[];
}

/** Pipeline tags of the language models the catalogue is about. */
const LM_PIPELINES = new Set(["text-generation", "text2text-generation", "image-text-to-text", "any-to-any"]);

/** True for language models: an LM pipeline tag, or no tag but a causal-LM architecture or GGUF weights. */
export function isLanguageModel(facts: HubRepoFacts): boolean {
  if (facts.pipeline_tag) return LM_PIPELINES.has(facts.pipeline_tag);
  return Boolean(facts.gguf) || (facts.architectures ?? []).some((a) => /ForCausalLM$/.test(a));
}

/**
 * Groups one author's new repos into families and drafts a candidate entry per new family (pure).
 * Quantisations and adapters join their base (by `base_model` relation, or by name: `-GGUF`, `-AWQ`…);
 * anything whose repo or family the catalogue already has is attached, not proposed.
 */
export function draftCandidates(input: {
  catalog: Catalog;
  watched: WatchedAuthor;
  repos: readonly HubRepoFacts[];
  known: KnownRepos;
  hubUrl: string;
  /** Day of the discover run (YYYY-MM-DD). */
  date: string;
}): DraftResult {
  const { known } = input;
  const result: DraftResult = { candidates: [], attached: [], skipped: [] };
  const batch = new Map(input.repos.map((r) => [r.repo.toLowerCase(), r]));
  const familyOf = new Map<string, string>();
  const keyOf = (facts: HubRepoFacts): string => {
    const cached = familyOf.get(facts.repo);
    if (cached) return cached;
    familyOf.set(facts.repo, familyKey(facts.repo)); // guards against base_model cycles
    const parent = copyOf(facts);
    const inBatch = parent && batch.get(parent.repo.toLowerCase());
    const key = inBatch && inBatch !== facts ? keyOf(inBatch) : familyKey(facts.repo);
    familyOf.set(facts.repo, key);
    return key;
  };

  const groups = new Map<string, HubRepoFacts[]>();
  for (const facts of input.repos) {
    const lower = facts.repo.toLowerCase();
    const entry = known.repos.get(lower);
    if (entry) {
      result.skipped.push({ repo: facts.repo, reason: `already in the catalogue (${entry})` });
      continue;
    }
    if (known.rejected.has(lower)) {
      result.skipped.push({ repo: facts.repo, reason: "rejected earlier" });
      continue;
    }
    const parent = copyOf(facts);
    const parentEntry = parent && known.repos.get(parent.repo.toLowerCase());
    if (parent && parentEntry) {
      result.attached.push({
        repo: facts.repo,
        to: parentEntry,
        reason: `${parent.relation} of ${parent.repo}`,
      });
      continue;
    }
    const key = keyOf(facts);
    const family = known.families.get(key);
    if (family) {
      result.attached.push({ repo: facts.repo, to: family, reason: `same family (${key})` });
      continue;
    }
    groups.set(key, [...(groups.get(key) ?? []), facts]);
  }

  const taken = new Set(known.taken);
  const matchLicence = licenceMatcher(input.catalog);
  for (const [key, members] of groups) {
    const repos = members.map(candidateRepo);
    if (!repos.some((r) => r.role === "base")) {
      for (const m of members)
        result.skipped.push({ repo: m.repo, reason: "only quantised or adapter copies, no new model" });
      continue;
    }
    const name = familyName((members[0]?.repo ?? key).split("/")[1] ?? key).family;
    const slug = slugify(name);
    if (known.rejected.has(slug)) {
      for (const m of members)
        result.skipped.push({ repo: m.repo, reason: `family ${slug} rejected earlier` });
      continue;
    }
    const existing = input.catalog.models.find((m) => m.id === slug);
    if (existing) {
      for (const m of members)
        result.attached.push({ repo: m.repo, to: existing.id, reason: `same family (${key})` });
      continue;
    }
    const id = uniqueId(slug, taken);
    taken.add(id);
    result.candidates.push({ id, candidate: draftOne(input, id, name, members, repos, matchLicence) });
  }
  return result;
}

// --- helpers ---

/** `<author>/<family>` lower-cased, the grouping key. */
export function familyKey(repo: string): string {
  const [author = "", name = repo] = repo.split("/");
  return `${author}/${familyName(name).family}`.toLowerCase();
}

function copyOf(facts: HubRepoFacts): { repo: string; relation: string } | undefined {
  return facts.base_models.find((b) => b.relation === "quantized" || b.relation === "adapter");
}

function candidateRepo(facts: HubRepoFacts): CandidateRepo {
  const copy = copyOf(facts);
  const byName = familyName(facts.repo.split("/")[1] ?? facts.repo).quantized;
  const role: CandidateRepo["role"] =
    copy?.relation === "adapter" ? "adapter" : copy || byName ? "quantized" : "base";
  return {
    repo: facts.repo,
    role,
    ...(facts.created_at ? { created_at: facts.created_at } : {}),
    ...(statedParams(facts) !== undefined ? { params: statedParams(facts) } : {}),
    ...(statedLicenses(facts)[0] ? { license: statedLicenses(facts).join(", ") } : {}),
    ...(facts.pipeline_tag ? { pipeline_tag: facts.pipeline_tag } : {}),
  };
}

function draftOne(
  input: { catalog: Catalog; watched: WatchedAuthor; hubUrl: string; date: string },
  id: string,
  name: string,
  members: readonly HubRepoFacts[],
  repos: readonly CandidateRepo[],
  matchLicence: (hubId: string) => string | undefined,
): Candidate {
  const bases = members.filter((_, i) => repos[i]?.role === "base");
  const created = members
    .map((m) => m.created_at)
    .filter((d): d is string => Boolean(d))
    .sort();
  const released = created[0]?.slice(0, 10);
  const sizes = sizesOf(bases);
  const hubLicences = [...new Set(bases.flatMap(statedLicenses).filter((l) => l !== "other"))];
  const mapped = [...new Set(hubLicences.map(matchLicence))];
  const license = mapped.length === 1 && mapped[0] ? mapped[0] : undefined;
  const linkedTo = new Map<string, string>();
  for (const model of input.catalog.models) {
    for (const link of model.links)
      if (link.hf?.type === "model") linkedTo.set(link.hf.id.toLowerCase(), model.id);
  }
  const baseModels = [
    ...new Set(
      bases.flatMap((b) =>
        b.base_models.map((p) => linkedTo.get(p.repo.toLowerCase())).filter((e): e is string => Boolean(e)),
      ),
    ),
  ];
  const links = bases
    .map((b) => b.repo)
    .sort()
    .map((repo) => ({
      rel: "hf" as const,
      url: hfUrl({ type: "model", id: repo }),
      hf: { type: "model" as const, id: repo },
    }));
  const provenance = {
    source: `${input.hubUrl}/api/models?author=${input.watched.author}&sort=createdAt`,
    line: 1,
    section: "hub discover",
    raw: members.map((m) => m.repo),
    revision: input.date,
  };
  const model: Model = {
    name,
    org: input.watched.author,
    ...(released ? { released } : {}),
    sections: input.watched.sections,
    status: "listed",
    availability: bases.some((b) => b.safetensors || b.gguf) ? "open-weights" : "unknown",
    ...(sizes ? { sizes } : {}),
    ...(license ? { license } : {}),
    links,
    base_models: baseModels,
    tags: [],
    languages: [],
    scores: [],
    provenance: [provenance],
    corrections: [],
  };
  const copies = repos.filter((r) => r.role !== "base").length;
  const sizeText = sizes ? ` (${sizes.label})` : "";
  const news: NewsItem = {
    date: released ?? input.date,
    text: {
      en: `${input.watched.author} published ${name}${sizeText} on the Hugging Face Hub${copies ? `, with ${copies} quantised or adapter variant${copies > 1 ? "s" : ""}` : ""}.`,
      ja: `${input.watched.author} が ${name}${sizes ? `（${sizes.label}）` : ""} を Hugging Face Hub で公開。`,
    },
    models: [id],
    links: links.slice(0, 1).map((l) => ({ rel: "hf" as const, url: l.url, hf: l.hf })),
    highlight: false,
    provenance: [provenance],
    corrections: [],
  };
  return {
    discovered: input.date,
    author: input.watched.author,
    repos: [...repos],
    hub_licenses: license ? [] : hubLicences,
    model,
    news,
  };
}

/**
 * Sizes of the base repos (counts within 2 % are one size), labelled as the repo names say (`8B`) or, when
 * a name states none, from the Hub's count. `params` are read from the label, the catalogue's convention;
 * the exact Hub counts stay in the candidate's `repos`.
 */
function sizesOf(bases: readonly HubRepoFacts[]): Model["sizes"] | undefined {
  const found: { params: number; label: string }[] = [];
  for (const base of bases) {
    const params = statedParams(base);
    if (params === undefined) continue;
    if (found.some((f) => Math.abs(f.params - params) / f.params < 0.02)) continue;
    const token = familyName(base.repo.split("/")[1] ?? base.repo).sizes[0];
    found.push({ params, label: token ?? formatParams(params) });
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.params - b.params);
  return parseSizes(found.map((f) => f.label).join(", "));
}
