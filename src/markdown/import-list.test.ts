import { describe, expect, it } from "vitest";
import type { License, Section, WithId } from "../core/index.js";
import { importList } from "./import-list.js";

// A list of our own making that carries every quirk the seed list has (names are invented).
const LIST = `# Test list

**NEWS**
- 🔥2025.4 Alphaがリリースされました！
- 2025.3 🔥 [Beta](https://example.org/beta) arrived, see [notes]()

<details>

<summary>History</summary>
- 2024.12 Gammaが公開
  of two lines
- no date here
</details>

## English-centric

| When? | Name |  HF?  | Size(max) | License | pretraining/base | finetuning | misc.|
|---|---|---|---|---|---|---|---|
|2025.4| [Alpha (AlphaLab)]()|[HF](https://huggingface.co/collections/alphalab/alpha-0123456789abcdef01234567)| 0.6~235B |apache2.0|| |
|2025.3| [Beta](https://example.org/beta) | [HF](https://huggingface.co/betaco/Beta-671B) | 671B | [link](https://example.org/beta/LICENSE-MODEL) | 14.8T |  | MoE(37B), reasoning, sft, DPO |
|2025.2| [Delta(Org)]() | [arxiv](https://arxiv.org/pdf/2401.00001.pdf) | apache-2.0 | 13B |  |  | critic model |
2025.1| [Epsilon]() | [HF](epsco/epsilon-8x7b) | 8x7B | Apache-2.0 | Alpha | sft, dpo | MoE, [long context available](https://example.org/long) |
|2025.1| [Zeta](https://example.org/zeta) | [HF](https://huggingface.co/zetaorg) | 2.7Bx4 | MIT | Llama2-70Bベース | | multilingual, merge model, small, RAG capability, multi-modal |
|2025.1| [Eta]() | None | 135M~1.7B | mit |
|2024.12| [Theta]() | closed | 0.5,1.5,3B | wtfpl-ish | | | not public | extra cell |
|2024.11| [Iota]() | not open | ~7B | - | | | leaked from somewhere |
|2024.10| [Kappa]() | [HF]() | 1B,4B | ? | | | JBench 0.81 |
|2024.9| [Lambda]() | [HF](https://huggingface.co/lam/lambda) | 8, 70B | gemma | | | |
|2024.9| [Mu]() | [HF](https://huggingface.co/mu/mu) | 70B, 405B | gemma | | | |
|2024.9| [Nu]() | [HF](https://huggingface.co/nu/nu) | 2B, 9B, 27B | gemma | | | |
|2024.9| [Xi]() | [HF](https://huggingface.co/xi/xi) | 7~72B | gemma | | | |
|2023.1| [Omicron]() | [HF](https://huggingface.co/omi/omi) | MoE(12B) | gemma | | | |
|2024.8| [Llama2(Meta)]() | [HF](https://huggingface.co/meta-llama/Llama-2-70b) | 70B | Llama2 | | | |
<!--|2024.7| [Pi]() | [HF](https://huggingface.co/pi/pi) | 7B | MIT | | | |
|2024.6| [Rho]() | [HF](https://huggingface.co/rho/rho) | 3B | MIT | | | | -->
<!-- |2024.5| [Sigma]() | [HF](https://huggingface.co/sigma/sigma) | 1B | MIT | | | | -->

|2024.4| [Tau]() | [HF](https://huggingface.co/tau/tau) | 9B | MIT | | | |

- Omega and Psi are not open.
- See also [Other list](https://example.org/other)

## Japanese-centric

| When? | Name |  HF?  | Size | License | pretraining | finetuning | misc.|
|---|---|---|---|---|---|---|---|
|2025.3| [Alpha]() | [HF](https://huggingface.co/collections/alphalab/alpha-0123456789abcdef01234567) | 4B | apache-2.0 | | | |
|2025.2| [Upsilon]() | [HF](https://huggingface.co/ups/ups) | 8B | apache-2.0 | | | |
|2024.3| [Phi-J]() | [HF](https://huggingface.co/phij/phij) | 8B | apache-2.0 | | | |
|2025.1| [Chi]() | [HF](https://huggingface.co/chi/chi) | 8B | apache-2.0 | | | |
|| [name]() | [HF]() | | |

## Brand-new models

|2025.1| [Psi]() | [HF](https://huggingface.co/psi/psi) | 3B | mit | | | |

# Medical-Adaptation

## Model
|When? | Name |  HF?  | Size | License | pretraining | finetuning/continual | test | misc.|
|---|---|---|---|---|---|---|---|---|
|2024.4| [Medi(Lab)](https://example.org/medi) | - | 8B | - | Llama2 |  | MedQB, PubQB | SOTA |
|2023.11| [Medi(Lab)](https://example.org/medi2) | [HF](https://huggingface.co/lab/medi-70b) | 70B | Llama2 | Llama2 | | QBMed etc., [score](img/score.png) | japanese |

## Evaluation benchmarks

- [Board Leaderboard](https://example.org/board)
- [MedQB](https://example.org/medqb)

## Dataset

For Japanese data, see [JData](https://example.org/jdata).

### Only Text

**Representative benchmarks**
- [PubQB (Clinical)](https://arxiv.org/abs/2000.00001) : 3,173 samples, used in a paper
- [QBMed]()

Dataset from [**SomeOrg**](https://example.org/someorg)
- [Set One](https://huggingface.co/datasets/someorg/set-one)
- etc.

### Image + Text
- ImgSet : 1.6M image-caption pairs
- [LongSet](https://example.org/long) : includes many fields(first,
second and third)

See more on 
- [Survey](https://arxiv.org/pdf/2000.00002.pdf)
`;

