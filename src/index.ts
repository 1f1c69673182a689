// The public library API: re-exports of layers 1–4 (core, catalog, markdown/export, query).
export * from "./catalog/index.js";
export * from "./core/index.js";
export * from "./export/index.js";
export * from "./query/index.js";
