/**
 * The site's stylesheet in two parts. The shell (colours, fonts, the header) is in every page's head,
 * allowed by its hash in the Content-Security-Policy, so the header can paint without waiting for a
 * request. The rest is a file linked right after the header: browsers hold the content below that link
 * until it has loaded (no unstyled flash) and paint the header meanwhile, and every page shares the
 * cached file.
 * Light and dark follow `prefers-color-scheme`. The font stack starts with fonts that cover Japanese and
 * Latin alike (Noto CJK on Linux, Hiragino on macOS, Yu Gothic or Meiryo on Windows): mixed text keeps one
 * typeface, and no text run needs a per-character fallback.
 */
/** Screens up to this width get one column: the filters (folded by the page scripts) above the results. */
export const NARROW_SCREEN = "(max-width: 800px)";

export const SHELL_CSS = `:root{color-scheme:light dark;--bg:#fff;--fg:#1a1a1a;--muted:#5b6370;--line:#d9dde3;--link:#0b57d0;--focus:#0b57d0}
@media (prefers-color-scheme:dark){:root{--bg:#121417;--fg:#e8eaed;--muted:#a0a7b4;--line:#343a42;--link:#8ab4f8;--focus:#8ab4f8}}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{font-family:"Noto Sans CJK JP","Noto Sans JP","Hiragino Sans","Hiragino Kaku Gothic ProN","Yu Gothic UI","Yu Gothic",Meiryo,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;background:var(--bg);color:var(--fg)}
body{margin:0}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible,main:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-9999px;top:0}.skip:focus{left:8px;top:8px;background:var(--bg);padding:8px;z-index:2}
.top{display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px;padding:10px 16px;border-bottom:1px solid var(--line)}
.brand{font-weight:700;text-decoration:none;color:var(--fg)}
.top nav ul{display:flex;flex-wrap:wrap;gap:4px 14px;list-style:none;margin:0;padding:0}
.top nav a[aria-current=page]{font-weight:700;text-decoration:none;color:var(--fg)}
.lang{margin-left:auto;border:1px solid var(--line);border-radius:6px;padding:2px 10px;text-decoration:none}
`;

export const PAGE_CSS = `:root{--card:#f5f7fa;--accent:#b3261e;
--c0:#1f77b4;--c1:#d62728;--c2:#2ca02c;--c3:#9467bd;--c4:#ff7f0e;--c5:#17becf;--c6:#8c564b;--c7:#e377c2}
@media (prefers-color-scheme:dark){:root{--card:#1c2026;--accent:#f28b82;
--c0:#6baed6;--c1:#fc8d8d;--c2:#74c476;--c3:#bcbddc;--c4:#fdae6b;--c5:#6fd3e0;--c6:#c49c94;--c7:#f7b6d2}}
main{padding:12px 16px;max-width:1400px;margin:0 auto}
.foot{border-top:1px solid var(--line);padding:10px 16px;color:var(--muted);font-size:.9em}
h1{font-size:1.5rem;margin:.4em 0}
h2{font-size:1.15rem;margin:1.2em 0 .4em}
.cat{display:grid;grid-template-columns:minmax(180px,240px) minmax(0,1fr);gap:16px}
.filters>summary{display:none}
@media ${NARROW_SCREEN}{.cat{grid-template-columns:minmax(0,1fr)}.filters>summary{display:list-item;font-weight:600;cursor:pointer;padding:4px 0 8px}.scroll-narrow{overflow-x:auto}.scroll-narrow table{width:max-content;min-width:100%}.facets{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));column-gap:10px;align-items:start}}
.facets fieldset{border:1px solid var(--line);border-radius:6px;margin:0 0 10px;padding:6px 10px;max-height:16em;overflow:auto}
.facets legend{font-weight:600;padding:0 4px}
.facets details{border:1px solid var(--line);border-radius:6px;margin:0 0 10px;padding:6px 10px}
.facets summary{font-weight:600;cursor:pointer}
.facets details fieldset{border:0;margin:6px 0 0;padding:0}
.facets label{display:flex;gap:6px;align-items:baseline;font-size:.92em}
.facets .n{color:var(--muted);margin-left:auto;font-variant-numeric:tabular-nums}
.searchbar{display:flex;gap:8px;flex-wrap:wrap;align-items:center;margin-bottom:8px}
.searchbar input[type=search]{flex:1 1 260px;font:inherit;padding:6px 10px;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg)}
button,.btn{font:inherit;padding:5px 12px;border:1px solid var(--line);border-radius:6px;background:var(--card);color:var(--fg);cursor:pointer;text-decoration:none}
.count{color:var(--muted);margin:4px 0 8px}
table{border-collapse:collapse;width:100%;font-size:.93em}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
thead th{position:sticky;top:0;background:var(--bg);white-space:nowrap}
th a{color:inherit}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.badge{display:inline-block;font-size:.75em;border-radius:4px;padding:0 5px;margin-left:4px;vertical-align:middle;border:1px solid var(--accent);color:var(--accent)}
.badge.arch{border-color:var(--muted);color:var(--muted)}
.pager{display:flex;gap:10px;margin:10px 0}
dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}
dl.fields dt{font-weight:600;color:var(--muted)}
dl.fields dd{margin:0}
.card{background:var(--card);border-radius:8px;padding:8px 12px;margin:8px 0}
.muted{color:var(--muted)}
ul.tree,ul.tree ul{list-style:none;padding-left:1.2em;margin:0}
ul.tree li{margin:2px 0}
ul.tree ul{border-left:1px solid var(--line)}
.news li{margin:4px 0}
time{font-variant-numeric:tabular-nums}
svg.chart{width:100%;height:auto;max-width:1000px;display:block}
svg.chart text{fill:var(--fg);font-size:11px}
svg.chart .axis{stroke:var(--muted);stroke-width:1}
svg.chart .grid{stroke:var(--line);stroke-width:1}
svg.chart .moe{stroke-width:1.2}
svg.chart circle.active{fill:var(--bg);stroke-width:1.5}
.legend{display:flex;flex-wrap:wrap;gap:4px 14px;list-style:none;padding:0}
.sw{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:4px;vertical-align:middle}
${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `.s${i}{fill:var(--c${i});stroke:var(--c${i});background:var(--c${i})}`).join("\n")}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.scroll,.scroll-narrow{position:relative}
.scroll{overflow-x:auto}
table.matrix td.mark{text-align:center;color:var(--c0)}
ul.inline{display:flex;flex-wrap:wrap;gap:4px 14px;list-style:none;padding:0}
`;