const LICENSES: WithId<License>[] = [
  {
    id: "apache-2.0",
    name: "Apache License 2.0",
    commercial: "yes",
    condition: { en: "x" },
    aliases: ["apache2.0"],
  },
  { id: "mit", name: "MIT License", commercial: "yes", condition: { en: "x" }, aliases: [] },
  { id: "gemma", name: "Gemma Terms of Use", commercial: "conditional", condition: { en: "x" }, aliases: [] },
  {
    id: "llama2",
    name: "Llama 2 Community License",
    commercial: "conditional",
    condition: { en: "x" },
    aliases: [],
  },
  {
    id: "beta-model",
    name: "Beta Model License",
    commercial: "conditional",
    condition: { en: "x" },
    url: "https://example.org/beta/LICENSE-MODEL",
    aliases: [],
  },
];

const section = (id: string, kind: Section["kind"], en: string, aliases: string[]): Section => ({
  id,
  kind,
  title: { en },
  aliases,
  columns: [],
  see_also: [],
  notes: [],
});
const SECTIONS: Section[] = [
  section("general", "models", "English-centric", []),
  section("japanese", "models", "Japanese-centric", []),
  section("medical", "models", "Medical adaptation", ["Medical-Adaptation", "Model"]),
  section("benchmarks", "benchmarks", "Evaluation benchmarks", []),
  section("datasets", "datasets", "Dataset", []),
];

