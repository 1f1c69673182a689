import { describe, expect, it } from "vitest";
import { type FacetGroup, FOLD_OVER, renderFacetGroups } from "./facet-form.js";

const group = (name: string, n: number, checked = -1): FacetGroup => ({
  name,
  legend: `Legend ${name}`,
  values: Array.from({ length: n }, (_, i) => ({
    value: `v${i}`,
    label: `<b>${i}</b>`,
    count: n - i,
    checked: i === checked,
  })),
});

describe("renderFacetGroups", () => {
  it("folds only facets longer than FOLD_OVER, and opens a folded one with a selected value", () => {
    const out = String(
      renderFacetGroups([group("short", FOLD_OVER), group("long", FOLD_OVER + 1), group("picked", 30, 29)]),
    );
    const [short, long, picked] = out.split(/(?<!\n)(?=<fieldset|<details)/).filter((s) => s.trim());
    expect(short).toMatch(/^<fieldset data-facet="short"><legend>Legend short<\/legend>/);
    expect(long).toMatch(
      /^<details class="facet"><summary>Legend long<\/summary>\n<fieldset data-facet="long"><legend class="visually-hidden">Legend long<\/legend>/,
    );
    expect(picked).toMatch(/^<details class="facet" open><summary>Legend picked<\/summary>/);
    expect(picked).toContain('value="v29" checked>');
    expect(out).not.toContain("<b>");
    expect(out).toContain("&lt;b&gt;0&lt;/b&gt;");
  });

  it("leaves out empty facets", () => {
    expect(String(renderFacetGroups([group("none", 0)]))).toBe("");
  });
});
