import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { ENTRY_SCHEMAS, Section } from "../src/core/index.js";

/** Every field name of an object schema and of the objects nested in it (through optional, default, array). */
function fieldNames(schema: z.ZodType, out = new Set<string>()): Set<string> {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === "object") {
    for (const [key, value] of Object.entries(
      (schema as unknown as { shape: Record<string, z.ZodType> }).shape,
    )) {
      out.add(key);
      fieldNames(value, out);
    }
  } else if (def.innerType) fieldNames(def.innerType as z.ZodType, out);
  else if (def.element) fieldNames(def.element as z.ZodType, out);
  return out;
}

describe("README schema reference", () => {
  it("documents every field of every catalogue file", async () => {
    const readme = await readFile("README.md", "utf8");
    const start = readme.indexOf("## Schema reference");
    expect(start).toBeGreaterThan(0);
    const reference = readme.slice(start, readme.indexOf("\n## ", start + 1));
    const missing: string[] = [];
    for (const [kind, schema] of [...Object.entries(ENTRY_SCHEMAS), ["sections", Section] as const]) {
      for (const field of fieldNames(schema as z.ZodType)) {
        if (!reference.includes(`\`${field}\``)) missing.push(`${kind}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("documents the import command", async () => {
    expect(await readFile("README.md", "utf8")).toContain("### `llm-radar import`");
  });

  it("shows a worked example identical to the committed file it names", async () => {
    const readme = await readFile("README.md", "utf8");
    const match = /A worked example, `(catalog\/[^`]+\.yaml)`[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme);
    expect(match).not.toBeNull();
    expect(match![2]).toBe(await readFile(match![1]!, "utf8"));
  });
});