const result = importList(LIST, { source: "list.md", licenses: LICENSES, sections: SECTIONS });
const { catalog, anomalies } = result;
const model = (id: string) => {
  const found = catalog.models.find((m) => m.id === id);
  if (!found) throw new Error(`no model ${id}; have ${catalog.models.map((m) => m.id).join(", ")}`);
  return found;
};
const kinds = (line: number) => anomalies.filter((a) => a.line === line).map((a) => a.kind);
const lineOf = (needle: string) => LIST.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("importList: tables", () => {
  it("reads org in parentheses, dates, sections and provenance with raw cells", () => {
    const alpha = model("alpha");
    expect(alpha).toMatchObject({ name: "Alpha", org: "AlphaLab", released: "2025-04", status: "listed" });
    expect(alpha.provenance[0]).toMatchObject({
      source: "list.md",
      line: lineOf("[Alpha (AlphaLab)]"),
      section: "English-centric",
    });
    expect(alpha.provenance[0]!.raw[1]).toBe("[Alpha (AlphaLab)]()");
  });

  it("merges a model listed in two sections into one entry with both provenance lines", () => {
    const alpha = model("alpha");
    expect(alpha.sections).toEqual(["general", "japanese"]);
    expect(alpha.provenance.map((p) => p.line)).toEqual([
      lineOf("[Alpha (AlphaLab)]"),
      lineOf("|2025.3| [Alpha]()"),
    ]);
    expect(kinds(lineOf("|2025.3| [Alpha]()"))).toContain("duplicate/merged");
  });

  it("keeps two different models that share a name apart", () => {
    const medis = catalog.models.filter((m) => m.name === "Medi");
    expect(medis.map((m) => [m.id, m.released])).toEqual([
      ["medi", "2024-04"],
      ["medi-2023-11", "2023-11"],
    ]);
  });

  it("reports the template row and does not import it", () => {
    expect(kinds(lineOf("|| [name]()"))).toContain("row/template");
    expect(catalog.models.some((m) => m.name === "name")).toBe(false);
  });

  it("repairs a licence in the size column and records the correction", () => {
    const delta = model("delta");
    expect(delta.sizes?.params).toEqual([13e9]);
    expect(delta.license).toBe("apache-2.0");
    expect(delta.corrections.map((c) => [c.field, c.by])).toEqual([
      ["sizes", "import"],
      ["license", "import"],
    ]);
    expect(delta.links.find((l) => l.rel === "paper")?.url).toBe("https://arxiv.org/pdf/2401.00001.pdf");
    expect(kinds(lineOf("[Delta(Org)]"))).toEqual(expect.arrayContaining(["column/swapped", "link/not-hf"]));
  });

  it("reads a row without a leading pipe, a bare owner/name HF target and misc facts", () => {
    const eps = model("epsilon");
    expect(eps.links[0]).toMatchObject({
      rel: "hf",
      url: "https://huggingface.co/epsco/epsilon-8x7b",
      hf: { type: "model" },
    });
    expect(eps.corrections[0]).toMatchObject({ field: "links", from: "epsco/epsilon-8x7b", by: "import" });
    expect(eps.tags).toEqual(["moe", "long-context"]);
    expect(eps.training?.finetuning).toBe("sft, dpo");
    expect(model("beta").training?.methods).toEqual(["SFT", "DPO"]);
    expect(eps.base_models).toEqual(["alpha"]);
  });

  it("resolves licences by alias and by link URL, and reports unknown ones", () => {
    expect(model("alpha").license).toBe("apache-2.0");
    expect(model("beta").license).toBe("beta-model");
    expect(model("theta").license).toBeUndefined();
    expect(anomalies.find((a) => a.kind === "license/unknown")?.message).toContain("wtfpl-ish");
  });

  it("reads MoE active parameters, tags, availability and scores from misc", () => {
    expect(model("beta").sizes).toMatchObject({ params: [671e9], active: 37e9 });
    expect(model("beta").tags).toEqual(["moe", "reasoning"]);
    expect(model("beta").training?.tokens).toBe(14.8e12);
    expect(model("zeta").tags).toEqual(["multilingual", "merge", "small", "rag", "multimodal"]);
    expect(model("zeta").links.find((l) => l.rel === "hf")?.hf).toEqual({ type: "org", id: "zetaorg" });
    expect(model("zeta").base_models).toEqual(["llama2"]);
    expect(model("theta").availability).toBe("closed");
    expect(model("iota").availability).toBe("leaked");
    expect(model("alpha").availability).toBe("open-weights");
    expect(model("kappa").scores).toEqual([{ benchmark: "jbench", value: 0.81 }]);
    expect(catalog.benchmarks.find((b) => b.id === "jbench")?.sections).toEqual([]);
  });

  it("handles rows with fewer and more cells than the header", () => {
    expect(kinds(lineOf("[Eta]()"))).toContain("row/short");
    expect(kinds(lineOf("[Theta]()"))).toContain("row/long");
    expect(model("theta").notes?.en).toBe("not public, extra cell");
  });

  it("reads every size notation in context", () => {
    const sizes = (id: string) => model(id).sizes;
    expect(sizes("alpha")).toMatchObject({ label: "0.6~235B", params: [6e8, 235e9], range: true });
    expect(sizes("epsilon")).toMatchObject({ params: [56e9], experts: { count: 8, params: 7e9 } });
    expect(sizes("zeta")).toMatchObject({ params: [10.8e9], experts: { count: 4, params: 2.7e9 } });
    expect(sizes("eta")).toMatchObject({ params: [135e6, 1.7e9], range: true });
    expect(sizes("theta")?.params).toEqual([0.5e9, 1.5e9, 3e9]);
    expect(sizes("iota")).toMatchObject({ params: [7e9], approximate: true });
    expect(sizes("kappa")?.params).toEqual([1e9, 4e9]);
    expect(sizes("lambda")?.params).toEqual([8e9, 70e9]);
    expect(sizes("mu")?.params).toEqual([70e9, 405e9]);
    expect(sizes("nu")?.params).toEqual([2e9, 9e9, 27e9]);
    expect(sizes("xi")).toMatchObject({ params: [7e9, 72e9], range: true });
    expect(sizes("omicron")).toMatchObject({ label: "MoE(12B)", active: 12e9 });
  });

  it("reports an implausible date without changing it", () => {
    expect(model("phi-j").released).toBe("2024-03");
    expect(kinds(lineOf("[Phi-J]()"))).toContain("date/implausible");
    expect(kinds(lineOf("[Omicron]()"))).toContain("date/implausible");
  });

  it("imports rows hidden in comments as archived, including multi-line comments starting mid-table", () => {
    for (const id of ["pi", "rho", "sigma"]) expect(model(id).status).toBe("archived");
    expect(model("rho").provenance[0]).toMatchObject({
      line: lineOf("[Rho]()"),
      status: "archived",
      section: "English-centric",
    });
  });

  it("reads a row cut off from its table, and rows of a table without header under a new section", () => {
    expect(model("tau").status).toBe("listed");
    expect(kinds(lineOf("[Tau]()"))).toContain("row/cut-off");
    expect(kinds(lineOf("[Psi]()"))).toEqual(expect.arrayContaining(["table/no-header"]));
    expect(model("psi").sections).toEqual(["brand-new-models"]);
    expect(catalog.sections.find((s) => s.id === "brand-new-models")?.title.en).toBe("Brand-new models");
    expect(anomalies.some((a) => a.kind === "section/new")).toBe(true);
  });

  it("sets languages for the Japanese section and medical rows marked japanese", () => {
    expect(model("upsilon").languages).toEqual(["ja"]);
    expect(model("medi-2023-11").languages).toEqual(["ja"]);
    expect(model("medi").languages).toEqual([]);
  });

  it("links test names to benchmark and dataset bullets", () => {
    expect(model("medi").scores.map((s) => s.benchmark)).toEqual(["medqb", "pubqb-clinical"]);
    expect(model("medi-2023-11").scores.map((s) => s.benchmark)).toEqual(["qbmed"]);
    // A relative path outside the HF column stays a plain link, never an `owner/name` repo.
    expect(model("medi-2023-11").links.find((l) => l.url === "img/score.png")).toEqual({
      rel: "other",
      url: "img/score.png",
      label: "score",
    });
  });
});

