import { describe, expect, it } from "vitest";
import { type Catalog, emptyCatalog, type Model, type WithId } from "../core/index.js";
import { mergeImport } from "./merge-import.js";

const base = (over: Partial<WithId<Model>> = {}): WithId<Model> => ({
  id: "alpha",
  name: "Alpha",
  status: "listed",
  links: [{ rel: "hf", url: "https://huggingface.co/a/alpha", hf: { type: "model", id: "a/alpha" } }],
  tags: [],
  provenance: [{ source: "list.md", line: 3, raw: ["2025.4", "[Alpha]()", "7B"] }],
  corrections: [],
  sections: ["general"],
  availability: "open-weights",
  base_models: [],
  languages: [],
  scores: [],
  released: "2025-04",
  ...over,
});
const catalogOf = (...models: WithId<Model>[]): Catalog => ({ ...emptyCatalog(), models });

describe("mergeImport", () => {
  it("is idempotent: merging the same import changes nothing", () => {
    const first = mergeImport(emptyCatalog(), catalogOf(base())).catalog;
    const second = mergeImport(first, catalogOf(base()));
    expect(second.catalog).toEqual(first);
    expect(second.conflicts).toEqual([]);
  });

  it("keeps a field a curator corrected and reports it", () => {
    const curated = base({
      released: "2025-03",
      corrections: [{ field: "released", from: "2025-04", to: "2025-03", reason: "typo", by: "curator" }],
    });
    const { catalog, conflicts } = mergeImport(
      catalogOf(curated),
      catalogOf(base({ provenance: [{ source: "list.md", line: 4, raw: ["2025.4", "[Alpha]()", "8B"] }] })),
    );
    expect(catalog.models[0]!.released).toBe("2025-03");
    expect(catalog.models[0]!.corrections).toHaveLength(1);
    expect(catalog.models[0]!.provenance[0]!.line).toBe(4);
    expect(conflicts).toMatchObject([{ kind: "merge/curated", entry: "alpha", severity: "warning" }]);
  });

  it("keeps a hand edit when the source row is unchanged, and takes source changes otherwise", () => {
    const edited = base({ org: "Curated Org" });
    const same = mergeImport(catalogOf(edited), catalogOf(base({ org: "Source Org" })));
    expect(same.catalog.models[0]!.org).toBe("Curated Org");
    expect(same.conflicts[0]).toMatchObject({ kind: "merge/hand-edit", severity: "info" });
    const changed = base({
      org: "Source Org",
      provenance: [{ source: "list.md", line: 3, raw: ["2025.4", "[Alpha (Source Org)]()", "7B"] }],
    });
    expect(mergeImport(catalogOf(edited), catalogOf(changed)).catalog.models[0]!.org).toBe("Source Org");
  });

  it("matches by Hugging Face link when the id changed, and remaps references", () => {
    const existing = catalogOf(base({ id: "alpha-renamed", name: "Alpha Renamed" }));
    const incoming = catalogOf(
      base(),
      base({ id: "beta", name: "Beta", links: [], base_models: ["alpha"], released: "2025-05" }),
    );
    const { catalog } = mergeImport(existing, incoming);
    expect(catalog.models.map((m) => m.id)).toEqual(["alpha-renamed", "beta"]);
    expect(catalog.models[1]!.base_models).toEqual(["alpha-renamed"]);
  });

  it("never deletes entries the source no longer lists, and keeps facts the source never states", () => {
    const withMedical = base({ medical: { specialty: ["radiology"] } });
    const gone = base({ id: "gone", name: "Gone", links: [], released: "2020-01" });
    const { catalog, conflicts } = mergeImport(
      catalogOf(withMedical, gone),
      catalogOf(base({ provenance: [{ source: "list.md", line: 9, raw: ["x"] }] })),
    );
    expect(catalog.models.map((m) => m.id)).toEqual(["alpha", "gone"]);
    expect(catalog.models[0]!.medical).toEqual({ specialty: ["radiology"] });
    expect(conflicts.map((c) => c.kind)).toContain("merge/not-in-source");
  });
});
