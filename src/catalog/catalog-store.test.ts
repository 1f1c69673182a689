import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Catalog, CatalogError, emptyCatalog } from "../core/index.js";
import { loadCatalog } from "./load-catalog.js";
import { saveCatalog } from "./save-catalog.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "llm-radar-store-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sample(): Catalog {
  const catalog = emptyCatalog();
  catalog.models.push({
    id: "qwen3",
    name: "Qwen3",
    org: "Alibaba",
    released: "2025-04",
    sections: ["general"],
    status: "listed",
    availability: "open-weights",
    sizes: { label: "0.6~235B", params: [6e8, 2.35e11], range: true },
    license: "apache-2.0",
    links: [
      {
        rel: "hf",
        url: "https://huggingface.co/collections/Qwen/qwen3",
        hf: { type: "collection", id: "Qwen/qwen3" },
      },
    ],
    base_models: [],
    tags: [],
    languages: [],
    scores: [],
    provenance: [{ source: "README.md", line: 52, section: "English-centric", raw: ["2025.4", "Qwen3"] }],
    corrections: [],
  });
  catalog.licenses.push({
    id: "apache-2.0",
    name: "Apache License 2.0",
    spdx: "Apache-2.0",
    commercial: "yes",
    condition: { en: "Permissive; keep the notice." },
    aliases: ["apache2.0"],
  });
  catalog.sections.push({
    id: "general",
    kind: "models",
    title: { en: "English-centric" },
    aliases: [],
    columns: [],
    see_also: [],
    notes: [],
  });
  return catalog;
}

describe("catalogue store", () => {
  it("round-trips through YAML files, one per entry, without repeating the id", async () => {
    const result = await saveCatalog(dir, sample());
    expect(result.written.sort()).toEqual(["licenses/apache-2.0.yaml", "models/qwen3.yaml", "sections.yaml"]);
    const text = await readFile(path.join(dir, "models/qwen3.yaml"), "utf8");
    expect(text).not.toMatch(/^id:/m);
    expect(text).not.toMatch(/^status:/m);
    const loaded = await loadCatalog(dir);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.catalog).toEqual(sample());
    expect((await saveCatalog(dir, loaded.catalog)).written).toEqual([]);
  });

  it("reports schema errors with file, line, column and field path", async () => {
    await mkdir(path.join(dir, "models"), { recursive: true });
    await writeFile(
      path.join(dir, "models/bad.yaml"),
      "name: Bad\nsections: [general]\nsizes:\n  label: 7B\n  params: [seven]\nlicence: mit\n",
    );
    const { catalog, diagnostics } = await loadCatalog(dir);
    expect(catalog.models).toEqual([]);
    const summary = diagnostics.map((d) => [path.basename(d.file), d.line, d.column, d.path, d.rule]);
    expect(summary).toEqual([
      ["bad.yaml", 5, 12, "sizes.params.0", "schema/invalid_type"],
      ["bad.yaml", 6, 1, "licence", "schema/unknown_field"],
    ]);
    expect(diagnostics[1]!.message).toBe('unknown field "licence"');
  });

  it("reports YAML syntax errors and invalid file names", async () => {
    await mkdir(path.join(dir, "models"), { recursive: true });
    await writeFile(path.join(dir, "models/broken.yaml"), "name: [unclosed\n");
    await writeFile(path.join(dir, "models/Bad Name.yaml"), "name: x\nsections: [a]\n");
    const { diagnostics } = await loadCatalog(dir);
    expect(diagnostics.map((d) => d.rule).sort()).toEqual(["id/invalid", expect.stringMatching(/^yaml\//)]);
  });

  it("writes nothing when any entry is invalid", async () => {
    const catalog = sample();
    catalog.models.push({ ...catalog.models[0]!, id: "broken", released: "2025.4" });
    await expect(saveCatalog(dir, catalog)).rejects.toBeInstanceOf(CatalogError);
    expect(await readdir(dir)).toEqual([]);
  });

  it("serialises concurrent writers so the catalogue stays valid", async () => {
    const writers = Array.from({ length: 6 }, (_, i) => {
      const catalog = sample();
      catalog.models[0]!.name = `Qwen3 run ${i}`;
      return saveCatalog(dir, catalog);
    });
    await Promise.all(writers);
    const loaded = await loadCatalog(dir);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.catalog.models[0]!.name).toMatch(/^Qwen3 run \d$/);
    const leftovers = (await readdir(path.join(dir, "models"))).filter((n) => n.endsWith(".tmp"));
    expect(leftovers).toEqual([]);
  });
});
