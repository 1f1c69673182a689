// site/ (layer 5): the static build — the server's app, requested route by route and written to disk.
export { BUILD_MARKER, type BuildSiteOptions, type BuildSiteResult, buildSite } from "./build-site.js";
export { resolveInside } from "./resolve-inside.js";
