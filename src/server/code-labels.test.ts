import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CODE_LABELS, type CodeKind } from "../core/index.js";
import { openIndex } from "../query/index.js";
import { codeLabel, codeLabels } from "./code-labels.js";

describe("codeLabel", () => {
  it("names a code in the UI language and leaves an unknown code as it is", () => {
    expect(codeLabel("task", "mcq", "en")).toBe("multiple choice");
    expect(codeLabel("task", "mcq", "ja")).toBe("多肢選択");
    expect(codeLabel("modality", "ehr", "ja")).toBe("電子カルテ");
    expect(codeLabel("task", "brand-new-task", "ja")).toBe("brand-new-task");
    // Only the table's own keys: no inherited property answers for a code.
    expect(codeLabel("task", "constructor", "en")).toBe("constructor");
    expect(codeLabels("restriction", ["non-commercial", "research-only"], "en")).toBe(
      "non-commercial, research only",
    );
  });

  it("labels the same codes in both languages", () => {
    for (const kind of Object.keys(CODE_LABELS.en) as CodeKind[]) {
      expect(Object.keys(CODE_LABELS.ja[kind]).sort(), kind).toEqual(
        Object.keys(CODE_LABELS.en[kind]).sort(),
      );
    }
  });

  it("labels every code the committed catalogue uses", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "llm-radar-labels-"));
    const index = await openIndex({ catalogDir: "catalog", indexPath: path.join(dir, "index.sqlite") });
    try {
      const vocabulary = index.vocabulary();
      const resources = [...index.listBenchmarks(), ...index.listDatasets()];
      const used: [CodeKind, string[]][] = [
        ["task", vocabulary.task ?? []],
        ["modality", vocabulary.modality ?? []],
        ["restriction", vocabulary.restriction ?? []],
        ["specialty", vocabulary.specialty ?? []],
        ["source", [...new Set(resources.flatMap((r) => r.source_type))]],
      ];
      for (const [kind, codes] of used) {
        expect(codes.length, kind).toBeGreaterThan(0);
        for (const code of codes)
          expect(Object.hasOwn(CODE_LABELS.en[kind], code), `${kind}: ${code}`).toBe(true);
      }
    } finally {
      index.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
