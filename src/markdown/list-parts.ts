import type { EntryStatus, Section } from "../core/index.js";

/** A raw table row of the imported markdown, with the context it was found in. */
export interface ListRow {
  line: number;
  cells: string[];
  /** Header cells of the table the row belongs to (or the section's columns when it has none). */
  columns: string[];
  section: Section;
  /** Section heading as written. */
  heading: string;
  group?: string;
  status: EntryStatus;
  raw: string;
  /** Position of the table in the section, for checking date order. */
  table: number;
}

/** A raw bullet of a benchmarks, leaderboards or datasets list. */
export interface ListBullet {
  line: number;
  markdown: string;
  kind: "benchmarks" | "datasets" | "leaderboards";
  section: Section;
  heading: string;
  /** `###` heading above the bullet. */
  group?: string;
  /** Bold label or lead-in paragraph above the bullet (`**Others**`). */
  subgroup?: string;
}

/** A raw NEWS or History bullet. */
export interface ListNews {
  line: number;
  markdown: string;
  highlight: boolean;
}
