import { FOLD_FILTERS, FOLD_OVER, SEARCH_TERMS, URL_VALUES } from "./facet-form.js";
import { shipped } from "./shipped-source.js";

/**
 * The script of the benchmark, dataset, leaderboard and medical pages (served as `/assets/filter-<hash>.js`).
 * Those pages hold every entry of their list, the ones the filter leaves out `hidden`, each row carrying
 * its facet values as JSON (`data-facets`). The script filters them in place on every checkbox change and
 * pushes the URL, so Back undoes it; on load it applies the URL's filter, which matters on a static host
 * (it answers `?task=vqa` with the unfiltered page) and changes nothing on the server's pages. Filtering is
 * the query layer's: any of the checked values within a facet, every facet with a checked value. With
 * `data-recount` on the form, facet counts are recomputed with the facet's own filter left out, and values
 * with none left are hidden unless checked. Matrix columns no shown row has a value in are hidden. A list
 * with a search box (`q`, tied to the form by its `form` attribute) also keeps the rows whose `data-text`
 * holds every term, as the index matches; typing replaces the URL rather than adding to the history.
 */
export const FILTER_SCRIPT = shipped(`"use strict";
(function () {
  var form = document.querySelector("form[data-client-filter]");
  if (!form) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll("[data-facets]"));
  var facts = rows.map(function (row) { return JSON.parse(row.getAttribute("data-facets")); });
  var texts = rows.map(function (row) { return row.getAttribute("data-text") || ""; });
  var search = form.elements.namedItem("q");
  var names = Array.prototype.map.call(form.querySelectorAll("fieldset[data-facet]"), function (f) {
    return f.getAttribute("data-facet");
  });
  var count = document.querySelector("[data-template]");
  var empty = document.querySelector("[data-empty]");
  var recount = form.hasAttribute("data-recount");
${FOLD_FILTERS}
${URL_VALUES}
${SEARCH_TERMS}

  function fromUrl() {
    var params = new URLSearchParams(location.search), state = {};
    names.forEach(function (name) {
      var values = [];
      params.getAll(name).forEach(function (raw) {
        urlValues(form, name, raw).forEach(function (v) { if (values.indexOf(v) < 0) values.push(v); });
      });
      if (values.length) state[name] = values;
    });
    return { facets: state, q: params.getAll("q").join(" ").trim() };
  }
  function fromForm() {
    var state = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[type=checkbox]:checked"), function (box) {
      (state[box.name] || (state[box.name] = [])).push(box.value);
    });
    return { facets: state, q: search ? search.value.trim() : "" };
  }
  function matches(fact, state, omit) {
    for (var name in state) {
      if (name === omit) continue;
      var have = fact[name] || [];
      if (!state[name].some(function (v) { return have.indexOf(v) >= 0; })) return false;
    }
    return true;
  }
  function found(i, terms) {
    return terms.every(function (t) { return texts[i].indexOf(t) >= 0; });
  }
  function apply(view) {
    var state = view.facets, terms = searchTerms(view.q), shown = 0;
    if (search && search.value.trim() !== view.q) search.value = view.q;
    rows.forEach(function (row, i) {
      var ok = found(i, terms) && matches(facts[i], state);
      row.hidden = !ok;
      if (ok) shown++;
    });
    Array.prototype.forEach.call(form.querySelectorAll("input[type=checkbox]"), function (box) {
      box.checked = (state[box.name] || []).indexOf(box.value) >= 0;
    });
    if (recount) names.forEach(function (name) {
      var counts = {};
      facts.forEach(function (fact, i) {
        if (found(i, terms) && matches(fact, state, name)) (fact[name] || []).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; });
      });
      var labels = Array.prototype.slice.call(form.querySelectorAll('fieldset[data-facet="' + name + '"] label'));
      labels.forEach(function (label) {
        var box = label.querySelector("input"), n = counts[box.value] || 0;
        label.querySelector(".n").textContent = String(n);
        label.hidden = n === 0 && !box.checked;
      });
      // In the server's order: most entries first, then by value. Moving a node drops its focus, so only
      // a list whose order changed is rebuilt, and the focused checkbox gets its focus back.
      var value = function (label) { return label.querySelector("input").value; };
      var sorted = labels.slice().sort(function (a, b) {
        var d = (counts[value(b)] || 0) - (counts[value(a)] || 0);
        return d || (value(a) < value(b) ? -1 : value(a) > value(b) ? 1 : 0);
      });
      if (sorted.every(function (label, i) { return label === labels[i]; })) return;
      var focused = document.activeElement;
      sorted.forEach(function (label) { label.parentNode.appendChild(label); });
      if (focused && focused !== document.activeElement && form.contains(focused)) focused.focus();
    });
    // A long facet folded under its name opens when one of its values is in use or few are left, as the
    // server would render it unfolded; it is never folded again under the reader.
    Array.prototype.forEach.call(form.querySelectorAll("details.facet"), function (fold) {
      var left = fold.querySelectorAll("label:not([hidden])").length;
      if (fold.querySelector("input:checked") || left <= ${FOLD_OVER}) fold.open = true;
    });
    Array.prototype.forEach.call(document.querySelectorAll("table[data-columns]"), hideEmptyColumns);
    Array.prototype.forEach.call(document.querySelectorAll("[data-hide-empty]"), function (box) {
      box.hidden = !box.querySelector("[data-facets]:not([hidden])");
    });
    if (count) count.textContent = count.getAttribute("data-template")
      .replace("{shown}", String(shown)).replace("{matching}", String(shown)).replace("{total}", String(rows.length));
    if (empty) empty.hidden = shown > 0;
  }
  // A column stays when some shown row has something in it; the first column names the rows.
  function hideEmptyColumns(table) {
    var head = table.tHead.rows[0], body = Array.prototype.filter.call(table.tBodies[0].rows, function (r) { return !r.hidden; });
    for (var c = 1; c < head.cells.length; c++) {
      var used = body.some(function (r) { return r.cells[c].textContent.trim() !== ""; });
      head.cells[c].hidden = !used;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) { r.cells[c].hidden = !used; });
    }
  }
  function go(view, replace) {
    var params = new URLSearchParams();
    if (view.q) params.append("q", view.q);
    names.forEach(function (name) { (view.facets[name] || []).forEach(function (v) { params.append(name, v); }); });
    var query = params.toString(), url = form.getAttribute("action") + (query ? "?" + query : "");
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
    apply(view);
  }
  form.addEventListener("change", function (e) { if (e.target && e.target.type === "checkbox") go(fromForm(), false); });
  form.addEventListener("submit", function (e) { e.preventDefault(); go(fromForm(), false); });
  if (search) search.addEventListener("input", function () { go(fromForm(), true); });
  window.addEventListener("popstate", function () { apply(fromUrl()); });
  apply(fromUrl());
  foldFilters(!!form.querySelector("input:checked"));
})();
`);
