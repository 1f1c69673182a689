import { html } from "hono/html";
import type { Html } from "./layout.js";

export interface FacetGroup {
  /** The query parameter this facet filters (`section`, `task`…). */
  name: string;
  legend: string;
  values: { value: string; label: string; count: number; checked: boolean }[];
}

/** Most values a facet lists; selected values are always shown. Keeps pages small at 10k entries. */
export const FACET_LIMIT = 40;

/**
 * Facets as checkbox fieldsets inside the page's GET form, so filtering works with JavaScript off;
 * the script makes the same controls instant.
 */
export function renderFacetGroups(groups: FacetGroup[]): Html {
  return html`${groups
    .filter((g) => g.values.length > 0)
    .map((g) => {
      const shown = g.values.filter((v, i) => i < FACET_LIMIT || v.checked);
      return html`<fieldset data-facet="${g.name}"><legend>${g.legend}</legend>
${shown.map(
  (v) =>
    html`<label><input type="checkbox" name="${g.name}" value="${v.value}"${v.checked ? html` checked` : ""}> <span>${v.label}</span> <span class="n">${v.count}</span></label>`,
)}
</fieldset>`;
    })}`;
}
