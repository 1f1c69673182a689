import { describe, expect, it } from "vitest";
import { fixtureModel } from "../../test/helpers/query-fixture.js";
import { Benchmark, type Catalog, emptyCatalog, type NewsItem, type WithId } from "../core/index.js";
import type { HistoryEvent } from "./history-event.js";
import { newsFromHistory } from "./news-from-history.js";
import type { HistoryReport } from "./replay-history.js";

const version = (commit: string, date: string, baseline = false) => ({
  commit,
  date,
  author: "a",
  subject: "s",
  path: "README.md",
  status: "imported" as const,
  ...(baseline ? { baseline } : {}),
});

function added(
  commit: string,
  date: string,
  name: string,
  status: "listed" | "archived" = "listed",
): HistoryEvent {
  return {
    kind: "added",
    commit,
    date,
    author: "a",
    entry: { kind: "models", id: name.toLowerCase(), name },
    section: "General",
    status,
    line: 7,
  };
}

function news(id: string, date: string, en: string, models: string[] = []): WithId<NewsItem> {
  return { id, date, text: { en }, models, links: [], highlight: false, provenance: [], corrections: [] };
}

function report(versions: ReturnType<typeof version>[], events: HistoryEvent[]): HistoryReport {
  return { repo: "r", file: "README.md", rev: "HEAD", head: "h", versions, events };
}

describe("newsFromHistory", () => {
  const catalog: Catalog = {
    ...emptyCatalog(),
    news: [news("2025-04-qwen3-release", "2025-04", "Qwen3 がリリースされました")],
  };
  catalog.models.push(fixtureModel("llama-4", { name: "Llama4", sections: ["general"] }));

  it("skips the first version, archived additions and what the news already says", () => {
    const r = report(
      [version("c1", "2025-03-01T00:00:00+09:00"), version("c2", "2025-04-14T10:00:00+09:00")],
      [
        added("c1", "2025-03-01T00:00:00+09:00", "Gemma3"),
        added("c2", "2025-04-14T10:00:00+09:00", "Qwen3 (Alibaba)"),
        added("c2", "2025-04-14T10:00:00+09:00", "Llama4"),
        added("c2", "2025-04-14T10:00:00+09:00", "Hidden", "archived"),
      ],
    );
    const { items, duplicates } = newsFromHistory(r, catalog);
    expect(duplicates.map((e) => e.entry?.name)).toEqual(["Qwen3 (Alibaba)"]);
    expect(items).toEqual([
      {
        id: "2025-04-llama4",
        date: "2025-04-14",
        text: {
          ja: "Llama4 が一覧の「General」に加わりました。",
          en: "Llama4 was added to the list (General).",
        },
        models: ["llama-4"],
        links: [],
        highlight: false,
        provenance: [{ source: "README.md@c2", line: 7, section: "General", raw: [], revision: "c2" }],
        corrections: [],
      },
    ]);
  });

  it("names a benchmark in the text but references only models", () => {
    const withBenchmark: Catalog = {
      ...catalog,
      benchmarks: [{ id: "jmt-bench", ...Benchmark.parse({ name: "JMT-Bench" }) }],
    };
    const r = report(
      [version("c1", "2025-03-01T00:00:00+09:00"), version("c2", "2025-04-14T10:00:00+09:00")],
      [
        {
          ...added("c2", "2025-04-14T10:00:00+09:00", "JMT-Bench"),
          entry: { kind: "benchmarks", id: "jmt-bench", name: "JMT-Bench" },
        },
      ],
    );
    expect(newsFromHistory(r, withBenchmark).items.map((n) => [n.id, n.models])).toEqual([
      ["2025-04-jmt-bench", []],
    ]);
  });

  it("reports the first version's additions when it is only a --since baseline's successor", () => {
    const r = report(
      [version("c1", "2025-03-01T00:00:00+09:00", true), version("c2", "2025-04-14T10:00:00+09:00")],
      [added("c2", "2025-04-14T10:00:00+09:00", "Gemma3")],
    );
    expect(newsFromHistory(r, emptyCatalog()).items.map((n) => n.id)).toEqual(["2025-04-gemma3"]);
  });
});
