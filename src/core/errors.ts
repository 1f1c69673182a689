import type { Diagnostic } from "./diagnostic.js";

/** Bad catalogue or source data; carries every diagnostic found in one pass. */
export class CatalogError extends Error {
  override name = "CatalogError";
  constructor(
    message: string,
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(message);
  }
}

/** A bad flag or query parameter; `valid` lists what would have been accepted. */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    readonly parameter?: string,
    readonly valid: readonly string[] = [],
  ) {
    super(message);
  }
}

/** A failed or malformed Hugging Face Hub reply. */
export class HubError extends Error {
  override name = "HubError";
  constructor(
    message: string,
    readonly status: number,
    readonly url: string,
    readonly requestId?: string,
    /** The Hub's `X-Error-Code` (`RepoNotFound`, `GatedRepo`…) when it sent one. */
    readonly code?: string,
  ) {
    super(message);
  }
}
