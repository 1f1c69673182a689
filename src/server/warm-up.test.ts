import { describe, expect, it } from "vitest";
import { warmUp } from "./warm-up.js";

describe("warmUp", () => {
  it("renders each page once and reports its status", async () => {
    const seen: string[] = [];
    const app = {
      request: (path: string) => {
        seen.push(path);
        return new Response("ok", { status: path === "/gone" ? 404 : 200 });
      },
    };
    expect(await warmUp(app, ["/en/", "/gone"])).toEqual([
      ["/en/", 200],
      ["/gone", 404],
    ]);
    expect(seen).toEqual(["/en/", "/gone"]);
    expect(await warmUp(app)).toEqual([
      ["/en/", 200],
      ["/ja/", 200],
    ]);
  });

  it("never throws: a failing page is reported as status 0", async () => {
    const app = {
      request: () => {
        throw new Error("index closed");
      },
    };
    expect(await warmUp(app, ["/en/"])).toEqual([["/en/", 0]]);
  });
});
