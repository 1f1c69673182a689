import type { Command } from "commander";
import { SIZE_BUCKET_IDS } from "../query/index.js";

/** Flag name → query parameter (`--min-params` → `min_params`); lists may repeat or use commas. */
const LIST_FLAGS: [flag: string, param: string, help: string][] = [
  ["--kind <kind>", "kind", "entry kind: models (default), benchmarks, datasets, leaderboards"],
  ["--section <id>", "section", "section id, e.g. medical, japanese, slm"],
  ["--lang <code>", "lang", "language recorded on the entry, e.g. ja, en"],
  ["--status <status>", "status", "listed or archived (hidden in the source list)"],
  ["--availability <a>", "availability", "open-weights, api, closed, leaked, announced, unknown"],
  ["--size <bucket>", "size", `size bucket: ${SIZE_BUCKET_IDS.join(", ")}`],
  ["--license <id>", "license", "licence id from the registry, e.g. apache-2.0"],
  ["--commercial <c>", "commercial", "commercial use: yes, no, conditional, unknown"],
  ["--year <yyyy>", "year", "release year"],
  ["--org <name>", "org", "organisation as recorded"],
  ["--tag <tag>", "tag", "tag, e.g. moe, reasoning, multimodal"],
  ["--base <id>", "base", "built on this model, transitively (lineage)"],
  ["--task <format>", "task", "benchmark/dataset task format: mcq, qa, open-qa, vqa, nli, summarization, …"],
  ["--modality <m>", "modality", "benchmark/dataset or medical model modality: text, image, video, ecg, ehr"],
  ["--group <name>", "group", 'benchmark/dataset/leaderboard group heading as recorded, e.g. "Only Text"'],
  ["--specialty <s>", "specialty", "medical model specialty, e.g. general medicine, pharmacy"],
  ["--restriction <r>", "restriction", "medical model use restriction: non-commercial, research-only, …"],
  ["--benchmark <id>", "benchmark", "models evaluated on this benchmark or dataset, e.g. igakuqa"],
];

const SINGLE_FLAGS: [flag: string, param: string, help: string][] = [
  ["--min-params <n>", "min_params", "at least this many parameters (any size of the model): 500M, 1B, 7.5B"],
  ["--max-params <n>", "max_params", "at most this many parameters"],
  ["--since <date>", "since", "released on or after YYYY-MM[-DD]"],
  ["--until <date>", "until", "released on or before YYYY-MM[-DD]"],
  ["--sort <order>", "sort", "-released (default), released, -params, params, name, -name, relevance"],
  ["--limit <n>", "limit", "at most n results"],
  ["--offset <n>", "offset", "skip the first n results"],
];

/** Adds the shared filter flags (the same names as the HTTP API's query parameters). */
export function addQueryFlags(command: Command): Command {
  for (const [flag, , help] of LIST_FLAGS)
    command.option(flag, `${help} (repeatable, or comma-separated)`, collect);
  for (const [flag, , help] of SINGLE_FLAGS) command.option(flag, help);
  command.option("--active", "compare --min/--max-params with active parameters (MoE)");
  command.option("--hf", "only entries with a Hugging Face link");
  command.option("--no-hf", "only entries without a Hugging Face link");
  command.option(
    "--index <file>",
    "index file (default: $LLM_RADAR_INDEX or <catalog>/../.cache/llm-radar/index.sqlite)",
  );
  return command;
}

/** Turns parsed flags into the parameter record parseModelQuery reads. */
export function queryParams(options: Record<string, unknown>): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [, param] of [...LIST_FLAGS, ...SINGLE_FLAGS]) {
    const value = options[camel(param)];
    if (value !== undefined) params[param] = value as string | string[];
  }
  if (options.active) params.params_basis = "active";
  if (options.hf === true) params.hf = "true";
  if (options.hf === false) params.hf = "false";
  return params;
}

// --- helpers ---

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function camel(param: string): string {
  return param.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
