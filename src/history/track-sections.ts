import { slugify, uniqueId } from "../core/index.js";

/** How the sections of the previous version map onto the sections of the next. */
export interface SectionMapping {
  /** Heading as written in the next version → section track id. */
  tracks: Map<string, string>;
  /** Tracks whose heading text changed. */
  renamed: { track: string; from: string; to: string }[];
}

export interface SectionInput {
  /** Headings of the previous version in order, with their track ids. */
  before: readonly string[];
  beforeTracks: ReadonlyMap<string, string>;
  /** Headings of the next version in order. */
  after: readonly string[];
  /** `overlap.get(old)?.get(new)`: entries seen under `old` before and under `new` after. */
  overlap: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Track ids in use, so a new section never takes an existing id. */
  taken: Set<string>;
}

/**
 * Follows sections through heading renames. A heading kept as is stays its section; otherwise a
 * section continues where most of its surviving entries went (and most of the new section's old
 * entries came from it); otherwise a lone new heading in the place of a lone vanished one, between the
 * same neighbouring sections, continues it. So a section renamed four times is still one section, and
 * its rename is reported once per change of heading.
 */
export function trackSections(input: SectionInput): SectionMapping {
  const { before, beforeTracks, after, overlap, taken } = input;
  const tracks = new Map<string, string>();
  const used = new Set<string>();
  const assign = (heading: string, track: string) => {
    tracks.set(heading, track);
    used.add(track);
  };

  // 1. The same heading.
  for (const heading of after) {
    const track = beforeTracks.get(heading);
    if (track !== undefined && !used.has(track)) assign(heading, track);
  }

  // 2. Content overlap: mutual majority, largest first.
  const survivors = new Map<string, number>();
  const incumbents = new Map<string, number>();
  for (const [old, row] of overlap) {
    for (const [next, count] of row) {
      survivors.set(old, (survivors.get(old) ?? 0) + count);
      incumbents.set(next, (incumbents.get(next) ?? 0) + count);
    }
  }
  const candidates: { old: string; next: string; count: number }[] = [];
  for (const [old, row] of overlap) {
    for (const [next, count] of row) {
      if (2 * count >= (survivors.get(old) ?? 0) && 2 * count >= (incumbents.get(next) ?? 0)) {
        candidates.push({ old, next, count });
      }
    }
  }
  // On a tie (a section split in two halves), the part that comes first keeps the section.
  candidates.sort((x, y) => y.count - x.count || after.indexOf(x.next) - after.indexOf(y.next));
  for (const { old, next } of candidates) {
    const track = beforeTracks.get(old);
    if (track !== undefined && !used.has(track) && !tracks.has(next) && after.includes(next)) {
      assign(next, track);
    }
  }

  // 3. Position: one vanished and one new heading between the same neighbouring sections.
  const gapsBefore = gaps(before, (h) =>
    used.has(beforeTracks.get(h) ?? "") ? beforeTracks.get(h) : undefined,
  );
  const gapsAfter = gaps(after, (h) => tracks.get(h));
  for (const [gap, olds] of gapsBefore) {
    const news = gapsAfter.get(gap);
    if (olds.length !== 1 || news?.length !== 1) continue;
    const track = beforeTracks.get(olds[0]!);
    if (track !== undefined && !used.has(track)) assign(news[0]!, track);
  }

  // 4. Everything else is a new section.
  for (const heading of after) {
    if (tracks.has(heading)) continue;
    const track = uniqueId(slugify(heading || "top"), taken);
    taken.add(track);
    assign(heading, track);
  }

  const oldHeading = new Map([...beforeTracks].map(([heading, track]) => [track, heading]));
  const renamed: SectionMapping["renamed"] = [];
  for (const heading of after) {
    const track = tracks.get(heading)!;
    const from = oldHeading.get(track);
    if (from !== undefined && from !== heading) renamed.push({ track, from, to: heading });
  }
  return { tracks, renamed };
}

// --- helpers ---

/** Unmatched headings grouped by the matched tracks on either side of them. */
function gaps(
  headings: readonly string[],
  matched: (h: string) => string | undefined,
): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let previous = "^";
  let pending: string[] = [];
  const flush = (next: string) => {
    if (pending.length > 0) result.set(`${previous}|${next}`, pending);
    pending = [];
  };
  for (const heading of headings) {
    const track = matched(heading);
    if (track === undefined) pending.push(heading);
    else {
      flush(track);
      previous = track;
    }
  }
  flush("$");
  return result;
}
