import { describe, expect, it } from "vitest";
import { fixtureModel } from "../../test/helpers/query-fixture.js";
import { type Catalog, emptyCatalog, type Model, Section, type WithId } from "../core/index.js";
import { lintCatalog } from "./lint-catalog.js";

function model(id: string, overrides: Partial<Model> = {}): WithId<Model> {
  return fixtureModel(id, {
    name: id,
    released: "2025-04",
    sections: ["general"],
    availability: "unknown",
    ...overrides,
  });
}

function catalog(...models: WithId<Model>[]): Catalog {
  const c = emptyCatalog();
  c.sections.push(Section.parse({ id: "general", kind: "models", title: { en: "General" } }));
  c.models.push(...models);
  return c;
}

const lint = (c: Catalog) =>
  lintCatalog(c, new Map(), { today: "2025-06-15" }).map((d) => [d.file, d.path, d.rule, d.severity]);

describe("lintCatalog", () => {
  it("accepts a clean catalogue", () => {
    expect(lint(catalog(model("a"), model("b", { base_models: ["a"] })))).toEqual([]);
  });

  it("compares dates at their own precision", () => {
    expect(lint(catalog(model("a", { released: "2025-06" })))).toEqual([]);
    expect(lint(catalog(model("a", { released: "2025-06-16" })))).toEqual([
      ["models/a.yaml", "released", "date/future", "error"],
    ]);
    expect(lint(catalog(model("a", { released: "2016-12" })))[0]![2]).toBe("date/implausible");
  });

  it("checks a size label against its numbers", () => {
    const ok = model("a", { sizes: { label: "0.6~235B", params: [6e8, 2.35e11], range: true } });
    const moe = model("b", { sizes: { label: "671B", params: [6.71e11], active: 3.7e10 } });
    const prose = model("c", { sizes: { label: "?", params: [] } });
    expect(lint(catalog(ok, moe, prose))).toEqual([]);
    const wrong = model("d", { sizes: { label: "not a size", params: [7e9] } });
    expect(lint(catalog(wrong))).toEqual([["models/d.yaml", "sizes.label", "sizes/label", "error"]]);
  });

  it("flags self and dangling references", () => {
    expect(lint(catalog(model("a", { base_models: ["a", "zz"] })))).toEqual([
      ["models/a.yaml", "base_models.0", "ref/self", "error"],
      ["models/a.yaml", "base_models.1", "ref/dangling", "error"],
    ]);
  });

  it("checks HF links: id must match the URL, rel hf must be on the Hub, relative URLs warn", () => {
    const a = model("a", {
      links: [
        { rel: "hf", url: "https://huggingface.co/org/x", hf: { type: "model", id: "org/y" } },
        { rel: "hf", url: "https://github.com/org/x" },
        { rel: "other", url: "img/figure.png" },
        {
          rel: "hf",
          url: "https://huggingface.co/img/figure.png",
          hf: { type: "model", id: "img/figure.png" },
        },
      ],
    });
    expect(lint(catalog(a))).toEqual([
      ["models/a.yaml", "links.0.hf", "link/hf-mismatch", "error"],
      ["models/a.yaml", "links.1.url", "link/hf-host", "error"],
      ["models/a.yaml", "links.2.url", "link/relative", "warning"],
      ["models/a.yaml", "links.3.url", "link/hf-file", "warning"],
    ]);
  });

  it("warns on a shared collection but errors on a shared model repo", () => {
    const link = (type: "model" | "collection", id: string) => ({
      rel: "hf" as const,
      url: `https://huggingface.co/${type === "collection" ? "collections/" : ""}${id}`,
      hf: { type, id },
    });
    const c = catalog(
      model("a", { name: "A", links: [link("collection", "Qwen/qwen25-1"), link("model", "Org/Model")] }),
      model("b", { name: "B", links: [link("collection", "Qwen/qwen25-1"), link("model", "org/model")] }),
    );
    expect(lint(c)).toEqual([
      ["models/a.yaml", "links.0.url", "duplicate/hf-collection", "warning"],
      ["models/b.yaml", "links.0.url", "duplicate/hf-collection", "warning"],
      ["models/a.yaml", "links.1.url", "duplicate/hf-model", "error"],
      ["models/b.yaml", "links.1.url", "duplicate/hf-model", "error"],
    ]);
  });

  it("reports licence aliases that name two licences", () => {
    const c = catalog();
    const license = (id: string, aliases: string[]) => ({
      id,
      name: id,
      commercial: "unknown" as const,
      condition: { en: "x" },
      aliases,
    });
    c.licenses.push(license("llama3", ["Llama 3"]), license("llama3.1", ["LLAMA-3"]));
    expect(lint(c)).toEqual([["licenses/llama3.1.yaml", "aliases.0", "license/ambiguous-alias", "error"]]);
  });

  it("rejects a malformed today", () => {
    expect(() => lintCatalog(catalog(), new Map(), { today: "2025-6-1" })).toThrow(TypeError);
  });
});
