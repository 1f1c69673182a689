import type { List, ListItem, RootContent } from "mdast";
import type { Section, SectionKind } from "../core/index.js";
import { bulletKind, resourceKind } from "./bullet-kind.js";
import type { Anomaly } from "./import-types.js";
import type { ListBullet, ListNews, ListRow } from "./list-parts.js";
import { maskRows } from "./mask-rows.js";
import { matchSection, newSection } from "./match-section.js";
import { type InlineLink, parseInline } from "./parse-inline.js";
import { parseMarkdown } from "./parse-markdown.js";
import { columnField } from "./read-model-row.js";
import { type HiddenScan, isHeader, scanHidden } from "./scan-hidden.js";
import { addSectionNote, addSeeAlso } from "./section-content.js";
import { looksLikeRow, splitRow } from "./split-row.js";

/** Every raw part of the list, in source order, with the sections they belong to. */
export interface ListParts {
  rows: ListRow[];
  bullets: ListBullet[];
  news: ListNews[];
  sections: Section[];
  /** Ids of sections the source actually has content for. */
  seen: Set<string>;
}

/** The columns the list has always used, for rows found before any table header. */
export const DEFAULT_COLUMNS = [
  "When?",
  "Name",
  "HF?",
  "Size",
  "License",
  "pretraining",
  "finetuning",
  "misc.",
];

/**
 * Walks the markdown once with remark (GFM) for structure and line numbers, and once line by line for
 * what GFM hides (comment rows, a History block that is not a list), and returns the raw parts.
 */
export function walkList(markdown: string, known: readonly Section[], anomalies: Anomaly[]): ListParts {
  const lines = markdown.split(/\r\n|\r|\n/);
  const hidden = scanHidden(lines, anomalies);
  // The tree gives structure and line numbers only; text comes from `lines`. Masking row text lets
  // versions that differ only inside rows share a cached parse.
  const tree = parseMarkdown(maskRows(markdown));
  const walker = new Walker(lines, hidden, known, anomalies);
  for (const node of tree.children) walker.visit(node);
  walker.placeHiddenRows();
  for (const item of hidden.history) walker.parts.news.push({ ...item, highlight: false });
  walker.parts.news.sort((a, b) => a.line - b.line);
  walker.parts.rows.sort((a, b) => a.line - b.line);
  return walker.parts;
}

// --- helpers ---

interface Context {
  line: number;
  section: Section | undefined;
  heading: string;
  group: string | undefined;
  columns: string[] | undefined;
  table: number;
}

class Walker {
  readonly parts: ListParts;
  private heading = "";
  private section: Section | undefined;
  private group: string | undefined;
  private subgroup: string | undefined;
  private columns = new Map<string, string[]>();
  private tables = new Map<string, number>();
  private expectNews = false;
  private expectSeeAlso = false;
  private contexts: Context[] = [];
  private reset = new Set<string>();

  constructor(
    private readonly lines: readonly string[],
    private readonly hidden: HiddenScan,
    known: readonly Section[],
    private readonly anomalies: Anomaly[],
  ) {
    this.parts = { rows: [], bullets: [], news: [], sections: known.map(cloneSection), seen: new Set() };
  }

