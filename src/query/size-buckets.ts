/**
 * Size buckets for facets and stats. A model with several sizes (7B, 70B) belongs to each bucket one of
 * its sizes falls in; a model with no stated size is `unknown`.
 */
export const SIZE_BUCKETS = [
  { id: "under-1b", label: "< 1B", min: 0, max: 1e9 },
  { id: "1b-4b", label: "1B – 4B", min: 1e9, max: 4e9 },
  { id: "4b-10b", label: "4B – 10B", min: 4e9, max: 10e9 },
  { id: "10b-40b", label: "10B – 40B", min: 10e9, max: 40e9 },
  { id: "40b-100b", label: "40B – 100B", min: 40e9, max: 100e9 },
  { id: "over-100b", label: "≥ 100B", min: 100e9, max: Number.POSITIVE_INFINITY },
] as const;

export type SizeBucketId = (typeof SIZE_BUCKETS)[number]["id"] | "unknown";

/** All bucket ids, `unknown` last. */
export const SIZE_BUCKET_IDS: readonly SizeBucketId[] = [...SIZE_BUCKETS.map((b) => b.id), "unknown"];

/** The bucket a parameter count falls in (lower bound inclusive). */
export function sizeBucket(params: number): SizeBucketId {
  return SIZE_BUCKETS.find((b) => params >= b.min && params < b.max)?.id ?? "unknown";
}
