import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeHub, startFakeHub } from "./fake-hub/fake-hub.js";
import { catalogModel, hubModel, tempCatalog } from "./fake-hub/hub-fixtures.js";
import { ROOT, runCli } from "./fake-hub/run-cli.js";

describe.skipIf(!existsSync(path.join(ROOT, "lib", "cli", "main.js")))(
  "sync and check --hub through the built CLI",
  () => {
    let hub: FakeHub;
    let dir: string;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      hub = await startFakeHub({
        models: [
          hubModel("ok/Fine-7B", { safetensors: { parameters: { BF16: 7.2e9 }, total: 7.2e9 } }),
          // Hostile Hub text: a licence tag and an error body carrying terminal escapes.
          hubModel("evil/Tag-7B", { tags: ["license:\u001b[31mred\u001b[0m"] }),
        ],
      });
      ({ dir, cleanup } = await tempCatalog([
        catalogModel("fine", ["ok/Fine-7B"], {
          license: "apache-2.0",
          sizes: { label: "7B", params: [7e9] },
        }),
        catalogModel("gone", ["nobody/Gone-7B"], { license: "apache-2.0" }),
        catalogModel("evil", ["evil/Tag-7B"], { license: "apache-2.0" }),
        catalogModel("broken", ["bad/Body-7B"], { license: "apache-2.0" }),
      ]));
      hub.fail("/api/models/bad/Body-7B", { status: 403, body: '{"error":"no\\u001b]0;pwned\\u0007 way"}' });
    });
    afterAll(async () => {
      await hub?.close();
      await cleanup?.();
    });

    it("prints findings as file:line diagnostics and a summary, with no terminal escapes from the Hub", async () => {
      const run = await runCli(["--catalog", dir, "sync", "--hub-url", hub.url]);
      expect(run.code, run.stderr).toBe(1); // one repo could not be fetched (403)
      expect(run.stdout).toBe("");
      expect(run.stderr).not.toContain("\u001b");
      expect(run.stderr).not.toContain("\r"); // no progress bar when stderr is not a TTY
      const gone = run.stderr.split("\n").find((l) => l.includes("[hub/dead-link]"));
      expect(gone).toMatch(
        /models[/\\]gone\.yaml:\d+:\d+ {2}links\.0 {2}dead link: nobody\/Gone-7B is not on the Hub \(404/,
      );
      expect(run.stderr).toMatch(/failed: models\/bad\/Body-7B: Hub replied 403: no \]0;pwned {2}way/);
      expect(run.stderr).toMatch(/findings: 1 errors, 1 warnings, \d+ notes/);
    });

    it("check --hub reports the same findings offline, on the line of the link", async () => {
      const before = hub.requests.length;
      const run = await runCli(["--catalog", dir, "check", "--hub", "--json"]);
      expect(hub.requests.length).toBe(before);
      expect(run.code).toBe(1);
      const diagnostics = JSON.parse(run.stdout) as {
        file: string;
        line: number;
        rule: string;
        path: string;
      }[];
      const dead = diagnostics.find((d) => d.rule === "hub/dead-link");
      const yaml = (await readFile(path.join(dir, "models", "gone.yaml"), "utf8")).split("\n");
      expect(yaml[(dead?.line ?? 0) - 1]).toContain("nobody/Gone-7B");
      expect(diagnostics.map((d) => d.rule)).toContain("hub/license-unregistered");
    });

    it("sync --offline --json prints the report on stdout without a request", async () => {
      const before = hub.requests.length;
      const run = await runCli(["--catalog", dir, "sync", "--offline", "--json"]);
      expect(hub.requests.length).toBe(before);
      const report = JSON.parse(run.stdout);
      expect(report).toMatchObject({ offline: true, requests: 0, entries: 4 });
      expect(report.diagnostics.length).toBe(report.findings.length);
    });

    it("has --help with examples for every Hub command", async () => {
      for (const command of ["sync", "discover", "candidates", "accept", "reject"]) {
        const run = await runCli([command, "--help"]);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain("Examples:");
      }
    });
  },
);
