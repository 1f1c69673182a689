import { describe, expect, it } from "vitest";
import { type Catalog, emptyCatalog, type Model, parseHfUrl, type WithId } from "../core/index.js";
import { createHistoryDiffer } from "./create-history-differ.js";
import type { HistoryEvent } from "./history-event.js";
import { takeSnapshot } from "./take-snapshot.js";

// A valid default model plus overrides, placed under one heading at one line.
function model(
  name: string,
  section: string,
  line: number,
  extra: Partial<Model> & { hf?: string } = {},
): WithId<Model> {
  const { hf, ...rest } = extra;
  return {
    id: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    name,
    status: rest.status ?? "listed",
    sections: ["x"],
    availability: "unknown",
    links: hf
      ? [{ rel: "hf", url: `https://huggingface.co/${hf}`, hf: parseHfUrl(`https://huggingface.co/${hf}`) }]
      : [],
    tags: [],
    base_models: [],
    languages: [],
    scores: [],
    corrections: [],
    provenance: [{ source: "t.md", line, section, status: rest.status ?? "listed", raw: [] }],
    ...rest,
  };
}

function catalog(...models: WithId<Model>[]): Catalog {
  return { ...emptyCatalog(), models };
}

const info = (n: number) => ({ commit: `c${n}`, date: `2024-0${n}-01T00:00:00+00:00`, author: "a" });

/** Replays catalogues and returns compact event lines per version. */
function replay(...versions: Catalog[]): string[][] {
  const differ = createHistoryDiffer();
  return versions.map((c, i) => differ.next(takeSnapshot(c), info(i + 1)).map(describeEvent));
}

function describeEvent(e: HistoryEvent): string {
  const who = e.entry ? `${e.entry.id}` : "";
  const extra =
    e.kind === "changed"
      ? (e.changes ?? [])
          .map((c) => `${c.field}:${JSON.stringify(c.from)}->${JSON.stringify(c.to)}`)
          .join(",")
      : e.from !== undefined
        ? `${e.from} -> ${e.to}${e.match ? ` (${e.match})` : ""}`
        : (e.section ?? "");
  return `${e.kind} ${who} ${extra}`.replace(/\s+/g, " ").trim();
}