  visit(node: RootContent): void {
    const start = node.position?.start.line ?? 0;
    const end = node.position?.end.line ?? start;
    const history = this.hidden.historyLines;
    if (history && start >= history[0] && end <= history[1]) return;
    if (node.type === "heading") {
      this.onHeading(node.depth, this.text(start, end).replace(/^#+\s*|\s*#*\s*$/g, ""), start);
    } else if (node.type === "table") {
      this.onTable(node.children.map((row) => row.position?.start.line ?? 0));
    } else if (node.type === "list") this.onList(node);
    else if (node.type === "paragraph") this.onParagraph(start, end);
  }

  /** Comment rows take the section and table context in effect at their line. */
  placeHiddenRows(): void {
    let columns: string[] | undefined;
    for (const row of this.hidden.rows) {
      const context = [...this.contexts].reverse().find((c) => c.line <= row.line);
      if (row.header) {
        columns = row.cells;
        continue;
      }
      const section = context?.section ?? this.fallbackSection(row.line, "models");
      this.parts.seen.add(section.id);
      this.parts.rows.push({
        line: row.line,
        cells: row.cells,
        columns: columns ?? context?.columns ?? columnsOf(section),
        section,
        heading: context?.heading ?? section.title.en,
        ...(context?.group ? { group: context.group } : {}),
        status: "archived",
        raw: row.raw,
        table: context?.table ?? 0,
      });
    }
  }

  private onHeading(depth: number, title: string, line: number): void {
    this.expectNews = /^news$/i.test(title.trim());
    this.expectSeeAlso = /^see (also|more)/i.test(title.trim());
    this.subgroup = undefined;
    const match = matchSection(title, this.parts.sections);
    if (depth <= 2 || (match && !this.section)) {
      this.heading = title;
      this.section = match && this.fresh(match);
      this.group = undefined;
    } else this.group = title;
    this.remember(line);
  }

  private onTable(rowLines: number[]): void {
    const [headerLine, ...bodyLines] = rowLines;
    if (headerLine === undefined) return;
    const header = splitRow(this.lines[headerLine - 1] ?? "") ?? [];
    if (!header.some((cell) => columnField(cell) === "name")) {
      this.anomalies.push({
        kind: "table/not-models",
        line: headerLine,
        severity: "info",
        message: `table without a Name column (${header.join(" | ")}); its ${bodyLines.length} rows are not models, skipped`,
      });
      return;
    }
    const section = this.ensureSection("models", headerLine);
    this.columns.set(section.id, header);
    if (section.columns.length === 0) section.columns = header;
    this.tables.set(section.id, (this.tables.get(section.id) ?? 0) + 1);
    this.remember(headerLine);
    for (const line of bodyLines) {
      const visible = this.hidden.visible(line);
      if (!looksLikeRow(visible) && visible.trim() === "") continue;
      const cells = splitRow(visible) ?? [visible.trim()];
      this.pushRow(section, line, cells, visible.trim(), header);
    }
  }

  private onParagraph(start: number, end: number): void {
    const text = this.text(start, end);
    const lines = text.split("\n").filter((l) => l.trim());
    if (lines.length > 0 && lines.every(looksLikeRow)) {
      this.onLooseRows(start, end);
      return;
    }
    const plain = parseInline(text);
    if (/^[\s\p{Extended_Pictographic}]*news[\s:]*$/iu.test(plain.text)) {
      this.expectNews = true;
      return;
    }
    if (!this.section) return;
    if (/^see (also|more on)\b/i.test(plain.text) && plain.links.length === 0) {
      this.expectSeeAlso = true;
      return;
    }
    const short = lines.length === 1 && !/[.。!！]$/.test(plain.text);
    const label =
      (/\*\*/.test(text) && plain.text.length <= 80) ||
      (this.resourceKind() !== undefined && plain.links.length === 0 && plain.text.length <= 40);
    if (short && label) {
      this.subgroup = plain.text.replace(/:$/, "");
      return;
    }
    this.addNote(plain.text, plain.links);
  }

  /** Pipe rows GFM did not read as a table: cut off from their table, or a table without a header. */
  private onLooseRows(start: number, end: number): void {
    const section = this.ensureSection("models", start);
    let header = this.columns.get(section.id);
    const cutOff = header !== undefined;
    for (let line = start; line <= end; line++) {
      const visible = this.hidden.visible(line);
      const cells = splitRow(visible);
      if (!cells) continue;
      if (isHeader(cells)) {
        header = cells;
        this.columns.set(section.id, cells);
        continue;
      }
      this.anomalies.push({
        kind: cutOff ? "row/cut-off" : "table/no-header",
        line,
        severity: "warning",
        message: cutOff
          ? "row is cut off from its table (blank line or text before it); read with the table's columns"
          : `rows without a table header; read with the columns ${(header ?? columnsOf(section)).join(" | ")}`,
        raw: visible.trim(),
      });
      this.pushRow(section, line, cells, visible.trim(), header ?? columnsOf(section));
    }
  }

  private onList(list: List): void {
    const items = list.children.map((item) => this.itemMarkdown(item));
    if (this.expectNews) {
      this.expectNews = false;
      for (const item of items) this.parts.news.push({ ...item, highlight: true });
      return;
    }
    const seeAlso = this.expectSeeAlso;
    this.expectSeeAlso = false;
    if (!this.section) return;
    for (const item of items) {
      const plain = parseInline(item.markdown);
      if (seeAlso || /^see (also|more on)\b/i.test(plain.text)) {
        this.addSeeAlso(plain.text, plain.links);
        continue;
      }
      const kind = this.resourceKind();
      if (!kind) {
        this.addNote(plain.text, plain.links);
        continue;
      }
      this.parts.seen.add(this.section.id);
      this.parts.bullets.push({
        line: item.line,
        markdown: item.markdown,
        kind: bulletKind(kind, this.subgroup, plain.text),
        section: this.section,
        heading: this.heading,
        ...(this.group ? { group: this.group } : {}),
        ...(this.subgroup ? { subgroup: this.subgroup } : {}),
      });
    }
  }

  private resourceKind(): SectionKind | undefined {
    return this.section ? resourceKind(this.section, this.group) : undefined;
  }

  private pushRow(section: Section, line: number, cells: string[], raw: string, columns: string[]): void {
    this.parts.seen.add(section.id);
    this.parts.rows.push({
      line,
      cells,
      columns,
      section,
      heading: this.heading || section.title.en,
      ...(this.group ? { group: this.group } : {}),
      status: "listed",
      raw,
      table: this.tables.get(section.id) ?? 0,
    });
  }

  private addSeeAlso(text: string, links: InlineLink[]): void {
    this.parts.seen.add(this.section!.id);
    addSeeAlso(this.section!, text, links);
  }

  private addNote(text: string, links: InlineLink[]): void {
    this.parts.seen.add(this.section!.id);
    addSectionNote(this.section!, text, links);
  }

  private ensureSection(kind: SectionKind, line: number): Section {
    if (this.section) return this.section;
    this.section = this.fallbackSection(line, kind);
    this.remember(line);
    return this.section;
  }

  /** A heading the catalogue does not know becomes a new section (reported). */
  private fallbackSection(line: number, kind: SectionKind): Section {
    const heading = this.heading || "Untitled";
    const existing = matchSection(heading, this.parts.sections);
    if (existing) return existing;
    const taken = new Set(this.parts.sections.map((s) => s.id));
    const section = newSection(heading, kind, taken);
    this.parts.sections.push(section);
    this.reset.add(section.id);
    this.anomalies.push({
      kind: "section/new",
      line,
      severity: "info",
      message: `heading "${heading}" matches no known section; created section "${section.id}"`,
    });
    return section;
  }

  /** The source is the truth for a section's layout: its first appearance clears imported parts. */
  private fresh(section: Section): Section {
    if (!this.reset.has(section.id)) {
      this.reset.add(section.id);
      section.columns = [];
      section.see_also = [];
      section.notes = [];
    }
    return section;
  }

  private remember(line: number): void {
    this.contexts.push({
      line,
      section: this.section,
      heading: this.heading,
      group: this.group,
      columns: this.section ? this.columns.get(this.section.id) : undefined,
      table: this.section ? (this.tables.get(this.section.id) ?? 0) : 0,
    });
  }

  private itemMarkdown(item: ListItem): { line: number; markdown: string } {
    const start = item.position?.start.line ?? 0;
    const end = item.position?.end.line ?? start;
    const text = this.text(start, end).replace(/^\s*[-*+]\s+/, "");
    return { line: start, markdown: text.replace(/\s*\n\s*/g, " ").trim() };
  }

  private text(start: number, end: number): string {
    const out: string[] = [];
    for (let line = start; line <= end; line++) out.push(this.hidden.visible(line));
    return out.join("\n");
  }
}

function columnsOf(section: Section): string[] {
  return section.columns.length > 0 ? section.columns : DEFAULT_COLUMNS;
}

function cloneSection(section: Section): Section {
  return structuredClone(section);
}
