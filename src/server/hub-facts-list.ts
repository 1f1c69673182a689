import { html } from "hono/html";
import { formatParams, showValue } from "./format.js";
import type { Html } from "./layout.js";
import type { Messages } from "./messages.js";

type Show = (value: unknown, t: Messages) => string | undefined;

const text: Show = (v) => (typeof v === "string" && v ? v : undefined);
// Separators by hand: Intl.NumberFormat's first use loads ICU data (~23 ms per process, see format.ts).
const count: Show = (v) =>
  typeof v === "number" ? v.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",") : undefined;
const list: Show = (v) =>
  Array.isArray(v) && v.length && v.every((x) => typeof x === "string") ? v.join(", ") : undefined;
const totalParams: Show = (v) => {
  const total = (v as { total?: unknown } | undefined)?.total;
  return typeof total === "number" ? formatParams(total) : undefined;
};

const STATUS: Record<string, keyof Messages> = {
  ok: "hub_status_ok",
  gone: "hub_status_gone",
  unauthorized: "hub_status_unauthorized",
  renamed: "hub_status_renamed",
  error: "hub_status_error",
};
const GATED: Record<string, keyof Messages> = {
  false: "hub_gated_no",
  auto: "hub_gated_auto",
  manual: "hub_gated_manual",
};

/** The message for a value an enum-like fact can take (`false` as "false"), or undefined. */
function messageOf(t: Messages, keys: Record<string, keyof Messages>, value: unknown): string | undefined {
  const key = typeof value === "string" || typeof value === "boolean" ? keys[String(value)] : undefined;
  return key ? t[key] : undefined;
}

/**
 * The facts a reader looks for first, in order, labelled and formatted; a fact not named here (or of an
 * unexpected shape) follows under its field name, so a snapshot never loses anything on the page.
 */
const FIELDS: [key: string, label: keyof Messages, show: Show][] = [
  ["status", "f_status", (v, t) => messageOf(t, STATUS, v)],
  ["renamed_to", "hub_renamed_to", text],
  ["error", "error", text],
  ["downloads", "hub_downloads", count],
  ["likes", "hub_likes", count],
  ["gated", "hub_gated", (v, t) => messageOf(t, GATED, v)],
  ["license", "f_license", text],
  ["card_license", "hub_card_license", list],
  ["card_license_name", "hub_card_license_name", text],
  ["safetensors", "hub_params", totalParams],
  ["gguf", "hub_gguf_params", totalParams],
  ["pipeline_tag", "hub_task", text],
  ["library", "hub_library", text],
  ["model_type", "hub_model_type", text],
  ["architectures", "hub_architectures", list],
  [
    "base_models",
    "f_base_models",
    (v) =>
      Array.isArray(v) && v.length && v.every((b) => typeof b?.repo === "string")
        ? v
            .map((b: { repo: string; relation?: unknown }) =>
              b.relation ? `${b.repo} (${b.relation})` : b.repo,
            )
            .join(", ")
        : undefined,
  ],
  ["created_at", "hub_created", text],
  ["last_modified", "hub_modified", text],
  ["via_collection", "hub_via_collection", text],
  ["tags", "f_tags", list],
];

/** Shown above the list already. */
const HIDDEN = new Set(["repo", "type", "fetched_at"]);

/** One Hub snapshot's facts as `<dt>/<dd>` pairs in the page's language. */
export function hubFactsList(t: Messages, facts: Record<string, unknown>): Html {
  const shown = new Set<string>();
  const rows: Html[] = [];
  for (const [key, label, show] of FIELDS) {
    if (!(key in facts)) continue;
    const value = show(facts[key], t);
    if (value === undefined) continue;
    shown.add(key);
    rows.push(html`<dt>${t[label]}</dt><dd>${value}</dd>`);
  }
  for (const [key, value] of Object.entries(facts)) {
    if (shown.has(key) || HIDDEN.has(key) || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    rows.push(html`<dt>${key}</dt><dd>${showValue(value)}</dd>`);
  }
  return html`${rows}`;
}
