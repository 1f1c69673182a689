import { describe, expect, it } from "vitest";
import { hubFactsList } from "./hub-facts-list.js";
import { messages } from "./messages.js";

const facts = {
  repo: "meta-llama/Meta-Llama-3-8B",
  type: "model",
  status: "ok",
  fetched_at: "2026-11-01T00:00:00Z",
  downloads: 1234567,
  likes: 42,
  gated: "manual",
  license: "llama3",
  safetensors: { total: 8030261248, by_dtype: { BF16: 8030261248 } },
  pipeline_tag: "text-generation",
  base_models: [{ repo: "meta-llama/Meta-Llama-3-8B-Base", relation: "finetune" }],
  tags: [],
  private: false,
  newfangled: { x: 1 },
};

const pairs = (lang: "en" | "ja") =>
  [...String(hubFactsList(messages(lang), facts)).matchAll(/<dt>(.*?)<\/dt><dd>(.*?)<\/dd>/g)].map((m) => [
    m[1],
    m[2],
  ]);

describe("hubFactsList", () => {
  it("labels and formats the facts a reader looks for, in order", () => {
    expect(pairs("en")).toEqual([
      ["Status", "found"],
      ["Downloads (last 30 days)", "1,234,567"],
      ["Likes", "42"],
      ["Access request", "needed, approved by the authors"],
      ["Licence", "llama3"],
      ["Parameters (safetensors)", "8.03B"],
      ["Task (pipeline tag)", "text-generation"],
      ["Built on", "meta-llama/Meta-Llama-3-8B-Base (finetune)"],
      // Not named in the list: shown under its field name, so nothing is lost; empty lists are skipped.
      ["private", "false"],
      ["newfangled", "{&quot;x&quot;:1}"],
    ]);
  });

  it("speaks Japanese on Japanese pages", () => {
    expect(pairs("ja").slice(0, 4)).toEqual([
      ["状態", "取得済み"],
      ["ダウンロード数(直近30日)", "1,234,567"],
      ["いいね", "42"],
      ["利用申請", "必要(作者が承認)"],
    ]);
  });

  it("shows a fact of an unexpected shape under its field name rather than dropping it", () => {
    const odd = String(hubFactsList(messages("en"), { downloads: "many", gated: true }));
    expect(odd).toContain("<dt>downloads</dt><dd>many</dd>");
    expect(odd).toContain("<dt>gated</dt><dd>true</dd>");
  });

  it("escapes whatever the Hub sent", () => {
    const hostile = String(
      hubFactsList(messages("en"), {
        license: "<script>alert(1)</script>",
        base_models: [{ repo: '"><img src=x onerror=alert(1)>', relation: "merge" }],
        "<b>": "<i>x</i>",
      }),
    );
    expect(hostile).not.toMatch(/<script|<img|<b>|<i>/);
    expect(hostile).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
