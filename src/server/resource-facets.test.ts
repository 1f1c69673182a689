import { describe, expect, it } from "vitest";
import { UsageError } from "../core/index.js";
import { countResourceFacets, filterResources, parseResourceFilter } from "./resource-facets.js";

const items = [
  { id: "a", tasks: ["qa"], languages: ["ja"], modality: ["text"] },
  { id: "b", tasks: ["qa", "summarization"], languages: ["en"], modality: ["text"] },
  { id: "c", tasks: ["vqa"], languages: ["en"], modality: ["image", "text"], group: "vision" },
];
const FACETS = ["task", "lang", "modality", "group"] as const;

describe("resource facets", () => {
  it("parses repeated and comma-separated values and filters with any-of inside, AND across", () => {
    const filter = parseResourceFilter({ task: ["qa,vqa"], lang: ["en"] }, items, FACETS);
    expect(filter).toEqual({ task: ["qa", "vqa"], lang: ["en"] });
    expect(filterResources(items, filter).map((i) => i.id)).toEqual(["b", "c"]);
  });

  it("counts each facet with its own filter left out", () => {
    const counts = countResourceFacets(items, { lang: ["en"] }, FACETS);
    expect(counts.lang).toEqual([
      { value: "en", count: 2 },
      { value: "ja", count: 1 },
    ]);
    expect(counts.task).toEqual([
      { value: "qa", count: 1 },
      { value: "summarization", count: 1 },
      { value: "vqa", count: 1 },
    ]);
  });

  it("names the parameter and the valid values on bad input", () => {
    const bad = () => parseResourceFilter({ modality: ["audio"] }, items, FACETS);
    expect(bad).toThrow(UsageError);
    try {
      bad();
    } catch (e) {
      expect(e).toMatchObject({ parameter: "modality", valid: ["image", "text"] });
    }
    expect(() => parseResourceFilter({ nope: ["x"] }, items, FACETS)).toThrow(/unknown parameter "nope"/);
  });
});
