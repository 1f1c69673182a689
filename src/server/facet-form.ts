import { html } from "hono/html";
import { codeLabel } from "./code-labels.js";
import { languageName, sizeBucketLabels } from "./format.js";
import type { Html } from "./layout.js";
import type { PageContext } from "./page-context.js";
import { NARROW_SCREEN } from "./style-css.js";

export interface FacetGroup {
  /** The query parameter this facet filters (`section`, `task`…). */
  name: string;
  legend: string;
  /** `hidden`: none left under the other filters (the list pages' script may show it again). */
  values: { value: string; label: string; count: number; checked: boolean; hidden?: boolean }[];
}

/** Most values a facet lists; selected values are always shown. Keeps pages small at 10k entries. */
export const FACET_LIMIT = 40;

/**
 * A facet with more values than its box shows without scrolling starts folded, unless one of its values
 * is selected: the short facets stay in view, and the first paint has far fewer controls to lay out.
 */
export const FOLD_OVER = 10;

/**
 * Facets as checkbox fieldsets inside the page's GET form, so filtering works with JavaScript off;
 * the script makes the same controls instant. Long facets sit in a `<details>` whose summary names them
 * (the legend stays for screen readers).
 */
export function renderFacetGroups(groups: FacetGroup[]): Html {
  return html`${groups
    .filter((g) => g.values.length > 0)
    .map((g) => {
      const shown = g.values.filter((v, i) => i < FACET_LIMIT || v.checked);
      const folded = g.values.filter((v) => !v.hidden).length > FOLD_OVER;
      const box = html`<fieldset data-facet="${g.name}"><legend${folded ? html` class="visually-hidden"` : ""}>${g.legend}</legend>
${shown.map(
  (v) =>
    html`<label${v.hidden ? html` hidden` : ""}><input type="checkbox" name="${g.name}" value="${v.value}"${v.checked ? html` checked` : ""}> <span>${v.label}</span> <span class="n">${v.count}</span></label>`,
)}
</fieldset>`;
      if (!folded) return box;
      return html`<details class="facet"${g.values.some((v) => v.checked) ? html` open` : ""}><summary>${g.legend}</summary>
${box}</details>`;
    })}`;
}

/**
 * On a static host the filter forms only work through the page's script (the host ignores the query),
 * so readers without JavaScript are told rather than left with a form that does nothing.
 */
export function staticNotice(ctx: PageContext): Html | "" {
  return ctx.staticSite ? html`<noscript><p class="muted">${ctx.t.static_needs_js}</p></noscript>` : "";
}

/**
 * A filter value as the list pages' forms show it: a language by name, a size bucket by its range, a
 * task or modality in words; anything else (a group heading) as recorded. The value itself stays the code.
 */
export function filterValueLabel(ctx: PageContext, name: string, value: string): string {
  if (name === "lang") return languageName(value, ctx.lang);
  if (name === "size") return sizeBucketLabels(ctx.t)[value] ?? value;
  if (name === "task" || name === "modality") return codeLabel(name, value, ctx.lang);
  return value;
}

/**
 * The filters as an open `<details>`: its summary shows only on narrow screens, where the page's script
 * folds it (FOLD_FILTERS) so the results start on the first screen. Without the script it stays open.
 */
export function filterPanel(ctx: PageContext, filters: Html): Html {
  return html`<details class="filters" open><summary>${ctx.t.filters}</summary>
${filters}
</details>`;
}

/**
 * Browser source defining `foldFilters(set)`, which the page scripts call once they know whether the URL
 * sets a filter: on a narrow screen the panel folds unless one is set (set filters stay in view).
 */
export const FOLD_FILTERS = `
  function foldFilters(set) {
    var panel = document.querySelector("details.filters");
    if (!panel) return;
    var narrow = window.matchMedia("${NARROW_SCREEN}");
    if (narrow.matches && !set) panel.open = false;
    // Wide screens hide the summary, so a folded panel would be out of reach there: unfold it.
    narrow.addEventListener("change", function () { if (!narrow.matches) panel.open = true; });
  }`;

/**
 * Browser source defining `urlValues(form, name, raw)`: a URL parameter's comma-separated values, except
 * that a value one of the form's checkboxes offers whole stays one, as the server reads it (an
 * organisation "Stanford, CRFM").
 */
export const URL_VALUES = `
  function urlValues(form, name, raw) {
    var whole = raw.trim();
    var offered = Array.prototype.some.call(form.querySelectorAll("input[type=checkbox]"), function (box) {
      return box.name === name && box.value === whole;
    });
    return (offered ? [whole] : raw.split(",")).map(function (v) { return v.trim(); }).filter(Boolean);
  }`;

/**
 * Browser source defining `norm(s)` and `searchTerms(q)`: text folded as the index folds it (NFKC, lower
 * case) and a search split into the terms that must each be a substring of an entry's search text.
 */
export const SEARCH_TERMS = `
  function norm(s) { return String(s).normalize("NFKC").toLowerCase(); }
  function searchTerms(q) { return norm(q).split(/\\s+/).filter(Boolean); }`;
