import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  createApp,
  type RunningServer,
  startServer,
} from "../../src/server/index.js";
import { launchChromium, recordPageProblems } from "./chromium.js";
import { createWebFixture, FIXTURE_NOW, type WebFixture } from "./web-fixture.js";

/** A web fixture served over 127.0.0.1 and one Chromium page on it (fields set once `beforeAll` ran). */
export interface ServedPage {
  fixture: WebFixture;
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Console errors and warnings, page errors, dialogs and HTTP errors (see recordPageProblems). */
  problems: string[];
}

/**
 * For the enclosing `describe`: builds the web fixture (of `catalog`, or the default one), serves it,
 * opens an English Chromium page that records problems, and closes everything afterwards.
 */
export function useServedPage(catalog?: () => Parameters<typeof createWebFixture>[0]): ServedPage {
  const served = { problems: [] as string[] } as ServedPage;
  beforeAll(async () => {
    served.fixture = await createWebFixture(catalog?.());
    served.server = await startServer(createApp({ index: served.fixture.index, now: FIXTURE_NOW }), {
      port: 0,
    });
    served.browser = await launchChromium();
    served.page = await served.browser.newPage({ locale: "en-US" });
    // Below the 30 s test timeout, so a step that hangs fails with its own call log instead.
    served.page.setDefaultTimeout(15_000);
    recordPageProblems(served.page, served.problems);
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
    await served.fixture?.cleanup();
  });
  return served;
}

/** How wide each page lays out on a 390 px phone screen (document scroll width, in CSS pixels). */
export async function phoneWidths(served: ServedPage, paths: string[]): Promise<Record<string, number>> {
  const context = await served.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  try {
    const page = await context.newPage();
    const widths: Record<string, number> = {};
    for (const p of paths) {
      await page.goto(`${served.server.url}${p}`);
      widths[p] = (await page.evaluate("document.documentElement.scrollWidth")) as number;
    }
    return widths;
  } finally {
    await context.close();
  }
}

/** A minimal static host (like GitHub Pages) serving `dir` under `prefix`, with the site's CSP. */
export async function serveFolder(
  dir: string,
  prefix: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const types: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
  };
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = path.join(dir, pathname.slice(prefix.length));
    if (!pathname.startsWith(prefix) || !file.startsWith(dir)) {
      res.writeHead(404).end();
      return;
    }
    if ((await stat(file).catch(() => undefined))?.isDirectory()) file = path.join(file, "index.html");
    const body = await readFile(file).catch(() => undefined);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": types[path.extname(file)] ?? "application/octet-stream",
      "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
