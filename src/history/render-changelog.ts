import { escapeInline as esc } from "../markdown/index.js";
import type { FieldChange, HistoryEvent } from "./history-event.js";
import type { HistoryReport } from "./replay-history.js";

export type ChangelogLang = "ja" | "en";

/**
 * Renders a replay as a markdown changelog: newest month first, then each commit that changed
 * something (newest first) with one bullet per event, then the versions that were skipped. Every
 * name, heading, value, author and subject is escaped, so hostile names cannot break the markdown.
 *
 * @example renderChangelog(await replayHistory(repo), "ja")
 */
export function renderChangelog(report: HistoryReport, lang: ChangelogLang = "en"): string {
  const t = TEXT[lang];
  const imported = report.versions.filter((v) => v.status === "imported" && !v.baseline);
  const skipped = report.versions.filter((v) => v.status === "skipped");
  const first = imported[0]?.date.slice(0, 10) ?? "";
  const last = imported.at(-1)?.date.slice(0, 10) ?? "";
  const lines = [
    `# ${t.title(esc(report.file))}`,
    "",
    t.summary(imported.length, first, last, skipped.length, report.events.length),
  ];

  const byCommit = new Map<string, HistoryEvent[]>();
  for (const event of report.events) {
    const list = byCommit.get(event.commit);
    if (list) list.push(event);
    else byCommit.set(event.commit, [event]);
  }
  const subjects = new Map(report.versions.map((v) => [v.commit, v.subject]));
  // Months newest first; inside a month, commits newest first (history order, not clock order).
  const months = new Map<string, [string, HistoryEvent[]][]>();
  for (const [commit, events] of [...byCommit].reverse()) {
    const month = events[0]!.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), [commit, events]]);
  }
  for (const month of [...months.keys()].sort().reverse()) {
    lines.push("", `## ${month}`);
    for (const [commit, events] of months.get(month)!) {
      const head = events[0]!;
      const subject = subjects.get(commit) ?? "";
      lines.push(
        "",
        `### ${head.date.slice(0, 10)} · ${commit.slice(0, 7)} · ${esc(head.author)}${subject ? ` — ${esc(subject)}` : ""}`,
        "",
      );
      for (const event of events) lines.push(`- ${describeEvent(event, lang)}`);
    }
  }

  if (skipped.length > 0) {
    lines.push("", `## ${t.skipped}`, "");
    for (const v of skipped) {
      lines.push(
        `- ${v.date.slice(0, 10)} · ${v.commit.slice(0, 7)} · ${esc(v.path)}: ${esc(v.reason ?? "")}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/** One event as a sentence of inline markdown. */
export function describeEvent(event: HistoryEvent, lang: ChangelogLang): string {
  const t = TEXT[lang];
  const name = `**${esc(event.entry?.name ?? "")}**`;
  const section = esc(event.section || t.top);
  switch (event.kind) {
    case "added":
      return t.added(name, section, event.status === "archived");
    case "removed":
      return t.removed(name, section);
    case "archived":
      return t.archived(name, section);
    case "restored":
      return t.restored(name, section);
    case "moved":
      return t.moved(name, esc(event.from || t.top), esc(event.to || t.top));
    case "renamed":
      return t.renamed(
        `**${esc(event.from ?? "")}**`,
        `**${esc(event.to ?? "")}**`,
        event.match === "hf-link",
      );
    case "changed":
      return t.changed(name, (event.changes ?? []).map((c) => describeChange(c, lang)).join("; "));
    case "section_renamed":
      return t.sectionRenamed(esc(event.from || t.top), esc(event.to || t.top));
  }
}

// --- helpers ---

function describeChange(change: FieldChange, lang: ChangelogLang): string {
  const t = TEXT[lang];
  const label = t.fields[change.field] ?? change.field;
  if (Array.isArray(change.from) || Array.isArray(change.to)) {
    const before = ((change.from as unknown[]) ?? []).map(show);
    const after = ((change.to as unknown[]) ?? []).map(show);
    const parts = [
      ...after.filter((x) => !before.includes(x)).map((x) => `+${x}`),
      ...before.filter((x) => !after.includes(x)).map((x) => `−${x}`),
    ];
    return `${esc(label)} ${parts.map(esc).join(", ")}`;
  }
  return `${esc(label)} ${esc(show(change.from))} → ${esc(show(change.to))}`;
}

function show(value: unknown): string {
  if (value === undefined) return "—";
  if (typeof value === "string") return clip(value);
  if (typeof value === "object" && value !== null && "label" in value) return clip(String(value.label));
  return clip(JSON.stringify(value));
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const TEXT = {
  en: {
    title: (file: string) => `History of ${file}`,
    summary: (n: number, first: string, last: string, skipped: number, events: number) =>
      `${n} versions replayed (${first} – ${last}), ${skipped} skipped; ${events} changes.`,
    skipped: "Skipped versions",
    top: "(top)",
    added: (n: string, s: string, hidden: boolean) =>
      `Added ${n} to *${s}*${hidden ? " (inside an HTML comment)" : ""}`,
    removed: (n: string, s: string) => `Removed ${n} from *${s}*`,
    archived: (n: string, s: string) => `Archived ${n} in *${s}* (moved into an HTML comment)`,
    restored: (n: string, s: string) => `Restored ${n} in *${s}* (out of an HTML comment)`,
    moved: (n: string, from: string, to: string) => `Moved ${n} from *${from}* to *${to}*`,
    renamed: (from: string, to: string, hf: boolean) =>
      `Renamed ${from} to ${to} (${hf ? "same Hugging Face link" : "close name"})`,
    changed: (n: string, what: string) => `Changed ${n}: ${what}`,
    sectionRenamed: (from: string, to: string) => `Renamed section *${from}* to *${to}*`,
    fields: {
      released: "released",
      sizes: "size",
      license: "licence",
      links: "links",
      availability: "availability",
      org: "organisation",
      "training.pretraining": "pretraining",
      "training.finetuning": "finetuning",
      "notes.en": "notes",
      "notes.ja": "notes",
    } as Record<string, string>,
  },
  ja: {
    title: (file: string) => `${file} の変更履歴`,
    summary: (n: number, first: string, last: string, skipped: number, events: number) =>
      `${n} 版を再生（${first} – ${last}）、${skipped} 版をスキップ、変更 ${events} 件。`,
    skipped: "スキップした版",
    top: "（冒頭）",
    added: (n: string, s: string, hidden: boolean) =>
      `${n} を「${s}」に追加${hidden ? "（HTML コメント内）" : ""}`,
    removed: (n: string, s: string) => `${n} を「${s}」から削除`,
    archived: (n: string, s: string) => `${n} を「${s}」でコメントアウト（アーカイブ）`,
    restored: (n: string, s: string) => `${n} を「${s}」でコメントから復帰`,
    moved: (n: string, from: string, to: string) => `${n} を「${from}」から「${to}」へ移動`,
    renamed: (from: string, to: string, hf: boolean) =>
      `${from} を ${to} に改名（${hf ? "同じ Hugging Face リンク" : "近い名前"}）`,
    changed: (n: string, what: string) => `${n} を更新: ${what}`,
    sectionRenamed: (from: string, to: string) => `セクション「${from}」を「${to}」に改名`,
    fields: {
      released: "公開時期",
      sizes: "サイズ",
      license: "ライセンス",
      links: "リンク",
      availability: "公開形態",
      org: "組織",
      "training.pretraining": "事前学習",
      "training.finetuning": "ファインチューニング",
      "notes.en": "メモ",
      "notes.ja": "メモ",
    } as Record<string, string>,
  },
};
