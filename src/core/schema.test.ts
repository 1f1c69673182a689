import { describe, expect, it } from "vitest";
import { License, LocalizedText } from "./schema.js";

describe("LocalizedText", () => {
  it("needs at least one language, so an empty text cannot be written and then fail to load", () => {
    expect(LocalizedText.safeParse({}).success).toBe(false);
    expect(LocalizedText.safeParse({ en: "ok" }).success).toBe(true);
    const license = { name: "X", commercial: "unknown", condition: {} };
    expect(License.safeParse(license).error?.issues[0]?.path).toEqual(["condition"]);
  });
});
