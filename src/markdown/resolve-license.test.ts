import { describe, expect, it } from "vitest";
import { resolveLicense } from "./resolve-license.js";

describe("resolveLicense", () => {
  const licenses = [
    {
      id: "apache-2.0",
      name: "Apache License 2.0",
      commercial: "yes" as const,
      condition: { en: "x" },
      aliases: ["apache2.0"],
    },
    {
      id: "msrla",
      name: "Microsoft Research License",
      commercial: "no" as const,
      condition: { en: "x" },
      aliases: ["MSR(non-commercial)"],
      url: "https://example.org/msr",
    },
  ];
  it("matches aliases case-, space- and hyphen-insensitively, then link URLs", () => {
    expect(resolveLicense({ text: "Apache 2.0", links: [] }, licenses)).toBe("apache-2.0");
    expect(resolveLicense({ text: "APACHE_2.0", links: [] }, licenses)).toBe("apache-2.0");
    expect(resolveLicense({ text: "msr(non commercial)", links: [] }, licenses)).toBe("msrla");
    expect(
      resolveLicense(
        { text: "link", links: [{ label: "link", url: "http://www.example.org/msr/" }] },
        licenses,
      ),
    ).toBe("msrla");
    expect(resolveLicense({ text: "apache", links: [] }, licenses)).toBeUndefined();
  });
});
