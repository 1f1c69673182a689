// site/ (layer 5): the static build — the server's app, requested route by route and written to disk.
export { type BuildSiteOptions, type BuildSiteResult, buildSite } from "./build-site.js";
export { BUILD_MARKER } from "./prepare-output.js";
export { resolveInside } from "./resolve-inside.js";
