/**
 * The catalogue page's script (served as `/assets/app-<hash>.js`; no framework, no inline code).
 * It loads `/search-index.json` and re-filters, re-counts and re-sorts in the browser on every keystroke,
 * checkbox and column click, keeping the state in the URL (typing replaces the history entry; facet and
 * sort changes push one, so Back undoes them). The page works without it: the same controls are a GET
 * form answered by the server. Filtering mirrors src/query (each normalized term is a substring of the
 * entry's search text; lists match any value; facets are counted with their own filter left out).
 * Rows are built with DOM APIs and textContent, never HTML strings.
 */
export const CLIENT_SCRIPT = `"use strict";
(function () {
  var cfgEl = document.getElementById("config");
  var form = document.getElementById("catalogue");
  if (!cfgEl || !form) return;
  var cfg = JSON.parse(cfgEl.textContent);
  var F = cfg.facets;
  var HANDLED = F.concat(["q", "sort", "availability"]);
  var I = { id: 0, name: 1, org: 2, released: 3, label: 4, pmax: 5, active: 6, license: 7, commercial: 8,
    section: 9, lang: 10, tag: 11, status: 12, year: 13, size: 14, text: 15, availability: 16, fresh: 17 };
  var SIZE_ORDER = ["under-1b", "1b-4b", "4b-10b", "10b-40b", "40b-100b", "over-100b", "unknown"];
  var rows = null;
  var shown = cfg.pageSize;
  var input = document.getElementById("q");
  var tbody = document.querySelector("#models tbody");
  var count = document.getElementById("count");
  var pager = document.querySelector(".pager");

  function norm(s) { return String(s).normalize("NFKC").toLowerCase(); }
  function valuesOf(r, f) {
    var v = r[I[f]];
    if (v === null || v === undefined) return [];
    return Array.isArray(v) ? v : [String(v)];
  }
  function parseState(search) {
    var p = new URLSearchParams(search);
    var s = { q: "", sort: "", filters: {}, ok: true };
    p.forEach(function (value, key) {
      if (HANDLED.indexOf(key) < 0) { s.ok = false; return; }
      if (key === "q") s.q = s.q ? s.q + " " + value : value;
      else if (key === "sort") s.sort = value;
      else {
        var list = s.filters[key] || (s.filters[key] = []);
        value.split(",").forEach(function (v) { v = v.trim(); if (v && list.indexOf(v) < 0) list.push(v); });
      }
    });
    return s;
  }
  function toSearch(s) {
    var p = new URLSearchParams();
    if (s.q) p.set("q", s.q);
    Object.keys(s.filters).forEach(function (k) { s.filters[k].forEach(function (v) { p.append(k, v); }); });
    if (s.sort) p.set("sort", s.sort);
    var str = p.toString();
    return str ? "?" + str : "";
  }
  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  function nullsLast(a, b, dir) { return a === null ? (b === null ? 0 : 1) : b === null ? -1 : dir * cmp(a, b); }
  function sorter(s, terms) {
    var sort = s.sort || (terms.length ? "relevance" : "-released");
    var full = terms.join(" ");
    function tie(a, b) { return cmp(a.n, b.n) || cmp(a.r[I.id], b.r[I.id]); }
    if (sort === "relevance" && terms.length) {
      var tier = function (x) { return x.n === full ? 0 : x.n.indexOf(full) === 0 ? 1 : x.n.indexOf(full) >= 0 ? 2 : 3; };
      return function (a, b) { return tier(a) - tier(b) || tie(a, b); };
    }
    if (sort === "name") return tie;
    if (sort === "-name") return function (a, b) { return -tie(a, b); };
    var key = sort.replace("-", "") === "params" ? I.pmax : I.released;
    var dir = sort.charAt(0) === "-" ? -1 : 1;
    if (sort === "relevance") { key = I.released; dir = -1; }
    return function (a, b) { return nullsLast(a.r[key], b.r[key], dir) || tie(a, b); };
  }
  function facetMatch(r, k, want) {
    var have = valuesOf(r, k);
    for (var i = 0; i < want.length; i++) if (have.indexOf(want[i]) >= 0) return true;
    return false;
  }
  // One pass: the rows matching everything, and per facet the counts over rows matching every other
  // filter (a row failing exactly one facet's filter counts for that facet only).
  function filterAndCount(s, terms) {
    var keys = Object.keys(s.filters).filter(function (k) { return s.filters[k].length > 0; });
    var tallies = {};
    F.forEach(function (f) { tallies[f] = {}; });
    var hits = [];
    function tally(f, r) {
      var seen = {}, t = tallies[f];
      valuesOf(r, f).forEach(function (v) { if (!seen[v]) { seen[v] = 1; t[v] = (t[v] || 0) + 1; } });
    }
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i].r, ok = true;
      for (var j = 0; j < terms.length && ok; j++) ok = r[I.text].indexOf(terms[j]) >= 0;
      if (!ok) continue;
      var failed = null, fails = 0;
      for (var k = 0; k < keys.length && fails < 2; k++) {
        if (!facetMatch(r, keys[k], s.filters[keys[k]])) { fails++; failed = keys[k]; }
      }
      if (fails === 0) { hits.push(rows[i]); F.forEach(function (f) { tally(f, r); }); }
      else if (fails === 1 && tallies[failed]) tally(failed, r);
    }
    var counts = {};
    F.forEach(function (f) {
      var t = tallies[f];
      var list = Object.keys(t).map(function (v) { return { value: v, count: t[v] }; });
      if (f === "year") list.sort(function (a, b) { return Number(b.value) - Number(a.value); });
      else if (f === "size") list.sort(function (a, b) { return SIZE_ORDER.indexOf(a.value) - SIZE_ORDER.indexOf(b.value); });
      else list.sort(function (a, b) { return b.count - a.count || cmp(a.value, b.value); });
      counts[f] = list;
    });
    return { hits: hits, counts: counts };
  }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function badge(text, cls) { var b = el("span", { class: cls }, text); return b; }
  function renderRow(r) {
    var tr = el("tr");
    tr.appendChild(el("td", { class: "num" }, r[I.released] || ""));
    var name = el("td");
    name.appendChild(el("a", { href: cfg.modelHref.replace("__ID__", encodeURIComponent(r[I.id])) }, r[I.name]));
    if (r[I.fresh]) { name.appendChild(document.createTextNode(" ")); name.appendChild(badge(cfg.t.new_badge, "badge")); }
    if (r[I.status] === "archived") { name.appendChild(document.createTextNode(" ")); name.appendChild(badge(cfg.t.archived, "badge arch")); }
    tr.appendChild(name);
    tr.appendChild(el("td", {}, r[I.org] || ""));
    tr.appendChild(el("td", { class: "num" }, r[I.label] || ""));
    tr.appendChild(el("td", {}, r[I.license] ? (cfg.labels.license[r[I.license]] || r[I.license]) : ""));
    tr.appendChild(el("td", {}, cfg.labels.commercial[r[I.commercial]] || r[I.commercial]));
    tr.appendChild(el("td", {}, r[I.section].map(function (x) { return cfg.labels.section[x] || x; }).join(", ")));
    return tr;
  }
  function renderFacets(s, counts) {
    F.forEach(function (f) {
      var fs = form.querySelector('fieldset[data-facet="' + f + '"]');
      if (!fs) {
        fs = el("fieldset", { "data-facet": f });
        fs.appendChild(el("legend", {}, cfg.legends[f]));
        form.querySelector(".facets").appendChild(fs);
      }
      var focused = document.activeElement && fs.contains(document.activeElement) ? document.activeElement.value : null;
      var selected = s.filters[f] || [];
      var list = counts[f].filter(function (v, i) { return i < cfg.facetLimit || selected.indexOf(v.value) >= 0; });
      selected.forEach(function (v) { if (!list.some(function (x) { return x.value === v; })) list.push({ value: v, count: 0 }); });
      var sig = JSON.stringify([list, selected]);
      if (fs.dataset.sig === sig) return;
      fs.dataset.sig = sig;
      while (fs.children.length > 1) fs.removeChild(fs.lastChild);
      list.forEach(function (v) {
        var label = el("label");
        var box = el("input", { type: "checkbox", name: f, value: v.value });
        box.checked = selected.indexOf(v.value) >= 0;
        label.appendChild(box);
        label.appendChild(document.createTextNode(" "));
        label.appendChild(el("span", {}, (cfg.labels[f] && cfg.labels[f][v.value]) || v.value));
        label.appendChild(document.createTextNode(" "));
        label.appendChild(el("span", { class: "n" }, v.count));
        fs.appendChild(label);
        if (focused === v.value) box.focus();
      });
      fs.hidden = list.length === 0;
    });
  }
  function renderHeaders(s, terms) {
    var sort = s.sort || (terms.length ? "relevance" : "-released");
    var pairs = { released: ["-released", "released"], name: ["name", "-name"], params: ["-params", "params"] };
    document.querySelectorAll("#models th[data-sort]").forEach(function (th) {
      var pair = pairs[th.getAttribute("data-sort")];
      var active = pair.indexOf(sort) >= 0;
      var a = th.querySelector("a");
      var label = a.getAttribute("aria-label");
      a.textContent = a.textContent.replace(/ [\\u25B2\\u25BC]$/, "") + (active ? (sort.charAt(0) === "-" ? " \\u25BC" : " \\u25B2") : "");
      a.setAttribute("aria-label", label);
      if (active) th.setAttribute("aria-sort", sort.charAt(0) === "-" ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
      var next = sort === pair[0] ? pair[1] : pair[0];
      var ns = { q: s.q, sort: next, filters: s.filters };
      a.setAttribute("href", cfg.pageHref + toSearch(ns));
      a.dataset.next = next;
    });
  }
  function render(s) {
    var terms = norm(s.q).split(/\\s+/).filter(Boolean);
    var found = filterAndCount(s, terms);
    var hits = found.hits;
    hits.sort(sorter(s, terms));
    var frag = document.createDocumentFragment();
    hits.slice(0, shown).forEach(function (x) { frag.appendChild(renderRow(x.r)); });
    tbody.replaceChildren(frag);
    var n = Math.min(shown, hits.length);
    count.textContent = cfg.t.showing.replace("{shown}", n).replace("{matching}", hits.length).replace("{total}", rows.length);
    var empty = document.getElementById("empty");
    if (empty) empty.hidden = hits.length > 0;
    else if (hits.length === 0) { empty = el("p", { id: "empty" }, cfg.t.no_results); tbody.parentNode.after(empty); }
    if (pager) {
      pager.replaceChildren();
      if (hits.length > shown) {
        var more = el("button", { type: "button" }, cfg.t.more);
        more.addEventListener("click", function () { shown += cfg.pageSize; render(state); });
        pager.appendChild(more);
      }
    }
    renderFacets(s, found.counts);
    renderHeaders(s, terms);
    document.documentElement.dataset.ready = "1";
  }
  var state = parseState(location.search);
  if (!state.ok) return;
  function commit(push) {
    var url = cfg.pageHref + toSearch(state);
    if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
    render(state);
  }
  fetch(cfg.dataUrl).then(function (res) {
    if (!res.ok) throw new Error("search index: HTTP " + res.status);
    return res.json();
  }).then(function (data) {
    rows = data.rows.map(function (r) { return { r: r, n: norm(r[I.name]) }; });
    input.addEventListener("input", function () { state.q = input.value; shown = cfg.pageSize; commit(false); });
    form.addEventListener("submit", function (e) { e.preventDefault(); state.q = input.value; commit(true); });
    form.addEventListener("change", function (e) {
      var t = e.target;
      if (!t || t.type !== "checkbox") return;
      var list = state.filters[t.name] || (state.filters[t.name] = []);
      var at = list.indexOf(t.value);
      if (t.checked && at < 0) list.push(t.value);
      if (!t.checked && at >= 0) list.splice(at, 1);
      if (list.length === 0) delete state.filters[t.name];
      shown = cfg.pageSize;
      commit(true);
    });
    document.querySelector("#models thead").addEventListener("click", function (e) {
      var a = e.target.closest && e.target.closest("a[data-next]");
      if (!a) return;
      e.preventDefault();
      state.sort = a.dataset.next;
      commit(true);
    });
    window.addEventListener("popstate", function () {
      state = parseState(location.search);
      if (!state.ok) { location.reload(); return; }
      input.value = state.q;
      shown = cfg.pageSize;
      render(state);
    });
    state.q = input.value || state.q;
    render(state);
  }).catch(function (err) { console.warn(String(err)); });
})();
`;
