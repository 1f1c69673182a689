// server/ (layer 5): the web catalogue and JSON API as a Hono app, and a listener with request limits.
export type { AppOptions, HubFacts } from "./app-deps.js";
export { createApp } from "./create-app.js";
export { createStaticSite, type StaticSite } from "./create-static-site.js";
export { CONTENT_SECURITY_POLICY } from "./security-headers.js";
export type { SiteRoute } from "./site-routes.js";
export { type RunningServer, type StartServerOptions, startServer } from "./start-server.js";
export { warmUp } from "./warm-up.js";
