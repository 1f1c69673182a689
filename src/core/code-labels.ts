/** The coded vocabularies of medical facts: what the importer writes and curators use. */
export type CodeKind = "task" | "modality" | "restriction" | "specialty" | "source";

/**
 * Readers' words for the codes (`mcq`, `ehr`, `non-commercial`). The codes stay the data: URLs, filters,
 * the API and the CLI use them; the pages show these, and search finds an entry by them too.
 */
export const CODE_LABELS: Record<"ja" | "en", Record<CodeKind, Record<string, string>>> = {
  en: {
    task: {
      mcq: "multiple choice",
      qa: "question answering",
      "open-qa": "open-ended QA",
      "long-document-qa": "long-document QA",
      vqa: "visual QA",
      nli: "natural language inference",
      summarization: "summarisation",
      calculation: "calculation",
      coding: "clinical coding",
      "fact-checking": "fact-checking",
      dialogue: "dialogue",
      reasoning: "reasoning",
    },
    modality: { text: "text", image: "image", video: "video", audio: "audio", ecg: "ECG", ehr: "EHR" },
    restriction: {
      "non-commercial": "non-commercial",
      "research-only": "research only",
      "not-for-clinical-use": "not for clinical use",
    },
    specialty: { "general medicine": "general medicine", pharmacy: "pharmacy" },
    source: {
      exam: "exams",
      literature: "literature",
      textbook: "textbooks",
      ehr: "health records (EHR)",
      synthetic: "synthetic",
      web: "web",
    },
  },
  ja: {
    task: {
      mcq: "多肢選択",
      qa: "質問応答",
      "open-qa": "自由記述の質問応答",
      "long-document-qa": "長文書の質問応答",
      vqa: "画像の質問応答",
      nli: "自然言語推論",
      summarization: "要約",
      calculation: "計算",
      coding: "診療情報コーディング",
      "fact-checking": "ファクトチェック",
      dialogue: "対話",
      reasoning: "推論",
    },
    modality: {
      text: "テキスト",
      image: "画像",
      video: "動画",
      audio: "音声",
      ecg: "心電図",
      ehr: "電子カルテ",
    },
    restriction: {
      "non-commercial": "非商用のみ",
      "research-only": "研究用途のみ",
      "not-for-clinical-use": "臨床利用不可",
    },
    specialty: { "general medicine": "医学全般", pharmacy: "薬学" },
    source: {
      exam: "試験問題",
      literature: "文献",
      textbook: "教科書",
      ehr: "電子カルテ",
      synthetic: "合成データ",
      web: "ウェブ",
    },
  },
};

/**
 * The words a reader sees for `codes`, in both languages (`mcq` → "multiple choice", "多肢選択"), so a
 * search for what a page shows finds the entry. Codes without a label add nothing (they are searched
 * as themselves).
 */
export function codeWords(kind: CodeKind, codes: readonly string[]): string[] {
  const words: string[] = [];
  for (const labels of [CODE_LABELS.en[kind], CODE_LABELS.ja[kind]]) {
    for (const code of codes) if (Object.hasOwn(labels, code)) words.push(labels[code]!);
  }
  return words;
}
