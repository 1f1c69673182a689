import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type RunningServer, startServer } from "../src/server/index.js";
import { createWebFixture, FIXTURE_NOW, type WebFixture } from "./helpers/web-fixture.js";

let fixture: WebFixture;
let server: RunningServer;

beforeAll(async () => {
  fixture = await createWebFixture();
  server = await startServer(createApp({ index: fixture.index, now: FIXTURE_NOW }), { port: 0 });
});
afterAll(async () => {
  await server?.close();
  await fixture.cleanup();
});

/** Sends raw bytes and returns the status line, so tests can send what fetch would refuse to. */
function raw(payload: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, "127.0.0.1", () => socket.write(payload));
    let data = "";
    socket.on("data", (chunk) => {
      data += chunk.toString("latin1");
    });
    socket.on("end", () => resolve(data.split("\r\n")[0] ?? ""));
    socket.on("error", reject);
  });
}

describe("the real server on 127.0.0.1", () => {
  it("listens on loopback and serves pages, API and feed", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(`${server.url}en/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("MedSwallow");
    const api = await fetch(`${server.url}api/v1/models?section=medical&lang=ja`);
    expect(((await api.json()) as { items: { id: string }[] }).items.map((m) => m.id)).toEqual([
      "medswallow",
    ]);
    const feed = await fetch(`${server.url}feed.atom`);
    expect(feed.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(await feed.text()).toContain(
      `<link rel="self" type="application/atom+xml" href="${server.url}feed.atom"/>`,
    );
  });

  it("styles every page's header from its head and links the rest between header and main", async () => {
    const stylesheets = new Set<string>();
    for (const path of [
      "en/",
      "ja/news",
      "en/charts",
      "en/models/medswallow",
      "en/benchmarks",
      "en/nowhere",
    ]) {
      const html = await (await fetch(`${server.url}${path}`)).text();
      const head = html.slice(0, html.indexOf("</head>"));
      expect(head.match(/<style>/g), path).toHaveLength(1);
      expect(head, path).toMatch(/<style>[^<]*\.top\{[^<]*\.lang\{[^<]*<\/style>/);
      expect(head, path).not.toContain('rel="stylesheet"');
      const link = /<\/header>\n<link rel="stylesheet" href="(\/assets\/style-[0-9a-f]+\.css)">\n<main /.exec(
        html,
      );
      expect(link, path).not.toBeNull();
      stylesheets.add(link?.[1] ?? "");
    }
    expect(stylesheets.size).toBe(1);
    // An error page is none of the navigation's pages.
    expect(await (await fetch(`${server.url}en/nowhere`)).text()).not.toContain('aria-current="page"');
    expect(await (await fetch(`${server.url}en/news`)).text()).toContain('aria-current="page">News<');
    const [href] = stylesheets;
    const css = await fetch(`${server.url}${href?.slice(1)}`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(css.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    // The file holds what the head does not: nothing of the shell twice.
    const body = await css.text();
    expect(body).toContain("table{");
    expect(body).not.toContain(".top{");
  });

  it("negotiates the UI language of unprefixed pages from Accept-Language", async () => {
    const ja = await fetch(server.url, { headers: { "Accept-Language": "ja-JP,ja;q=0.9,en;q=0.5" } });
    expect(await ja.text()).toContain('<html lang="ja">');
    expect(ja.headers.get("vary")).toContain("Accept-Language");
    const en = await fetch(server.url, { headers: { "Accept-Language": "fr, en;q=0.5" } });
    expect(await en.text()).toContain('<html lang="en">');
  });

  it("limits request line + headers to 16 KiB (431) and the URL to 8000 characters (414)", async () => {
    expect(
      await raw(
        `GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
      ),
    ).toMatch(/^HTTP\/1\.1 431/);
    expect(
      await raw(`GET /api/v1/models?q=${"a".repeat(9_000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
    ).toMatch(/^HTTP\/1\.1 414/);
  });

  it("does not let dot segments or encoded slashes reach outside the app", async () => {
    for (const target of [
      "/../../etc/passwd",
      "/assets/../../package.json",
      "/%2e%2e/%2e%2e/etc/passwd",
      "/..%2f..%2fpackage.json",
    ]) {
      const line = await raw(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(line, target).toMatch(/^HTTP\/1\.1 (404|400)/);
    }
  });

  it("answers write methods with 405 over HTTP", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.url}api/v1/models`, { method: "DELETE" }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(405);
  });
});
