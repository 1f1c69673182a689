export * from "./closest-matches.js";
export * from "./diagnostic.js";
export * from "./errors.js";
export * from "./parse-date.js";
export * from "./parse-hf-url.js";
export * from "./parse-sizes.js";
export * from "./schema.js";
export * from "./slugify.js";
