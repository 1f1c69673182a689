import type { Benchmark, Dataset, License, MedicalFacts, Model, WithId } from "../core/index.js";

/** Section id of the list's medical model table. */
export const MEDICAL_SECTION = "medical";

const SPECIALTIES: [RegExp, string][] = [
  [/pharma|薬/i, "pharmacy"],
  [/radiolog|放射線/i, "radiology"],
  [/patholog|病理/i, "pathology"],
  [/dermatolog|皮膚/i, "dermatology"],
  [/ophthalm|眼科/i, "ophthalmology"],
  [/cardiolog|循環器/i, "cardiology"],
];

/**
 * The medical facts a medical model's own row and the registry state: specialty (a field its row names,
 * else general medicine — the table is the list's medical-adaptation table), modality (text, plus image,
 * video, ECG or EHR when its row says so or a benchmark it is evaluated on is of that modality) and use
 * restrictions (non-commercial / research-only from its licence's registry entry, or the row's words).
 * Pure; undefined for a model outside the medical section.
 */
export function deriveMedicalFacts(
  model: WithId<Model>,
  resources: ReadonlyMap<string, WithId<Benchmark> | WithId<Dataset>>,
  licenses: readonly WithId<License>[],
): MedicalFacts | undefined {
  if (!model.sections.includes(MEDICAL_SECTION)) return undefined;
  const text = [
    model.name,
    model.training?.pretraining,
    model.training?.finetuning,
    model.notes?.en,
    model.notes?.ja,
    ...model.tags,
    ...model.provenance.flatMap((p) => p.raw),
  ]
    .filter(Boolean)
    .join(" ");
  const specialty = SPECIALTIES.filter(([re]) => re.test(text)).map(([, v]) => v);
  const modality = new Set(["text"]);
  if (/\bimages?\b|\bvision\b|\bvisual\b|vqa|画像/i.test(text)) modality.add("image");
  if (/\bvideos?\b|動画/i.test(text)) modality.add("video");
  if (/\becg\b|心電図/i.test(text)) modality.add("ecg");
  if (/\behrs?\b|electronic health records?/i.test(text)) modality.add("ehr");
  for (const score of model.scores) {
    for (const m of resources.get(score.benchmark)?.modality ?? []) {
      if (m !== "text") modality.add(m);
    }
  }
  const restrictions = new Set<string>();
  const license = licenses.find((l) => l.id === model.license);
  const condition = `${license?.condition.en ?? ""} ${license?.name ?? ""}`;
  if (license?.commercial === "no" || /non-?commercial/i.test(text)) restrictions.add("non-commercial");
  if (/research (?:use |purposes? )?only|research-only/i.test(`${condition} ${text}`)) {
    restrictions.add("research-only");
  }
  if (/not (?:intended )?for clinical|not for (?:medical|diagnostic) use/i.test(`${condition} ${text}`)) {
    restrictions.add("not-for-clinical-use");
  }
  return {
    specialty: specialty.length > 0 ? specialty : ["general medicine"],
    modality: [...modality],
    ...(restrictions.size > 0 ? { use_restrictions: [...restrictions] } : {}),
  };
}
