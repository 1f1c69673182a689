import { type Benchmark, type Dataset, type Leaderboard, slugify, type WithId } from "../core/index.js";
import { extractResourceFacts } from "./extract-resource-facts.js";
import type { Anomaly } from "./import-types.js";
import type { ListBullet } from "./list-parts.js";
import { parseInline } from "./parse-inline.js";
import { toLink } from "./to-link.js";

export interface Resources {
  benchmarks: WithId<Benchmark>[];
  datasets: WithId<Dataset>[];
  leaderboards: WithId<Leaderboard>[];
}

/**
 * Reads benchmark, dataset and leaderboard bullets (`[MedQA (USMLE)](url) : description`,
 * `MTB: description`, `[A](u1), [B](u2)`) into entries; a bullet repeated in one kind is one entry.
 */
export function buildResources(
  bullets: readonly ListBullet[],
  source: string,
  anomalies: Anomaly[],
): Resources {
  const out: Resources = { benchmarks: [], datasets: [], leaderboards: [] };
  for (const bullet of bullets) {
    const read = readBullet(bullet.markdown);
    if (!read) {
      anomalies.push({
        kind: "bullet/not-entry",
        line: bullet.line,
        severity: "info",
        message: `bullet "${bullet.markdown}" names no resource; skipped`,
        raw: bullet.markdown,
      });
      continue;
    }
    const links = read.links.flatMap((l) => {
      if (l.url) return [toLink(l.url, l.primary ? undefined : l.label).link];
      anomalies.push({
        kind: "link/empty",
        line: bullet.line,
        severity: "info",
        message: `empty link target: [${l.label}]()`,
        raw: bullet.markdown,
      });
      return [];
    });
    const provenance = {
      source,
      line: bullet.line,
      section: bullet.heading,
      ...(bullet.group ? { group: bullet.group } : {}),
      status: "listed" as const,
      raw: [bullet.markdown],
    };
    const list = out[bullet.kind] as (WithId<Benchmark> | WithId<Leaderboard>)[];
    const id = slugify(read.name);
    const existing = list.find((e) => e.id === id);
    if (existing) {
      for (const l of links) if (!existing.links.some((x) => x.url === l.url)) existing.links.push(l);
      if (!existing.sections.includes(bullet.section.id)) existing.sections.push(bullet.section.id);
      if (read.description && !existing.notes) existing.notes = { en: read.description };
      existing.provenance.push(provenance);
      anomalies.push({
        kind: "duplicate/merged",
        line: bullet.line,
        severity: "info",
        entry: id,
        message: `"${read.name}" is listed again; merged into one ${bullet.kind.slice(0, -1)} entry`,
      });
      continue;
    }
    const common = {
      name: read.name,
      status: "listed" as const,
      links,
      tags: [],
      ...(read.description ? { notes: { en: read.description } } : {}),
      provenance: [provenance],
      corrections: [],
      sections: [bullet.section.id],
      ...(bullet.group ? { group: bullet.group } : {}),
      ...(bullet.subgroup ? { subgroup: bullet.subgroup } : {}),
    };
    if (bullet.kind === "leaderboards") {
      out.leaderboards.push({ id, ...common, benchmarks: [] });
      continue;
    }
    const facts = extractResourceFacts({
      name: read.name,
      description: read.description,
      ...(bullet.group ? { group: bullet.group } : {}),
      urls: links.map((l) => l.url),
    });
    (list as WithId<Benchmark>[]).push({ id, ...common, ...facts, leaderboards: [] });
  }
  return out;
}

interface ReadBullet {
  name: string;
  description: string;
  links: { label: string; url: string; primary: boolean }[];
}

/** `[Name](url) : text`, `Name: text`, `[A](u), [B](v)`; undefined for `etc.` and the like. */
export function readBullet(markdown: string): ReadBullet | undefined {
  const lead = /^\[((?:[^[\]]|\[[^[\]]*\])*)\]\(([^)]*)\)\s*(.*)$/s.exec(markdown.trim());
  if (lead) {
    const first = parseInline(`[${lead[1]}](${lead[2]})`);
    const rest = parseInline(lead[3]!.replace(/^[\s:：,、-]+/, ""));
    const name = first.text;
    if (!name) return undefined;
    return {
      name,
      description: lead[3]!.replace(/\[[^\]]*\]\([^)]*\)/g, "").replace(/[\s:：,、.-]+/g, "")
        ? rest.text
        : "",
      links: [
        { label: name, url: lead[2]!.trim(), primary: true },
        ...rest.links.map((l) => ({ ...l, primary: false })),
      ],
    };
  }
  const plain = parseInline(markdown);
  const m = /^(.+?)\s*[:：]\s*(.*)$/.exec(plain.text);
  const name = (m ? m[1]! : plain.text).trim();
  if (!name || /^(etc\.?|others?|and more)$/i.test(name) || name.length > 60) return undefined;
  return {
    name,
    description: m ? m[2]!.trim() : "",
    links: plain.links.map((l) => ({ ...l, primary: false })),
  };
}