describe("createHistoryDiffer", () => {
  it("reports the first version as additions and an unchanged version as nothing", () => {
    const v1 = catalog(model("Alpha", "General", 3, { released: "2024-01" }), model("Beta", "General", 4));
    expect(replay(v1, v1)).toEqual([["added alpha General", "added beta General"], []]);
  });

  it("pairs entries by identity, so a reshuffled list is no change", () => {
    const v1 = catalog(
      model("Alpha", "General", 3),
      model("Beta", "General", 4),
      model("Gamma", "General", 5),
    );
    const v2 = catalog(
      model("Gamma", "General", 3),
      model("Alpha", "General", 4),
      model("Beta", "General", 9),
    );
    expect(replay(v1, v2)[1]).toEqual([]);
  });

  it("reports removals, archiving, restoring and field changes", () => {
    const v1 = catalog(
      model("Alpha", "General", 3, { released: "2024-01", license: "mit" }),
      model("Beta", "General", 4),
      model("Gamma", "General", 5, { status: "archived" }),
    );
    const v2 = catalog(
      model("Alpha", "General", 3, { released: "2024-02", license: "mit" }),
      model("Beta", "General", 4, { status: "archived" }),
      model("Delta", "General", 6),
    );
    const v3 = catalog(model("Alpha", "General", 3, { released: "2024-02" }), model("Beta", "General", 4));
    expect(replay(v1, v2, v3).slice(1)).toEqual([
      [
        'changed alpha released:"2024-01"->"2024-02"',
        "archived beta General",
        "added delta General",
        "removed gamma General",
      ],
      ['changed alpha license:"mit"->undefined', "restored beta General", "removed delta General"],
    ]);
  });

  it("tracks a section through four heading renames and reports moves between sections", () => {
    const headings = ["Medical", "Medical models", "Medical Adaptation", "Model", "Models (medical)"];
    const versions = headings.map((h) =>
      catalog(model("Alpha", "General", 3), model("Med-A", h, 10), model("Med-B", h, 11)),
    );
    // Then Med-B moves to General; the lone remaining medical entry keeps its section.
    versions.push(
      catalog(
        model("Alpha", "General", 3),
        model("Med-A", "Models (medical)", 10),
        model("Med-B", "General", 4),
      ),
    );
    expect(replay(...versions).slice(1)).toEqual([
      ["section_renamed Medical -> Medical models"],
      ["section_renamed Medical models -> Medical Adaptation"],
      ["section_renamed Medical Adaptation -> Model"],
      ["section_renamed Model -> Models (medical)"],
      ["moved med-b Models (medical) -> General"],
    ]);
  });

  it("follows a renamed heading whose entries all changed, by its position between the same neighbours", () => {
    const v1 = catalog(model("A", "One", 1), model("B", "Two", 5), model("C", "Three", 9));
    const v2 = catalog(model("A", "One", 1), model("X", "Deux", 5), model("C", "Three", 9));
    expect(replay(v1, v2)[1]).toEqual(["section_renamed Two -> Deux", "added x Deux", "removed b Two"]);
  });

  it("takes a shared Hugging Face repo or a close name as a rename, keeping the stable id", () => {
    const v1 = catalog(
      model("Med PaLM2(Google)", "Medical", 3, { released: "2023-05" }),
      model("XWin", "General", 4, { released: "2023-09", sizes: { label: "70B", params: [7e10] } }),
      model("Swallow", "General", 5, { hf: "tokyotech-llm/Swallow-70b-hf" }),
      model("Qwen2", "General", 6, { released: "2024-06" }),
    );
    const v2 = catalog(
      model("Med-PaLM2 (Google)", "Medical", 3, { released: "2023-05" }),
      model("Xwin-LM", "General", 4, { released: "2023-09", sizes: { label: "70B", params: [7e10] } }),
      model("Llama-Swallow", "General", 5, { hf: "tokyotech-llm/Swallow-70b-hf" }),
      model("Qwen3", "General", 6, { released: "2024-06" }),
    );
    const v3 = catalog(
      model("Med-PaLM2 (Google)", "Medical", 3, { released: "2023-06" }),
      model("Xwin-LM", "General", 4, { released: "2023-09", sizes: { label: "70B", params: [7e10] } }),
      model("Llama-Swallow", "General", 5, { hf: "tokyotech-llm/Swallow-70b-hf" }),
      model("Qwen3", "General", 6, { released: "2024-06" }),
    );
    const [, second, third] = replay(v1, v2, v3);
    expect(second).toEqual([
      "renamed med-palm2-google- Med PaLM2(Google) -> Med-PaLM2 (Google) (close-name)",
      "renamed xwin XWin -> Xwin-LM (close-name)",
      "renamed swallow Swallow -> Llama-Swallow (hf-link)",
      "added qwen3 General",
      "removed qwen2 General",
    ]);
    // The stable id survives the rename.
    expect(third).toEqual(['changed med-palm2-google- released:"2023-05"->"2023-06"']);
  });

  it("reads an organisation split off the name as part of it when comparing names", () => {
    const v1 = catalog(
      model("(EQUES)", "Medical", 3, { released: "2025-04", sizes: { label: "7B", params: [7e9] } }),
    );
    const v2 = catalog(
      model("JPharmatron", "Medical", 3, {
        released: "2025-04",
        sizes: { label: "7B", params: [7e9] },
        org: "EQUES",
      }),
    );
    expect(replay(v1, v2)[1]).toEqual([
      "renamed -eques- (EQUES) -> JPharmatron (close-name)",
      'changed -eques- org:undefined->"EQUES"',
    ]);
  });

  it("pairs two models that share a name by their agreeing facts, not by order", () => {
    const v1 = catalog(
      model("Meditron(EPFL)", "Medical", 3, { released: "2024-04" }),
      model("Meditron(EPFL)", "Medical", 9, { released: "2023-11", license: "llama2" }),
    );
    v1.models[1]!.id = "meditron-epfl-2";
    const v2 = catalog(
      model("Meditron(EPFL)", "Medical", 3, { released: "2023-11", license: "llama2" }),
      model("Meditron(EPFL)", "Medical", 9, { released: "2024-04" }),
    );
    expect(replay(v1, v2)[1]).toEqual([]);
  });

  it("treats a model listed in a second section as moved into both", () => {
    const v1 = catalog(model("Gemma3", "General", 3));
    const both = model("Gemma3", "General", 3);
    both.provenance.push({ source: "t.md", line: 20, section: "Small models", status: "listed", raw: [] });
    expect(replay(v1, catalog(both))[1]).toEqual(["moved gemma3 General -> General, Small models"]);
  });
});
