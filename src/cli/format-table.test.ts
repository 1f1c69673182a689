import { describe, expect, it } from "vitest";
import { displayWidth, stripControl, truncateToWidth } from "./display-width.js";
import { formatTable } from "./format-table.js";
import { terminal } from "./terminal.js";

describe("displayWidth", () => {
  it("counts East Asian wide characters as two cells", () => {
    expect(displayWidth("東工大 LLM")).toBe(10);
    expect(displayWidth("ＱＷＥＮ")).toBe(8);
    expect(displayWidth("e\u0301")).toBe(1);
    expect(truncateToWidth("東工大スワロー", 7)).toBe("東工大…");
    expect(stripControl("a\u001b[31mb\r\nc")).toBe("a [31mb c");
  });
});

describe("formatTable", () => {
  const rows = [
    { a: "東工大", b: "Llama 3 Swallow", n: 8 },
    { a: "Meta", b: "Llama 3", n: 70 },
  ];
  const columns = [
    { header: "ORG", value: (r: (typeof rows)[number]) => r.a, shrink: 2, min: 4 },
    { header: "NAME", value: (r: (typeof rows)[number]) => r.b, shrink: 1, min: 4 },
    { header: "N", value: (r: (typeof rows)[number]) => String(r.n), align: "right" as const },
  ];

  it("aligns wide characters and right-aligned numbers", () => {
    expect(formatTable(rows, columns)).toMatchInlineSnapshot(`
      "ORG     NAME              N
      東工大  Llama 3 Swallow   8
      Meta    Llama 3          70
      "
    `);
  });

  it("shrinks the highest-priority column first to fit the width", () => {
    const text = formatTable(rows, columns, { width: 22 });
    for (const line of text.trimEnd().split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(22);
    expect(text).toMatchInlineSnapshot(`
      "ORG   NAME           N
      東…   Llama 3 Swa…   8
      Meta  Llama 3       70
      "
    `);
  });
});

describe("terminal", () => {
  const tty = { isTTY: true, columns: 80 } as NodeJS.WriteStream;
  const pipe = { isTTY: false } as NodeJS.WriteStream;

  it("colours only a TTY without NO_COLOR", () => {
    expect(terminal(tty, {}).bold("x")).toBe("\u001b[1mx\u001b[22m");
    expect(terminal(tty, { NO_COLOR: "1" }).bold("x")).toBe("x");
    expect(terminal(pipe, {}).bold("x")).toBe("x");
  });

  it("uses the TTY's width, else COLUMNS, else no limit", () => {
    expect(terminal(tty, {}).width).toBe(80);
    expect(terminal(pipe, { COLUMNS: "100" }).width).toBe(100);
    expect(terminal(pipe, {}).width).toBeUndefined();
  });
});
