import { describe, expect, it } from "vitest";
import { type License, Section, type WithId } from "../core/index.js";
import { clearRowCache, createRowReader } from "./create-row-reader.js";
import type { Anomaly } from "./import-types.js";
import type { ListRow } from "./list-parts.js";
import { readModelRow } from "./read-model-row.js";

const section: Section = Section.parse({ id: "general", kind: "models", title: { en: "General" } });
const licenses: WithId<License>[] = [
  { id: "mit", name: "MIT License", spdx: "MIT", aliases: [], url: "https://opensource.org/license/mit" },
] as unknown as WithId<License>[];
const columns = ["When?", "Name", "HF?", "Size", "License", "pretraining", "finetuning", "misc."];

function row(line: number, cells: string[]): ListRow {
  return {
    line,
    cells,
    columns,
    section,
    heading: "General",
    status: "listed",
    raw: cells.join(" | "),
    table: 1,
  };
}

const cells = [
  "2025.13",
  "[Qwen3 (Alibaba)](https://qwen.ai)",
  "[HF](Qwen/Qwen3-8B)",
  "8B",
  "MSRA",
  "",
  "",
  "RAG",
];

describe("createRowReader", () => {
  it("answers a row read before with what readModelRow says, anomalies at the new line", () => {
    clearRowCache();
    createRowReader(licenses)(row(10, cells), []);
    const anomalies: Anomaly[] = [];
    const reused = createRowReader(licenses)(row(42, cells), anomalies);
    const expected: Anomaly[] = [];
    const fresh = readModelRow(row(42, cells), licenses, expected);
    expect(reused).toEqual(fresh);
    expect(anomalies).toEqual(expected);
    expect(anomalies.length).toBeGreaterThan(1); // bad date, unknown licence, HF link without host
    expect(anomalies.every((a) => a.line === 42)).toBe(true);
  });

  it("gives every import its own copy of the model", () => {
    clearRowCache();
    const read = createRowReader(licenses);
    const first = read(row(1, cells), [])!;
    first.model.links.push({ url: "https://changed.example", rel: "homepage" } as never);
    first.model.tags.push("changed");
    const second = read(row(1, cells), [])!;
    expect(second.model).toEqual(readModelRow(row(1, cells), licenses, [])!.model);
  });

  it("reads a row again when the licence registry changed", () => {
    clearRowCache();
    const withMsra = [...licenses, { id: "msra", name: "MSRA", aliases: [] } as unknown as WithId<License>];
    expect(createRowReader(licenses)(row(1, cells), [])!.model.license).toBeUndefined();
    expect(createRowReader(withMsra)(row(1, cells), [])!.model.license).toBe("msra");
  });

  it("keeps rows apart by section, status and columns", () => {
    clearRowCache();
    const read = createRowReader(licenses);
    read(row(1, cells), []);
    const japanese = { ...row(1, cells), section: { ...section, id: "japanese" } };
    expect(read(japanese, [])!.model.languages).toEqual(["ja"]);
    expect(read({ ...row(1, cells), status: "archived" }, [])!.model.status).toBe("archived");
    const shifted = { ...row(1, cells), columns: ["Name", ...columns] };
    expect(read(shifted, [])!.model.name).toBe("2025.13");
  });
});
