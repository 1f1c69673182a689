export { importList } from "./import-list.js";
export type { Anomaly, ImportOptions, ImportResult } from "./import-types.js";
