import { describe, expect, it } from "vitest";
import { Section } from "../core/index.js";
import { importList } from "./import-list.js";

const SECTIONS: Section[] = [Section.parse({ id: "general", kind: "models", title: { en: "General" } })];
const LICENSES = [
  { id: "mit", name: "MIT License", commercial: "yes" as const, condition: { en: "x" }, aliases: [] },
];
const HEAD =
  "## General\n\n| When? | Name | HF? | Size | License | pretraining/base | finetuning | misc. |\n|---|---|---|---|---|---|---|---|\n";

const run = (rows: string) =>
  importList(HEAD + rows, { source: "t.md", licenses: LICENSES, sections: SECTIONS });

describe("base models", () => {
  it("resolves a base by name, through `ベース`, `based on` and a size suffix", () => {
    const { catalog } = run(
      [
        "|2024.1| [Base2 (Lab)]() | | 70B | mit | | | |",
        "|2024.2| [Child A]() | | 7B | mit | Base2-70Bベース | | |",
        "|2024.3| [Child B]() | | 7B | mit | based on Base2 | | |",
      ].join("\n"),
    );
    expect(catalog.models.map((m) => [m.id, m.base_models])).toEqual([
      ["base2", []],
      ["child-a", ["base2"]],
      ["child-b", ["base2"]],
    ]);
    expect(catalog.models[1]!.training?.pretraining).toBe("Base2-70Bベース");
  });

  it("keeps an unknown base as text and reports it; token counts are not bases", () => {
    const { catalog, anomalies } = run(
      [
        "|2024.2| [Child]() | | 7B | mit | Mystery-LM | | |",
        "|2024.1| [Big]() | | 7B | mit | 14.8T | | |",
      ].join("\n"),
    );
    expect(catalog.models[0]).toMatchObject({ base_models: [], training: { pretraining: "Mystery-LM" } });
    expect(catalog.models[1]!.training).toEqual({ pretraining: "14.8T", tokens: 14.8e12 });
    expect(anomalies.filter((a) => a.kind === "base/unresolved").map((a) => a.entry)).toEqual(["child"]);
  });

  it("reports a licence in the pretraining column and a model released before its base", () => {
    const { anomalies } = run(
      [
        "|2024.5| [Parent]() | | 7B | mit | | | |",
        "|2024.3| [Kid]() | | 7B | | MIT | | |",
        "|2024.1| [Early]() | | 7B | mit | Parent | | |",
      ].join("\n"),
    );
    expect(anomalies.map((a) => a.kind)).toEqual(
      expect.arrayContaining(["column/license-in-pretraining", "date/before-base"]),
    );
  });
});
