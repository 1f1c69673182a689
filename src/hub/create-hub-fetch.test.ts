import { describe, expect, it } from "vitest";
import { HubError } from "../core/index.js";
import { createHubFetch } from "./create-hub-fetch.js";

// An injected fetch stands in for the network; real HTTP is covered in test/hub-sync.test.ts.
function scripted(replies: (() => Response | Promise<Response>)[]) {
  const calls: { url: string; at: number; auth: string | null }[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), at: Date.now(), auth: new Headers(init?.headers).get("authorization") });
    const next = replies.shift();
    if (!next) throw new Error("no more scripted replies");
    return next();
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}
const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { "content-type": "application/json" },
    ...init,
  });

describe("createHubFetch", () => {
  it("pauses every request once RateLimit says the window is spent", async () => {
    const net = scripted([
      () => json([], { headers: { "content-type": "application/json", RateLimit: '"api";r=0;t=1' } }),
      () => json([]),
    ]);
    const hub = createHubFetch({ fetch: net.fetch, token: "hf_test" });
    await hub.fetch("http://hub/api/models");
    await hub.fetch("http://hub/api/models");
    expect((net.calls[1]?.at ?? 0) - (net.calls[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(hub.stats.waited_ms).toBeGreaterThanOrEqual(900);
    expect(net.calls[0]?.auth).toBe("Bearer hf_test");
  });

  it("keeps at most `concurrency` requests in flight", async () => {
    let active = 0;
    let peak = 0;
    const fetch = (async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 20));
      active--;
      return json({});
    }) as typeof globalThis.fetch;
    const hub = createHubFetch({ fetch, concurrency: 3 });
    await Promise.all(Array.from({ length: 10 }, () => hub.fetch("http://hub/api/x")));
    expect(peak).toBe(3);
    expect(hub.stats.requests).toBe(10);
  });

  it("retries network errors with backoff, then gives up with a HubError naming the URL", async () => {
    const refused = () => {
      throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    };
    const net = scripted([refused, refused, refused]);
    const hub = createHubFetch({ fetch: net.fetch, retries: 2, retryBaseMs: 5 });
    const error = await hub.fetch("http://hub/api/models/a/b").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubError);
    expect(error).toMatchObject({ status: 0, code: "NetworkError", url: "http://hub/api/models/a/b" });
    expect((error as Error).message).toContain("ECONNREFUSED");
    expect(net.calls).toHaveLength(3);
    expect(hub.stats.retries).toBe(2);
  });

  it("gives up at once when the Hub asks for a longer wait than allowed", async () => {
    const net = scripted([
      () => json({ error: "slow down" }, { status: 429, headers: { "retry-after": "900" } }),
    ]);
    const hub = createHubFetch({ fetch: net.fetch, maxWaitMs: 60_000 });
    const error = await hub.fetch("http://hub/api/models").catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429 });
    expect((error as Error).message).toMatch(/slow down.*wait 900 s/);
  });

  it("turns a 2xx that is not JSON into a HubError instead of a SyntaxError", async () => {
    const net = scripted([
      () => new Response("<html>proxy</html>", { headers: { "content-type": "application/json" } }),
    ]);
    const error = await createHubFetch({ fetch: net.fetch })
      .fetch("http://hub/api/models")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubError);
    expect(error).toMatchObject({ code: "MalformedJson" });
  });
});
