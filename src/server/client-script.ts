import { FOLD_FILTERS, SEARCH_TERMS, URL_VALUES } from "./facet-form.js";
import { shipped } from "./shipped-source.js";

/**
 * The catalogue page's script (served as `/assets/app-<hash>.js`; no framework, no inline code).
 * It loads `/search-index.json` and re-filters, re-counts and re-sorts in the browser on every keystroke,
 * checkbox and column click, keeping the state in the URL (typing replaces the history entry; facet and
 * sort changes push one, so Back undoes them). The page works without it: the same controls are a GET
 * form answered by the server. Filtering mirrors src/query (each normalized term is a substring of the
 * entry's search text; lists match any value; facets are counted with their own filter left out).
 * Rows are built with DOM APIs and textContent, never HTML strings.
 *
 * Speed (the budget is 50 ms per keystroke at 1k entries, 100 ms at 10k, 30 ms per facet click):
 * facet values become integer codes once, so filtering and counting are loops over typed arrays; each
 * sort order is one permutation of all rows, computed once; a query that only narrows the previous one
 * searches the previous matches; row, checkbox and count nodes are made once and reused, and only the
 * nodes that differ are touched. Layout of the table is the largest cost, so only the rows that fill the
 * window are rendered at once; the rest of the page of rows, like the history entry, waits until that
 * frame is painted and the page is idle.
 */
