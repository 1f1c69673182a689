import { describe, expect, it } from "vitest";
import { parseRateLimit, parseRetryAfter } from "./parse-rate-limit.js";

describe("parseRateLimit", () => {
  it("reads the Hub's IETF-draft headers", () => {
    const headers = new Headers({
      RateLimit: '"api";r=0;t=12',
      "RateLimit-Policy": '"fixed window";"api";q=1000;w=300',
    });
    expect(parseRateLimit(headers)).toEqual({
      remaining: 0,
      reset_seconds: 12,
      quota: 1000,
      window_seconds: 300,
    });
  });

  it("takes the most constrained of several policies, commas inside quotes included", () => {
    const headers = new Headers({ RateLimit: '"api, main";r=40;t=100, "resolvers";r=3;t=7' });
    expect(parseRateLimit(headers)).toMatchObject({ remaining: 3, reset_seconds: 7 });
  });

  it("is empty without headers or with garbage", () => {
    expect(parseRateLimit(new Headers())).toEqual({});
    expect(parseRateLimit(new Headers({ RateLimit: "nonsense" }))).toEqual({});
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    const now = Date.parse("2026-11-26T06:00:00Z");
    expect(parseRetryAfter("Thu, 26 Nov 2026 06:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter("Thu, 26 Nov 2026 05:00:00 GMT", now)).toBe(0);
  });

  it("is undefined when absent or unreadable", () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});
