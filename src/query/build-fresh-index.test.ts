import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Sqlite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeQueryFixture } from "../../test/helpers/query-fixture.js";
import { buildFreshIndex } from "./build-fresh-index.js";

let fixture: Awaited<ReturnType<typeof writeQueryFixture>>;

beforeAll(async () => {
  fixture = await writeQueryFixture();
  const models = path.join(fixture.catalogDir, "models");
  const qwen = readFileSync(path.join(models, "qwen3.yaml"), "utf8");
  // Enough files for several batches through both threads, with Japanese text and a parse error.
  for (let i = 0; i < 1200; i++) {
    writeFileSync(
      path.join(models, `copy-${i}.yaml`),
      qwen.replace("name: Qwen3", `name: 複製モデル ${i}`).replace("  - moe", `  - t${i % 7}`),
    );
  }
  writeFileSync(path.join(models, "broken.yaml"), "name: Broken\nsections: general\n");
  // A byte-order mark, and a byte that is not UTF-8 (read as U+FFFD; the hash is the text's).
  writeFileSync(path.join(models, "bom.yaml"), `\ufeff${qwen.replace("name: Qwen3", "name: BOM")}`);
  const latin1 = Buffer.from(qwen.replace("name: Qwen3", "name: CafX"));
  latin1[latin1.indexOf("CafX") + 3] = 0xe9;
  writeFileSync(path.join(models, "latin1.yaml"), latin1);
  writeFileSync(path.join(models, "Bad Name.yaml"), "name: Bad\nsections: [general]\n");
  // Valid, but not plain YAML (a comment after a value): only the full parser, loaded on demand, reads it.
  writeFileSync(
    path.join(models, "copy-600b.yaml"),
    qwen.replace("name: Qwen3", "name: Commented  # a note the fast reader leaves to the full parser"),
  );
});
afterAll(async () => {
  await fixture.cleanup();
});

/** Every row of every table (FTS5's shadow tables included), in a stable order. */
function dump(file: string): Record<string, unknown[]> {
  const db = new Sqlite(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'fts' ORDER BY name")
      .pluck()
      .all() as string[];
    const out: Record<string, unknown[]> = {
      sqlite_master: db.prepare("SELECT type, name, sql FROM sqlite_master ORDER BY name").raw().all(),
    };
    for (const t of tables) out[t] = db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).raw().all();
    // Planner statistics: the threaded build gathers them for the tables with indexes only.
    out.sqlite_stat1 = db
      .prepare(
        "SELECT * FROM sqlite_stat1 WHERE tbl IN " +
          "(SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL) ORDER BY 1, 2",
      )
      .raw()
      .all();
    return out;
  } finally {
    db.close();
  }
}

describe("buildFreshIndex", () => {
  it("writes the same index, row for row, whether a worker thread writes it or not", async () => {
    const dir = path.join(fixture.root, "built");
    mkdirSync(dir);
    const threaded = await buildFreshIndex(Sqlite, path.join(dir, "threaded.sqlite"), fixture.catalogDir, {
      thread: true,
    });
    const direct = await buildFreshIndex(Sqlite, path.join(dir, "direct.sqlite"), fixture.catalogDir, {
      thread: false,
    });
    expect({ ...threaded, ms: 0 }).toEqual({ ...direct, ms: 0 });
    expect(threaded).toMatchObject({ scanned: 1220, added: 1220, changed: 0, removed: 0 });
    expect(threaded.diagnostics.map((d) => [path.basename(d.file), d.rule, d.path])).toEqual([
      ["Bad Name.yaml", "id/invalid", ""],
      ["broken.yaml", "schema/invalid_type", "sections"],
    ]);
    // Nothing left beside the index (read before dump() opens the WAL-mode files).
    expect(readdirSync(dir).sort()).toEqual(["direct.sqlite", "threaded.sqlite"]);
    const a = dump(path.join(dir, "threaded.sqlite"));
    const b = dump(path.join(dir, "direct.sqlite"));
    expect(Object.keys(a)).toEqual(Object.keys(b));
    for (const table of Object.keys(a)) expect(a[table], table).toEqual(b[table]);
    expect((a.sqlite_stat1 as unknown[][]).map((row) => row[1])).toContain("entry_values_facet");
    // The fixture's 11 entries, the copies, BOM, Latin-1 and the commented one.
    expect(a.entries!.length).toBe(11 + 1200 + 3);
    expect(a.entries!.filter((row) => (row as unknown[]).includes("Commented"))).toHaveLength(1);
    // Built in WAL mode already, so the serving connection does not switch (and fsync) it.
    for (const name of ["threaded.sqlite", "direct.sqlite"]) {
      const db = new Sqlite(path.join(dir, name), { readonly: true });
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      db.close();
    }
  });

  it("fails on an unreadable file with the file system's error, leaving no file behind", async () => {
    const own = await writeQueryFixture();
    try {
      mkdirSync(path.join(own.catalogDir, "models", "folder.yaml"));
      for (const thread of [true, false]) {
        const file = path.join(own.root, `index-${thread}.sqlite`);
        await expect(buildFreshIndex(Sqlite, file, own.catalogDir, { thread })).rejects.toThrow(/EISDIR/);
        expect(readdirSync(own.root).filter((f) => f.startsWith("index-"))).toEqual([]);
      }
    } finally {
      await own.cleanup();
    }
  });
});