describe("importList: news, bullets and sections", () => {
  it("reads NEWS as highlights and the History block even without a blank line after </summary>", () => {
    expect(catalog.news.map((n) => [n.id, n.highlight])).toEqual([
      ["2025-04-alpha", true],
      ["2025-03-beta-arrived-see-notes", true],
      ["2024-12-gamma-of-two-lines", false],
    ]);
    expect(catalog.news[0]!.models).toEqual(["alpha"]);
    expect(catalog.news[2]!.text.ja).toBe("Gammaが公開 of two lines");
    expect(kinds(lineOf("no date here"))).toContain("news/no-date");
  });

  it("reads leaderboards, benchmarks and datasets with groups and labels", () => {
    expect(catalog.leaderboards.map((l) => l.id)).toEqual(["board-leaderboard"]);
    expect(catalog.benchmarks.filter((b) => b.sections.length > 0).map((b) => [b.id, b.subgroup])).toEqual([
      ["medqb", undefined],
      ["pubqb-clinical", "Representative benchmarks"],
      ["qbmed", "Representative benchmarks"],
    ]);
    const pub = catalog.benchmarks.find((b) => b.id === "pubqb-clinical")!;
    expect(pub).toMatchObject({
      group: "Only Text",
      modality: ["text"],
      size: [{ value: 3173, unit: "samples" }],
    });
    expect(catalog.datasets.map((d) => [d.id, d.group, d.subgroup])).toEqual([
      ["set-one", "Only Text", "Dataset from SomeOrg"],
      ["imgset", "Image + Text", undefined],
      ["longset", "Image + Text", undefined],
    ]);
    expect(catalog.datasets[1]!.size).toEqual([{ value: 1.6e6, unit: "image-caption-pairs" }]);
    expect(catalog.datasets[2]!.notes?.en).toBe("includes many fields(first, second and third)");
    expect(kinds(lineOf("- etc."))).toContain("bullet/not-entry");
  });

  it("puts see-also links and notes on their sections", () => {
    const general = catalog.sections.find((s) => s.id === "general")!;
    expect(general.see_also).toEqual([{ label: "Other list", url: "https://example.org/other" }]);
    expect(general.notes).toEqual([{ en: "Omega and Psi are not open." }]);
    const datasets = catalog.sections.find((s) => s.id === "datasets")!;
    expect(datasets.see_also.map((s) => s.label)).toEqual(["JData", "Survey"]);
  });
});

describe("importList: bad input", () => {
  const opts = { source: "x.md", licenses: LICENSES, sections: SECTIONS };

  it("reports binary input instead of throwing", () => {
    const r = importList("abc\u0000def", opts);
    expect(r.anomalies[0]).toMatchObject({ kind: "input/binary", severity: "error" });
    expect(r.catalog.models).toEqual([]);
  });

  it("reports truncated input: an unclosed comment and a row cut mid-link", () => {
    const cut = LIST.slice(0, LIST.indexOf("|2024.4| [Tau]()") + 12);
    const r = importList(cut, opts);
    expect(r.anomalies.filter((a) => a.severity === "error").map((a) => a.kind)).toEqual(["input/truncated"]);
    const open = importList("## English-centric\n\n<!-- |2024.1| [A]() | | 1B | mit |\n", opts);
    expect(open.anomalies.map((a) => a.kind)).toContain("comment/unclosed");
    expect(open.catalog.models[0]?.status).toBe("archived");
  });

  it("never throws on arbitrary text", () => {
    for (const text of [
      "",
      "|",
      "| a |\n|---|\n",
      "<details><summary>History</summary>",
      "- 2025.1 x",
      "\u{1F525}".repeat(50),
    ]) {
      expect(() => importList(text, opts)).not.toThrow();
    }
  });
});
