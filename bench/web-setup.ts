// Shared by the web benchmarks: bench-only tools installed into bench/.work/<name>/ (never into the
// project), the VitePress baseline site and a plain static file server. Chromium is launched the way
// the browser tests launch it (test/helpers/chromium.ts), or that way without its omnibox popup.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { loadCatalog } from "../src/catalog/index.js";
import { renderReadme } from "../src/markdown/index.js";
import { CHROMIUM, CHROMIUM_ARGS, launchChromium } from "../test/helpers/chromium.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const WORK = path.join(ROOT, "bench", ".work");
export const BIN = path.join(ROOT, "bin", "llm-radar.js");

/** Installs `packages` into bench/.work/<name>/ once (its own package.json) and returns that folder. */
export function ensureTool(name: string, packages: string[]): string {
  const dir = path.join(WORK, name);
  const marker = path.join(dir, "node_modules", ".installed");
  if (existsSync(marker) && readFileSync(marker, "utf8") === packages.join(" ")) return dir;
  mkdirSync(dir, { recursive: true });
  if (!existsSync(path.join(dir, "package.json"))) {
    writeFileSync(
      path.join(dir, "package.json"),
      JSON.stringify({ name: `bench-${name}`, private: true, type: "module" }),
    );
  }
  process.stderr.write(`installing ${packages.join(" ")} into ${path.relative(ROOT, dir)} …\n`);
  execFileSync("npm", ["install", "--no-audit", "--no-fund", ...packages], { cwd: dir, stdio: "inherit" });
  writeFileSync(marker, packages.join(" "));
  return dir;
}

/** The VitePress baseline: the catalogue's README (renderReadme) as the home page of a fresh VitePress site. */
export async function writeVitePressSite(
  catalogDir: string,
  siteDir: string,
  lang: "ja" | "en" = "ja",
): Promise<void> {
  const { catalog } = await loadCatalog(catalogDir);
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(path.join(siteDir, ".vitepress"), { recursive: true });
  writeFileSync(path.join(siteDir, "index.md"), renderReadme(catalog, { lang }));
  writeFileSync(
    path.join(siteDir, ".vitepress", "config.mjs"),
    `export default { title: "llm-radar", lang: "${lang}", themeConfig: { search: { provider: "local" } } };\n`,
  );
}

/**
 * Chromium 156 renders its omnibox popup (chrome://omnibox-popup.top-chrome) in a WebUI renderer for every
 * new window, headless too, where nobody sees it: 0.2–0.5 s of CPU on the two cores during the page load
 * being measured, in most loads. These two features turn it off.
 */
const OMNIBOX_POPUP_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];

/**
 * Chromium as the browser tests launch it, without the omnibox popup's renderer. Chromium keeps only
 * the last `--disable-features`, so the list Playwright passes is read off the command line of a first
 * launch (Linux /proc) and extended rather than replaced.
 */
export async function launchQuietChromium(): Promise<Browser> {
  const probe = await launchChromium();
  const playwrights = childArgs().find((a) => a.startsWith("--disable-features="));
  await probe.close();
  if (!playwrights) throw new Error("cannot read the --disable-features that Playwright passes to Chromium");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, `${playwrights},${OMNIBOX_POPUP_FEATURES.join(",")}`],
    ignoreDefaultArgs: [playwrights],
  });
}

/** The command line of this process's child started with `--remote-debugging-pipe` (the browser). */
function childArgs(): string[] {
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = /^PPid:\s+(\d+)$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      if (Number(ppid) !== process.pid) continue;
      const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (args.includes("--remote-debugging-pipe")) return args;
    } catch {
      // The process ended while the list was read.
    }
  }
  return [];
}

/** Serves a folder over loopback the way a static host does (`dir/` → `dir/index.html`). */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const types: Record<string, string> = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".woff2": "font/woff2",
    ".atom": "application/atom+xml",
  };
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = path.join(dir, pathname);
    if (!file.startsWith(dir)) {
      res.writeHead(404).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, "index.html");
      const body = readFileSync(file);
      res.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      // VitePress links pages without `.html` (clean URLs off means it writes and links `x.html`).
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
