import { describe, expect, it } from "vitest";
import { parseInline } from "./parse-inline.js";

describe("parseInline", () => {
  it("reads links (empty targets included), emphasis and autolinks", () => {
    expect(parseInline("[**Org**](https://x.org) and [A]() <https://y.org>")).toEqual({
      text: "Org and A https://y.org",
      links: [
        { label: "Org", url: "https://x.org" },
        { label: "A", url: "" },
        { label: "https://y.org", url: "https://y.org" },
      ],
    });
  });
});