export const CLIENT_SCRIPT = shipped(`"use strict";
(function () {
  var cfgEl = document.getElementById("config");
  var form = document.getElementById("catalogue");
  if (!cfgEl || !form) return;
  var cfg = JSON.parse(cfgEl.textContent);
${FOLD_FILTERS}
${URL_VALUES}
${SEARCH_TERMS}
  var F = cfg.facets;
  var HANDLED = F.concat(["q", "sort", "availability"]);
  // Facet-like dimensions: the shown facets plus availability, which the URL may filter on.
  var DIMS = F.concat(["availability"]);
  var I = { id: 0, name: 1, org: 2, released: 3, label: 4, pmax: 5, active: 6, license: 7, commercial: 8,
    section: 9, lang: 10, tag: 11, status: 12, year: 13, size: 14, text: 15, availability: 16, fresh: 17 };
  var SIZE_ORDER = ["under-1b", "1b-4b", "4b-10b", "10b-40b", "40b-100b", "over-100b", "unknown"];
  // Where the table starts and how tall a one-line row is, so the rows that fill the window are known
  // without asking for layout on a keystroke (measured when layout is fresh anyway).
  var tableTop = 0, rowPx = 24, viewH = window.innerHeight;
  var rows = null, N = 0, names = null, texts = null, ownEnd = null;
  var dims = {};
  var allStart = null, allCodes = null, allCounts = null;
  var orders = {};
  var rowEls = [];
  var shown = cfg.pageSize;
  var input = document.getElementById("q");
  var tbody = document.querySelector("#models tbody");
  var count = document.getElementById("count");
  var pager = document.querySelector(".pager");
  var more = null;
  var scrollTop = 0;
  var restToken = 0;
  var lastSearch = null;
  var resources = [];
  // The search the server rendered (\`toSearch\` of its state; none on a static host) and its rows in its order.
  var served = null;
  var facetUi = {};
  var headerSig = "";

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
        urlValues(form, key, value).forEach(function (v) { if (list.indexOf(v) < 0) list.push(v); });
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

  // --- data prepared once ---
  // Per dimension: the distinct values, and per row its value codes (deduplicated) as offsets into one array.
  function prepare(data) {
    rows = data.rows;
    resources = data.resources || [];
    N = rows.length;
    names = new Array(N);
    texts = new Array(N);
    ownEnd = new Int32Array(N);
    for (var i = 0; i < N; i++) {
      names[i] = norm(rows[i][I.name]);
      texts[i] = rows[i][I.text];
      // The entry's own text ends where its sections' titles begin (after U+001F), as on the server.
      var cut = texts[i].indexOf("\u001f");
      ownEnd[i] = cut < 0 ? texts[i].length : cut;
    }
    DIMS.forEach(function (f) {
      var codeOf = new Map(), values = [], start = new Int32Array(N + 1), flat = [];
      for (var i = 0; i < N; i++) {
        start[i] = flat.length;
        var vs = valuesOf(rows[i], f);
        for (var j = 0; j < vs.length; j++) {
          var c = codeOf.get(vs[j]);
          if (c === undefined) { c = values.length; values.push(vs[j]); codeOf.set(vs[j], c); }
          var dup = false;
          for (var k = start[i]; k < flat.length; k++) if (flat[k] === c) dup = true;
          if (!dup) flat.push(c);
        }
      }
      start[N] = flat.length;
      dims[f] = { codeOf: codeOf, values: values, start: start, codes: Int32Array.from(flat), offset: 0 };
    });
    // The shown facets' codes side by side in one space, so counting a matching row is one short loop.
    var width = 0, size = 0;
    F.forEach(function (f) { dims[f].offset = width; width += dims[f].values.length; size += dims[f].codes.length; });
    allStart = new Int32Array(N + 1);
    allCodes = new Int32Array(size);
    allCounts = new Int32Array(width);
    for (var r = 0, n = 0; r < N; r++) {
      allStart[r] = n;
      for (var k = 0; k < F.length; k++) {
        var d = dims[F[k]];
        for (var p = d.start[r], e = d.start[r + 1]; p < e; p++) allCodes[n++] = d.offset + d.codes[p];
      }
    }
    allStart[N] = size;
  }
  function sortKey(sort, terms) {
    var s = sort || (terms.length ? "relevance" : "-released");
    if (s === "relevance" && terms.length) return "relevance";
    if (s === "name" || s === "-name") return s;
    if (s === "relevance") return "-released";
    var key = s.replace("-", "") === "params" ? "params" : "released";
    return (s.charAt(0) === "-" ? "-" : "") + key;
  }
  // Every row in one sort order (ties by normalized name, then id), computed once per order.
  function order(key) {
    if (orders[key]) return orders[key];
    var idx = new Int32Array(N);
    for (var i = 0; i < N; i++) idx[i] = i;
    function tie(a, b) { return cmp(names[a], names[b]) || cmp(rows[a][I.id], rows[b][I.id]); }
    if (key === "-name") { var asc = order("name"); for (var j = 0; j < N; j++) idx[j] = asc[N - 1 - j]; }
    else if (key === "name") idx.sort(tie);
    else {
      var col = key.replace("-", "") === "params" ? I.pmax : I.released;
      var dir = key.charAt(0) === "-" ? -1 : 1;
      idx.sort(function (a, b) {
        var x = rows[a][col], y = rows[b][col];
        var c = x === null ? (y === null ? 0 : 1) : y === null ? -1 : dir * cmp(x, y);
        return c || tie(a, b);
      });
    }
    return (orders[key] = idx);
  }

  // --- search, filter, count ---
  // Rows whose text holds every term. A query whose terms each contain one of the previous query's
  // terms can only narrow its matches, so it searches those instead of every row.
  function textMatches(terms) {
    if (terms.length === 0) return null;
    var from = null;
    if (lastSearch && lastSearch.terms.every(function (t) { return terms.some(function (u) { return u.indexOf(t) >= 0; }); })) {
      from = lastSearch.hits;
    }
    var todo = terms.filter(function (t) { return !(from && lastSearch.terms.indexOf(t) >= 0); });
    var out = new Int32Array(from ? from.length : N), n = 0;
    var len = from ? from.length : N;
    for (var i = 0; i < len; i++) {
      var r = from ? from[i] : i, text = texts[r], ok = true;
      for (var j = 0; j < todo.length && ok; j++) ok = text.indexOf(todo[j]) >= 0;
      if (ok) out[n++] = r;
    }
    lastSearch = { terms: terms, hits: out.subarray(0, n) };
    return lastSearch.hits;
  }
  // One pass: which rows match everything (hit[i] = 1), and per facet the counts over rows matching every
  // other filter (a row failing exactly one facet's filter counts for that facet only).
  function filterAndCount(s, terms) {
    var keys = Object.keys(s.filters).filter(function (k) { return s.filters[k].length > 0; });
    var wants = keys.map(function (k) {
      var d = dims[k], want = new Uint8Array(d.values.length);
      s.filters[k].forEach(function (v) { var c = d.codeOf.get(v); if (c !== undefined) want[c] = 1; });
      return want;
    });
    var kd = keys.map(function (k) { return dims[k]; });
    // Availability filters but is not a shown facet, so a row failing only it is counted nowhere.
    var counted = keys.map(function (k) { return F.indexOf(k) >= 0; });
    allCounts.fill(0);
    var hit = new Uint8Array(N), total = 0;
    var cand = textMatches(terms);
    var len = cand ? cand.length : N;
    for (var x = 0; x < len; x++) {
      var i = cand ? cand[x] : x;
      var failed = -1, fails = 0;
      for (var k = 0; k < keys.length && fails < 2; k++) {
        var d = kd[k], want = wants[k], ok = false;
        for (var p = d.start[i], e = d.start[i + 1]; p < e && !ok; p++) ok = want[d.codes[p]] === 1;
        if (!ok) { fails++; failed = k; }
      }
      if (fails === 0) {
        hit[i] = 1; total++;
        for (var q = allStart[i], z = allStart[i + 1]; q < z; q++) allCounts[allCodes[q]]++;
      } else if (fails === 1 && counted[failed]) {
        var h = kd[failed];
        for (var a = h.start[i], b = h.start[i + 1]; a < b; a++) allCounts[h.offset + h.codes[a]]++;
      }
    }
    var counts = {};
    F.forEach(function (f) {
      var d = dims[f], list = [];
      for (var c = 0; c < d.values.length; c++) {
        var n = allCounts[d.offset + c];
        if (n > 0) list.push({ value: d.values[c], count: n });
      }
      if (f === "year") list.sort(function (a, b) { return Number(b.value) - Number(a.value); });
      else if (f === "size") list.sort(function (a, b) { return SIZE_ORDER.indexOf(a.value) - SIZE_ORDER.indexOf(b.value); });
      else list.sort(function (a, b) { return b.count - a.count || cmp(a.value, b.value); });
      counts[f] = list;
    });
    return { hit: hit, total: total, counts: counts };
  }
  // The first \`limit\` matching rows in the chosen order.
  function topRows(s, terms, hit, limit) {
    var key = sortKey(s.sort, terms), out = [];
    if (key !== "relevance") {
      var idx = order(key);
      for (var i = 0; i < N && out.length < limit; i++) if (hit[idx[i]]) out.push(idx[i]);
      return out;
    }
    // Relevance: whole name, then name prefix, then name substring, then the rest; in each, entries
    // whose own text holds every term before those found through a section title; ties by name and id.
    // The search the server rendered keeps the server's order (within a tier it ranks by BM25, which
    // this script does not compute), so the rows do not move when the script takes over.
    var kept = served && served.key === toSearch(s) ? served.rows : [], taken = {};
    kept.forEach(function (r) { if (hit[r] && out.length < limit) { out.push(r); taken[r] = true; } });
    var full = terms.join(" "), tiers = [[], [], [], [], [], [], [], []], byName = order("name");
    for (var j = 0; j < N; j++) {
      var r = byName[j];
      if (!hit[r] || taken[r]) continue;
      var n = names[r], at = n.indexOf(full), text = texts[r], own = true;
      for (var k = 0; k < terms.length && own; k++) {
        var found = text.indexOf(terms[k]);
        own = found >= 0 && found < ownEnd[r];
      }
      var t = (n === full ? 0 : at === 0 ? 1 : at >= 0 ? 2 : 3) * 2 + (own ? 0 : 1);
      if (tiers[t].length < limit) tiers[t].push(r);
    }
    return out.concat.apply(out, tiers).slice(0, limit);
  }

  // --- DOM ---
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function setText(node, text) { if (node.textContent !== text) node.textContent = text; }
  function setAttr(node, name, value) { if (node.getAttribute(name) !== value) node.setAttribute(name, value); }
  function rowEl(i) {
    if (rowEls[i]) return rowEls[i];
    var r = rows[i];
    var tr = el("tr");
    tr.appendChild(el("td", { class: "num" }, r[I.released] || ""));
    var name = el("td");
    name.appendChild(el("a", { href: cfg.modelHref.replace("__ID__", encodeURIComponent(r[I.id])) }, r[I.name]));
    if (r[I.fresh]) { name.appendChild(document.createTextNode(" ")); name.appendChild(el("span", { class: "badge" }, cfg.t.new_badge)); }
    if (r[I.status] === "archived") { name.appendChild(document.createTextNode(" ")); name.appendChild(el("span", { class: "badge arch" }, cfg.t.archived)); }
    tr.appendChild(name);
    tr.appendChild(el("td", {}, r[I.org] || ""));
    tr.appendChild(el("td", { class: "num" }, r[I.label] || ""));
    tr.appendChild(el("td", {}, r[I.license] ? (cfg.labels.license[r[I.license]] || r[I.license]) : ""));
    tr.appendChild(el("td", {}, cfg.labels.commercial[r[I.commercial]] || r[I.commercial]));
    tr.appendChild(el("td", {}, r[I.section].map(function (x) { return cfg.labels.section[x] || x; }).join(", ")));
    return (rowEls[i] = tr);
  }
  // Makes parent's element children (after the first \`skip\`) exactly \`nodes\`, moving only the ones out
  // of place, so nodes that stay are neither restyled nor laid out again.
  function syncChildren(parent, skip, nodes) {
    var kids = parent.children;
    for (var i = 0; i < nodes.length; i++) {
      var at = kids[skip + i];
      if (at !== nodes[i]) parent.insertBefore(nodes[i], at || null);
    }
    while (kids.length > skip + nodes.length) parent.removeChild(kids[kids.length - 1]);
  }
  // Work the reader does not see yet (the URL, rows below the window) waits until the frame is painted
  // and the page is idle.
  function afterPaint(fn) {
    if (window.requestIdleCallback) requestIdleCallback(fn, { timeout: 200 });
    else requestAnimationFrame(function () { setTimeout(fn, 0); });
  }
  function measure() { tableTop = tbody.getBoundingClientRect().top + window.scrollY; }
  // Rows down to the bottom of the window now; the rest of the page once that frame is painted.
  function renderRows(list, all) {
    var token = ++restToken;
    var fill = Math.max(2, Math.ceil((scrollTop + viewH - tableTop) / rowPx) + 2);
    var now = all ? list.length : Math.min(list.length, fill);
    syncChildren(tbody, 0, list.slice(0, now).map(rowEl));
    if (now === list.length) return;
    afterPaint(function () {
      if (token !== restToken) return;
      measure();
      syncChildren(tbody, 0, list.map(rowEl));
    });
  }
  // The server's checkboxes are taken over as they are, so the first render changes only what differs.
  function facetState(f) {
    if (facetUi[f]) return facetUi[f];
    var fs = form.querySelector('fieldset[data-facet="' + f + '"]');
    if (!fs) {
      fs = el("fieldset", { "data-facet": f });
      fs.appendChild(el("legend", {}, cfg.legends[f]));
      form.querySelector(".facets").appendChild(fs);
    }
    var ui = { fs: fs, items: new Map() };
    fs.querySelectorAll("label").forEach(function (label) {
      var box = label.querySelector("input"), n = label.querySelector(".n");
      if (box && n) ui.items.set(box.value, { label: label, box: box, n: n });
    });
    return (facetUi[f] = ui);
  }
  function facetItem(ui, f, value) {
    var item = ui.items.get(value);
    if (item) return item;
    var label = el("label");
    var box = el("input", { type: "checkbox", name: f, value: value });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" "));
    label.appendChild(el("span", {}, (cfg.labels[f] && cfg.labels[f][value]) || value));
    label.appendChild(document.createTextNode(" "));
    var n = el("span", { class: "n" });
    label.appendChild(n);
    item = { label: label, box: box, n: n };
    ui.items.set(value, item);
    return item;
  }
  function renderFacets(s, counts) {
    F.forEach(function (f) {
      var ui = facetState(f), fs = ui.fs;
      var focused = document.activeElement && fs.contains(document.activeElement) ? document.activeElement : null;
      var selected = s.filters[f] || [];
      // A folded facet with a selected value opens, as the server renders it.
      if (selected.length && fs.parentNode.tagName === "DETAILS") fs.parentNode.open = true;
      var list = counts[f].filter(function (v, i) { return i < cfg.facetLimit || selected.indexOf(v.value) >= 0; });
      selected.forEach(function (v) { if (!list.some(function (x) { return x.value === v; })) list.push({ value: v, count: 0 }); });
      var nodes = list.map(function (v) {
        var item = facetItem(ui, f, v.value);
        setText(item.n, String(v.count));
        var on = selected.indexOf(v.value) >= 0;
        if (item.box.checked !== on) item.box.checked = on;
        return item.label;
      });
      syncChildren(fs, 1, nodes);
      if (focused && document.activeElement !== focused && fs.contains(focused)) focused.focus();
      if (fs.hidden !== (list.length === 0)) fs.hidden = list.length === 0;
    });
  }
  function renderHeaders(s, terms) {
    var sort = s.sort || (terms.length ? "relevance" : "-released");
    var sig = JSON.stringify([sort, s.q, s.filters]);
    if (sig === headerSig) return;
    headerSig = sig;
    var pairs = { released: ["-released", "released"], name: ["name", "-name"], params: ["-params", "params"] };
    document.querySelectorAll("#models th[data-sort]").forEach(function (th) {
      var pair = pairs[th.getAttribute("data-sort")];
      var active = pair.indexOf(sort) >= 0;
      var a = th.querySelector("a");
      setText(a, a.textContent.replace(/ [\\u25B2\\u25BC]$/, "") + (active ? (sort.charAt(0) === "-" ? " \\u25BC" : " \\u25B2") : ""));
      if (active) setAttr(th, "aria-sort", sort.charAt(0) === "-" ? "descending" : "ascending");
      else if (th.hasAttribute("aria-sort")) th.removeAttribute("aria-sort");
      var next = sort === pair[0] ? pair[1] : pair[0];
      setAttr(a, "href", cfg.pageHref + toSearch({ q: s.q, sort: next, filters: s.filters }));
      a.dataset.next = next;
    });
  }
  function renderPager(hasMore) {
    if (!pager) return;
    if (!more) {
      pager.replaceChildren();
      more = el("button", { type: "button" }, cfg.t.more);
      more.addEventListener("click", function () { shown += cfg.pageSize; render(state, true); });
    }
    if (hasMore && !more.parentNode) pager.appendChild(more);
    if (!hasMore && more.parentNode) pager.removeChild(more);
  }
  // \`all\` renders every row of the page at once (Back and "more" keep the reader's scroll position).
  // Benchmarks, datasets and leaderboards the search matches, linked by name, as the server renders them.
  function renderAlso(terms, q) {
    var also = document.getElementById("also");
    var hits = terms.length === 0 ? [] : resources.filter(function (r) {
      return terms.every(function (t) { return r[3].indexOf(t) >= 0; });
    }).sort(function (a, b) { return cmp(a[2], b[2]) || cmp(a[1], b[1]); });
    if (hits.length === 0) { if (also && !also.hidden) also.hidden = true; return; }
    if (!also) { also = el("p", { id: "also", class: "muted" }); count.after(also); }
    also.hidden = false;
    var nodes = [document.createTextNode(cfg.t.also_resources + " ")];
    var shownHits = hits.slice(0, cfg.alsoLimit);
    shownHits.forEach(function (r, i) {
      if (i > 0) nodes.push(document.createTextNode(", "));
      nodes.push(el("a", { href: cfg.resourceHref.replace("__KIND__", r[0]).replace("__ID__", encodeURIComponent(r[1])) }, r[2]));
      // A name listed twice (MMLU, a benchmark and a dataset) says which is which.
      var twice = shownHits.some(function (o, j) { return j !== i && o[2] === r[2]; });
      if (twice) nodes.push(document.createTextNode(" (" + cfg.t.kinds[r[0]] + ")"));
    });
    if (hits.length > cfg.alsoLimit) {
      nodes.push(document.createTextNode(" " + cfg.t.also_more.replace("{n}", hits.length - cfg.alsoLimit) + " — " + cfg.t.also_all + " "));
      // The same search in each list that has matches.
      Object.keys(cfg.t.lists).map(function (kind) {
        return [kind, hits.filter(function (r) { return r[0] === kind; }).length];
      }).filter(function (l) { return l[1] > 0; }).forEach(function (l, i) {
        if (i > 0) nodes.push(document.createTextNode(", "));
        nodes.push(el("a", { href: cfg.resourceListHref.replace("__KIND__", l[0]) + "?q=" + encodeURIComponent(q.trim()) }, cfg.t.lists[l[0]] + " (" + l[1] + ")"));
      });
    }
    also.replaceChildren.apply(also, nodes);
  }
  // The footer's JSON and CSV links answer the filter on screen, not the one the page was loaded with.
  function renderApiLinks(s) {
    if (!cfg.apiHrefs) return;
    var search = toSearch(s);
    [["json-link", cfg.apiHrefs.json], ["csv-link", cfg.apiHrefs.csv]].forEach(function (l) {
      var a = document.getElementById(l[0]);
      if (a && a.getAttribute("href") !== l[1] + search) a.setAttribute("href", l[1] + search);
    });
  }
  function render(s, all) {
    var terms = searchTerms(s.q);
    var found = filterAndCount(s, terms);
    var list = topRows(s, terms, found.hit, shown);
    renderRows(list, all);
    setText(count, cfg.t.showing.replace("{shown}", list.length).replace("{matching}", found.total).replace("{total}", N));
    var empty = document.getElementById("empty");
    if (empty) { if (empty.hidden !== (found.total > 0)) empty.hidden = found.total > 0; }
    else if (found.total === 0) { empty = el("p", { id: "empty" }, cfg.t.no_results); tbody.parentNode.after(empty); }
    renderAlso(terms, s.q);
    renderPager(found.total > shown);
    renderFacets(s, found.counts);
    renderHeaders(s, terms);
    renderApiLinks(s);
    if (!document.documentElement.dataset.ready) document.documentElement.dataset.ready = "1";
  }
  var state = parseState(location.search);
  foldFilters(!!form.querySelector(".facets input:checked") ||
    Object.keys(state.filters).some(function (k) { return state.filters[k].length > 0; }));
  if (!state.ok) return;
  // The URL follows the state once the results are painted (a history write costs several ms), in
  // order: typing updates the last pending entry, while every facet or sort change keeps its own for Back.
  var pending = [], writeQueued = false;
  function writeHistory() {
    writeQueued = false;
    var writes = pending;
    pending = [];
    writes.forEach(function (w) {
      if (w.push) history.pushState(null, "", w.url); else history.replaceState(null, "", w.url);
    });
  }
  function commit(push) {
    var url = cfg.pageHref + toSearch(state), last = pending[pending.length - 1];
    if (!push && last) last.url = url;
    else pending.push({ url: url, push: push });
    if (!writeQueued) {
      writeQueued = true;
      afterPaint(writeHistory);
    }
    render(state, false);
  }
  // The server's rows are taken over, so the first render keeps them when the answer is the same.
  function adoptRows() {
    var at = cfg.modelHref.indexOf("__ID__");
    var prefix = cfg.modelHref.slice(0, at), suffix = cfg.modelHref.slice(at + 6);
    var byId = new Map();
    for (var i = 0; i < N; i++) byId.set(rows[i][I.id], i);
    var order = [];
    Array.prototype.forEach.call(tbody.children, function (tr) {
      var a = tr.querySelector("td:nth-child(2) a");
      var href = a && a.getAttribute("href");
      if (!href || href.indexOf(prefix) !== 0 || href.slice(href.length - suffix.length) !== suffix) return;
      var i = byId.get(decodeURIComponent(href.slice(prefix.length, href.length - suffix.length)));
      if (i !== undefined && !rowEls[i]) { rowEls[i] = tr; order.push(i); }
    });
    served = { key: toSearch(parseState(cfg.rendered)), rows: order };
  }
  // The server's rows make the first paint; loading and indexing the search data waits until that frame
  // is on screen rather than delaying it.
  requestAnimationFrame(function () { setTimeout(start, 0); });
  function start() {
    fetch(cfg.dataUrl).then(function (res) {
      if (!res.ok) throw new Error("search index: HTTP " + res.status);
      return res.json();
    }).then(function (data) {
      prepare(data);
      adoptRows();
      scrollTop = window.scrollY;
      measure();
      var td = tbody.querySelector("td");
      if (td) {
        var cs = getComputedStyle(td);
        var px = parseFloat(cs.lineHeight) + parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom);
        if (px > 0) rowPx = px;
      }
      window.addEventListener("scroll", function () { scrollTop = window.scrollY; }, { passive: true });
      window.addEventListener("resize", function () { viewH = window.innerHeight; });
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
        pending = [];
        state = parseState(location.search);
        if (!state.ok) { location.reload(); return; }
        input.value = state.q;
        shown = cfg.pageSize;
        render(state, true);
      });
      // Typed before the data came, or else the URL's (a static host renders no search into the box).
      state.q = input.value || state.q;
      if (input.value !== state.q) input.value = state.q;
      render(state, true);
      // The orders a keystroke needs, made while the reader is still looking at the page.
      setTimeout(function () { order("-released"); order("name"); }, 0);
    }).catch(function (err) { console.warn(String(err)); });
  }
})();
`);
