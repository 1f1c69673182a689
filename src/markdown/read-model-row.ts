import {
  type Correction,
  type License,
  type Link,
  type Model,
  parseListDate,
  parseSizes,
  type WithId,
} from "../core/index.js";
import type { Anomaly } from "./import-types.js";
import type { ListRow } from "./list-parts.js";
import { type InlineText, parseInline } from "./parse-inline.js";
import { readMisc, splitTokens } from "./read-misc.js";
import { readSizes } from "./read-sizes.js";
import { readTraining } from "./read-training.js";
import { resolveLicense } from "./resolve-license.js";
import { toLink } from "./to-link.js";

/** A model read from one row, before duplicates are merged and base models resolved. */
export interface ModelDraft {
  row: ListRow;
  model: Model;
  /** Names in the test column, resolved against benchmarks and datasets later. */
  tests: string[];
  /** The pretraining/base cell as text, resolved against other models later. */
  base: string;
}

type Field = "date" | "name" | "hf" | "size" | "license" | "pretraining" | "finetuning" | "test" | "misc";

const EMPTY = /^(|-|–|—|\?|n\/a)$/i;
const TEMPLATE_NAME = /^name$/i;

/**
 * Reads one table row into a model draft, repairing what is unambiguous (swapped size and licence
 * cells, HF links without a host) with a recorded correction and reporting everything else.
 * Returns undefined for rows that are not entries (the template row, empty rows).
 */
export function readModelRow(
  row: ListRow,
  licenses: readonly WithId<License>[],
  anomalies: Anomaly[],
): ModelDraft | undefined {
  const report = (kind: string, severity: Anomaly["severity"], message: string) =>
    anomalies.push({ kind, line: row.line, severity, message, raw: row.raw });
  const cells = fitCells(row, report);
  const cell = (field: Field) => cells.get(field) ?? "";
  const nameCell = parseInline(cell("name"));
  if (isTemplate(nameCell, cells)) {
    report("row/template", "warning", "leftover template row (`[name]()`), not imported");
    return undefined;
  }
  if ([...cells.values()].every((c) => EMPTY.test(c.trim()))) {
    report("row/empty", "info", "empty row, not imported");
    return undefined;
  }
  const { name, org } = splitOrg(nameCell.text);
  if (!name) {
    report("row/no-name", "error", "row has no model name, not imported");
    return undefined;
  }
  const corrections: Correction[] = [];
  const links: Link[] = [];
  const addLinks = (inline: InlineText, what: string) => {
    for (const l of inline.links) {
      if (!l.url) {
        report("link/empty", "info", `empty link target in ${what}: [${l.label}]()`);
        continue;
      }
      const { link, repaired } = toLink(l.url, what === "name" ? undefined : l.label, {
        bareHf: what === "HF column",
      });
      if (repaired) {
        corrections.push({
          field: "links",
          from: l.url,
          to: link.url,
          reason: "HF link had no host",
          by: "import",
        });
        report("link/no-host", "info", `HF link "${l.url}" has no host; read as ${link.url}`);
      }
      if (what === "HF column" && link.rel !== "hf") {
        report("link/not-hf", "info", `HF column links to ${link.url} (kept as a ${link.rel} link)`);
      }
      if (!links.some((x) => x.url === link.url)) links.push(link);
    }
  };
  addLinks(nameCell, "name");

  let sizeText = parseInline(cell("size")).text;
  let licenseCell = parseInline(cell("license"));
  const sizeAsLicense = resolveLicense({ text: sizeText, links: [] }, licenses);
  if (
    sizeAsLicense &&
    !parseSizes(sizeText) &&
    (EMPTY.test(licenseCell.text) || parseSizes(licenseCell.text))
  ) {
    const swappedSize = licenseCell.text;
    corrections.push(
      {
        field: "sizes",
        from: sizeText,
        to: swappedSize,
        reason: "size and licence cells swapped",
        by: "import",
      },
      {
        field: "license",
        from: swappedSize,
        to: sizeText,
        reason: "size and licence cells swapped",
        by: "import",
      },
    );
    report(
      "column/swapped",
      "info",
      `licence "${sizeText}" was in the size column; swapped with "${swappedSize}"`,
    );
    licenseCell = { text: sizeText, links: [] };
    sizeText = swappedSize;
  }

  const misc = readMisc(cell("misc"));
  const model: Model = {
    name,
    ...(org ? { org } : {}),
    status: row.status,
    links,
    tags: misc.tags,
    provenance: [],
    corrections,
    sections: [row.section.id],
    availability: "unknown",
    base_models: [],
    languages: [],
    scores: misc.scores,
  };
  const date = cell("date").trim();
  const released = parseListDate(date);
  if (released) model.released = released;
  else if (date) report("date/unparsed", "warning", `date "${date}" is not a year.month`);
  else report("date/missing", "info", "row has no date");

  const sizes = readSizes(sizeText, misc.active, report);
  if (sizes) model.sizes = sizes;

  if (!EMPTY.test(licenseCell.text) || licenseCell.links.some((l) => l.url)) {
    const id = resolveLicense(licenseCell, licenses);
    if (id) model.license = id;
    else {
      const shown = cell("license").trim();
      report(
        "license/unknown",
        "warning",
        `unknown licence "${shown}" (kept in provenance; licence left unset)`,
      );
    }
  }

  const hfCell = parseInline(cell("hf"));
  addLinks(hfCell, "HF column");
  if (hfCell.links.length === 0 && /^(closed|not open|not public|非公開)$/i.test(hfCell.text)) {
    model.availability = "closed";
  } else if (hfCell.links.length === 0 && !EMPTY.test(hfCell.text) && !/^(none|hf)$/i.test(hfCell.text)) {
    report("hf/text", "info", `HF column says "${hfCell.text}"`);
  }
  if (misc.availability) model.availability = misc.availability;
  else if (model.availability === "unknown" && links.some((l) => l.hf && l.hf.type !== "space")) {
    model.availability = "open-weights";
  }
  for (const link of misc.links) if (!links.some((x) => x.url === link.url)) links.push(link);

  const training = readTraining(
    cell("pretraining"),
    cell("finetuning"),
    misc.methods,
    licenses,
    report,
    links,
  );
  if (training) model.training = training;
  if (row.section.id === "japanese" || misc.languages.includes("ja")) model.languages = ["ja"];
  const notes = misc.notes.join(", ");
  if (notes)
    model.notes = /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}]/u.test(notes) ? { ja: notes } : { en: notes };

  const tests = splitTokens(cell("test"))
    .map((t) => parseInline(t))
    .flatMap((t) => {
      for (const l of t.links) if (l.url) links.push(toLink(l.url, l.label).link);
      return t.links.length > 0 ? [] : [t.text.replace(/\s*etc\.?$/i, "").trim()];
    })
    .filter((t) => t && !/^(none|-)$/i.test(t));
  return { row, model, tests, base: parseInline(cell("pretraining")).text };
}

