export { createHistoryDiffer, type HistoryDiffer } from "./create-history-differ.js";
export {
  type CommitInfo,
  type FieldChange,
  HISTORY_EVENT_KINDS,
  type HistoryEvent,
  type HistoryEventKind,
  TRACKED_KINDS,
  type TrackedKind,
} from "./history-event.js";
export { type FileVersion, listFileVersions } from "./list-file-versions.js";
export { type HistoryNews, newsFromHistory } from "./news-from-history.js";
export { type BlobReader, openBlobReader } from "./open-blob-reader.js";
export { type ChangelogLang, describeEvent, renderChangelog } from "./render-changelog.js";
export {
  type HistoryReport,
  type HistoryVersion,
  type ImportList,
  type ReplayOptions,
  replayHistory,
} from "./replay-history.js";
export { type Snapshot, takeSnapshot } from "./take-snapshot.js";
export { writeHistoryNews } from "./write-history-news.js";
