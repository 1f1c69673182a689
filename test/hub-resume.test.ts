import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeHub, startFakeHub } from "./fake-hub/fake-hub.js";
import { catalogModel, hubModel, tempCatalog } from "./fake-hub/hub-fixtures.js";
import { ROOT, runCli } from "./fake-hub/run-cli.js";

const REPOS = Array.from({ length: 12 }, (_, i) => `owner-${i}/Model-${i}`);

describe.skipIf(!existsSync(path.join(ROOT, "lib", "cli", "main.js")))(
  "sync killed halfway, then resumed (built CLI)",
  () => {
    let hub: FakeHub;
    let dir: string;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      hub = await startFakeHub({ models: REPOS.map((id) => hubModel(id)), latencyMs: 60 });
      ({ dir, cleanup } = await tempCatalog(REPOS.map((repo, i) => catalogModel(`model-${i}`, [repo]))));
    });
    afterAll(async () => {
      await hub?.close();
      await cleanup?.();
    });

    it("continues without refetching finished repos and leaves no corrupt state", async () => {
      const args = ["--catalog", dir, "sync", "--hub-url", hub.url, "--concurrency", "1", "--json"];
      const first = await runCli(args, {
        onSpawn: (kill) => {
          const timer = setInterval(() => {
            if (hub.requests.filter((r) => r.status === 200).length >= 5) {
              clearInterval(timer);
              kill();
            }
          }, 5);
        },
      });
      expect(first.signal).toBe("SIGKILL");

      // The journal and every snapshot written so far are whole JSON documents.
      const journal = JSON.parse(await readFile(path.join(dir, ".hub", "sync-journal.json"), "utf8"));
      const day = journal.date as string;
      const snapshotDir = path.join(dir, ".hub", "snapshots", day, "models");
      const written: string[] = [];
      for (const owner of await readdir(snapshotDir)) {
        for (const file of (await readdir(path.join(snapshotDir, owner))).filter((f) =>
          f.endsWith(".json"),
        )) {
          const facts = JSON.parse(await readFile(path.join(snapshotDir, owner, file), "utf8"));
          expect(facts.status).toBe("ok");
          written.push(facts.repo);
        }
      }
      expect(written.length).toBeGreaterThanOrEqual(1); // killed after 5 answers: some work is done…
      expect(written.length).toBeLessThan(REPOS.length); // …and some is not
      for (const key of journal.done) expect(written).toContain(key.replace(/^models:/, ""));

      const before = hub.requests.length;
      const second = await runCli(args);
      expect(second.code, second.stderr).toBe(0);
      const report = JSON.parse(second.stdout);
      expect(report.resumed).toBe(true);
      expect(report.fetch.skipped).toBe(written.length);

      // No request in the second run for work the first run had finished.
      const resumedPaths = hub.requests.slice(before).map((r) => r.path);
      for (const repo of written) expect(resumedPaths).not.toContain(`/api/models/${repo}/revision/HEAD`);
      expect(resumedPaths).toHaveLength(REPOS.length - written.length);
      // Every repo was fetched; only work in flight at the kill (two units at --concurrency 1) is asked twice.
      const perRepo = REPOS.map(
        (repo) => hub.requests.filter((r) => r.path === `/api/models/${repo}/revision/HEAD`).length,
      );
      expect(perRepo.every((n) => n >= 1)).toBe(true);
      expect(perRepo.filter((n) => n > 1).length).toBeLessThanOrEqual(2);
      expect(existsSync(path.join(dir, ".hub", "sync-journal.json"))).toBe(false);
      const left = (await readdir(path.join(dir, ".hub"), { recursive: true })).filter((f) =>
        f.endsWith(".tmp"),
      );
      expect(left).toEqual([]); // temp files of a write cut short are swept on resume
      expect(report.findings.filter((f: { rule: string }) => f.rule !== "hub/license-missing")).toEqual([]);
    }, 60_000);
  },
);