/** Maps a header cell to the field it holds. */
export function columnField(header: string): Field | undefined {
  const h = parseInline(header).text.toLowerCase();
  if (/^when|^date|^release/.test(h)) return "date";
  if (/^name|^model/.test(h)) return "name";
  if (/^hf|hugging/.test(h)) return "hf";
  if (/^size|param/.test(h)) return "size";
  if (/^licen[cs]e/.test(h)) return "license";
  if (/pretrain|^base/.test(h)) return "pretraining";
  if (/finetun|fine-tun|continual/.test(h)) return "finetuning";
  if (/^test|^eval|bench/.test(h)) return "test";
  if (/^misc|^note|^remark/.test(h)) return "misc";
  return undefined;
}

// --- helpers ---

function fitCells(
  row: ListRow,
  report: (kind: string, severity: Anomaly["severity"], message: string) => void,
): Map<Field, string> {
  const fields = row.columns.map(columnField);
  const cells = new Map<Field, string>();
  const { cells: values } = row;
  if (values.length < fields.length) {
    report(
      "row/short",
      "info",
      `row has ${values.length} cells, its header ${fields.length}; the rest read as empty`,
    );
  }
  const overflow = values.slice(fields.length).filter((c) => c.trim() !== "");
  if (overflow.length > 0) {
    report(
      "row/long",
      "warning",
      `row has ${values.length} cells, its header ${fields.length}; extra "${overflow.join(" | ")}" read as misc`,
    );
  }
  fields.forEach((field, i) => {
    if (field && values[i] !== undefined && !cells.has(field)) cells.set(field, values[i]!);
  });
  if (overflow.length > 0)
    cells.set("misc", [cells.get("misc") ?? "", ...overflow].filter((c) => c.trim()).join(", "));
  return cells;
}

function isTemplate(name: InlineText, cells: Map<Field, string>): boolean {
  return (
    TEMPLATE_NAME.test(name.text) &&
    name.links.every((l) => !l.url) &&
    EMPTY.test((cells.get("date") ?? "").trim())
  );
}

/** `Qwen3 (Alibaba)` → name `Qwen3`, org `Alibaba`. */
export function splitOrg(text: string): { name: string; org?: string } {
  const m = /^(.*?\S)\s*\(([^()]+)\)\s*$/.exec(text.trim());
  if (!m) return { name: text.trim() };
  return { name: m[1]!.trim(), org: m[2]!.trim() };
}
