// site/ (layer 5): the static build — every route of the server's app (per-entry pages rendered directly) written to disk.
export { type BuildSiteOptions, type BuildSiteResult, buildSite } from "./build-site.js";
export { BUILD_MARKER, startWriterThread, type WriterThread } from "./prepare-output.js";
export { resolveInside } from "./resolve-inside.js";
