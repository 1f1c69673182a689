// Hugging Face Hub (layer 5): fetch, compare, sync, discover. Hub facts live in dated snapshots under
// `<catalog>/.hub/`, apart from the curated YAML; only `--apply` and `accept` write the catalogue, through
// src/catalog.
export { type AppliedFix, applyHubFixes } from "./apply-hub-fixes.js";
export { type Candidate, type CandidateRepo, readCandidates } from "./candidate-store.js";
export { checkHub, findingDiagnostic } from "./check-hub.js";
export { compareWithHub, type HubFinding, type HubFix, PARAMS_TOLERANCE } from "./compare-with-hub.js";
export {
  createHubFetch,
  type HubFetch,
  type HubFetchOptions,
  type HubFetchStats,
} from "./create-hub-fetch.js";
export { type DiscoverOptions, type DiscoverReport, discoverFromHub } from "./discover-from-hub.js";
export { draftCandidates, familyKey, isLanguageModel } from "./draft-candidates.js";
export { familyName } from "./family-name.js";
export { HubCollectionFacts, HubOrgFacts, HubRepoFacts, statedLicenses, statedParams } from "./hub-facts.js";
export { knownCreatedAt, toModelFacts } from "./hub-model-info.js";
export { type EntryHubFacts, type EntryRepoFacts, latestHubFacts } from "./latest-hub-facts.js";
export { loadWatchList, watchListPath } from "./load-watch-list.js";
export { parseRateLimit, parseRetryAfter, type RateLimitState } from "./parse-rate-limit.js";
export { acceptCandidate, rejectCandidate } from "./review-candidate.js";
export { hubDir, listSnapshotDates } from "./snapshot-dates.js";
export { readSnapshotHistory, snapshotPath } from "./snapshot-store.js";
export { type SyncOptions, type SyncReport, syncFromHub } from "./sync-from-hub.js";

/** The public Hub, unless `HF_ENDPOINT` (the variable huggingface_hub also reads) points elsewhere. */
export const DEFAULT_HUB_URL = "https://huggingface.co";
