import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, createStaticSite } from "../src/server/index.js";
import { parseCsv } from "./helpers/parse-csv.js";
import { fixtureModel } from "./helpers/query-fixture.js";
import {
  attributeText,
  createWebFixture,
  FIXTURE_NOW,
  fixtureCatalog,
  HOSTILE,
  type WebFixture,
} from "./helpers/web-fixture.js";

let fixture: WebFixture;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  fixture = await createWebFixture();
  app = createApp({ index: fixture.index, now: FIXTURE_NOW });
});
afterAll(async () => {
  await fixture.cleanup();
});

const PAGES = [
  "/",
  "/models/hostile",
  "/news",
  "/charts",
  "/lineage",
  "/benchmarks",
  "/datasets",
  "/leaderboards",
  "/?q=%3Cscript%3E",
  "/?org=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
  "/benchmarks?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
  "/datasets?q=%3C%2Fscript%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
];

async function text(path: string): Promise<string> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.text();
}

describe("hostile catalogue entries are inert everywhere", () => {
  it.each(["ja", "en"])("HTML pages (%s) escape text and attributes", async (lang) => {
    for (const page of PAGES) {
      const html = await text(`/${lang}${page}`);
      expect(html, page).not.toContain(HOSTILE.name);
      expect(html, page).not.toContain("<img src=x");
      expect(html, page).not.toContain(HOSTILE.closeScript);
      expect(html, page).not.toMatch(/href="javascript:/i);
      // The only scripts are our module files and the JSON config block.
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      for (const tag of scripts) {
        expect(tag).toMatch(
          /^<script (type="module" src="\/assets\/(app|filter)-[0-9a-f]+\.js"|type="application\/json" id="config")>$/,
        );
      }
      // No inline event handlers or style attributes (the CSP forbids them anyway).
      const tags = html.replace(/="[^"]*"/g, '=""');
      expect(tags).not.toMatch(/<[^>]+\son[a-z]+=/i);
      expect(tags).not.toMatch(/<[^>]+\sstyle=/i);
    }
  });

  it("the static site's list filters carry hostile facet values as inert attribute JSON", async () => {
    const catalog = fixtureCatalog();
    const medqa = catalog.benchmarks.find((b) => b.id === "medqa")!;
    catalog.benchmarks.push({
      ...medqa,
      id: "hostile-bench",
      name: HOSTILE.name,
      tasks: [HOSTILE.attr],
      modality: [HOSTILE.closeScript],
      group: HOSTILE.attr,
    });
    const hostile = await createWebFixture(catalog);
    try {
      const site = createStaticSite({ index: hostile.index, now: FIXTURE_NOW });
      for (const file of ["en/benchmarks/index.html", "ja/benchmarks/index.html", "en/medical/index.html"]) {
        const html = site.routes.find((r) => r.file === file)!.render();
        expect(html, file).not.toContain("<img src=x");
        expect(html, file).not.toContain(HOSTILE.closeScript);
        expect(html, file).toMatch(/<script type="module" src="\/assets\/filter-[0-9a-f]+\.js"><\/script>/);
        const tags = html.replace(/="[^"]*"/g, '=""');
        expect(tags).not.toMatch(/<[^>]+\son[a-z]+=/i);
      }
      const list = site.routes.find((r) => r.file === "en/benchmarks/index.html")!.render();
      const [, attribute, text] =
        list.match(
          /<tr data-facets="([^"]*)" data-text="([^"]*)"><td><a href="\/en\/benchmarks\/hostile-bench\/">/,
        ) ?? [];
      // The search text holds the name, folded, and stays an attribute.
      expect(text).toContain(
        HOSTILE.name.normalize("NFKC").toLowerCase().replaceAll("<", "&lt;").replaceAll(">", "&gt;"),
      );
      const unescaped = attributeText(attribute ?? "");
      expect(JSON.parse(unescaped)).toEqual({
        task: [HOSTILE.attr],
        lang: ["en"],
        modality: [HOSTILE.closeScript],
        group: [HOSTILE.attr],
      });
    } finally {
      await hostile.cleanup();
    }
  });

  it("shows the hostile name as text on its detail page", async () => {
    const html = await text("/en/models/hostile");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    // javascript: links are shown as text, not as anchors.
    expect(html).not.toContain('javascript:alert(3)"');
  });

  it("embeds JSON in HTML without closing the script element", async () => {
    const html = await text("/en/?q=%3C%2Fscript%3E%3Cscript%3Ealert(5)%3C%2Fscript%3E");
    const config = html.match(/<script type="application\/json" id="config">([\s\S]*?)<\/script>/)?.[1] ?? "";
    expect(config).not.toMatch(/[<>]/);
    expect(() => JSON.parse(config)).not.toThrow();
    expect(html).not.toContain("<script>alert(5)");
  });

  it("escapes the Atom feed", async () => {
    const feed = await text("/feed.atom");
    expect(feed).toContain("&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;&lt;!--");
    expect(feed).not.toContain(HOSTILE.closeScript);
    expect(feed).not.toContain("<script");
  });

  it("guards CSV cells a spreadsheet would run as formulas (/api/v1/models.csv)", async () => {
    const catalog = fixtureCatalog();
    catalog.models.push(
      fixtureModel("formula", { name: '@SUM(1+1), "quoted"', org: HOSTILE.csv, sections: ["general"] }),
    );
    const hostile = await createWebFixture(catalog);
    try {
      const res = await createApp({ index: hostile.index }).request("/api/v1/models.csv?q=sum");
      const text = await res.text();
      expect(text).toContain(`"'@SUM(1+1), ""quoted"""`);
      const [header, row] = parseCsv(text);
      expect(row![header!.indexOf("name")]).toBe(`'@SUM(1+1), "quoted"`);
      expect(row![header!.indexOf("org")]).toBe(`'${HOSTILE.csv}`);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    } finally {
      await hostile.cleanup();
    }
  });

  it("escapes markdown in llms.txt", async () => {
    const txt = await text("/llms.txt");
    expect(txt).toContain("\\<script\\>alert\\(1\\)\\</script\\>");
    expect(txt).not.toContain(HOSTILE.name);
    for (const line of txt.split("\n").filter((l) => l.startsWith("- ["))) {
      expect(line).toMatch(/^- \[[^\]]*(\\\][^\]]*)*\]\(http:\/\/localhost\/[^)\s]+\)/);
    }
  });

  it("allows inline style only by hash, and only the site's own stylesheet", async () => {
    const res = await app.request("/en/?q=%3C%2Fstyle%3E");
    const csp = res.headers.get("content-security-policy") ?? "";
    const styleSrc = csp.split("; ").find((d) => d.startsWith("style-src ")) ?? "";
    expect(styleSrc).not.toContain("unsafe-inline");
    const hashes = styleSrc.match(/'sha256-[^']+'/g) ?? [];
    const blocks = [...(await res.text()).matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? "");
    expect(blocks).toHaveLength(1);
    const digest = createHash("sha256")
      .update(blocks[0] ?? "")
      .digest("base64");
    expect(hashes).toEqual([`'sha256-${digest}'`]);
  });

  it("serves JSON as JSON with nosniff, so a browser never renders it as HTML", async () => {
    for (const path of ["/search-index.json", "/models/hostile.json", "/api/v1/models?q=script"]) {
      const res = await app.request(path);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("has no path traversal: odd paths never reach the file system", async () => {
    for (const path of [
      "/assets/../../package.json",
      "/assets/..%2f..%2fpackage.json",
      "/assets/%2e%2e/%2e%2e/package.json",
      "/..%2f..%2fetc%2fpasswd",
      "/en/models/..%2f..%2fpackage.json",
      "/models/..%2f..%2fpackage.json.json",
    ]) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('"dependencies"');
    }
  });
});
