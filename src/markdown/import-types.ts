import type { Catalog, License, Section, WithId } from "../core/index.js";

/** Something in the source list that was repaired, skipped or could not be read. */
export interface Anomaly {
  /** Stable kind such as `row/template`, `license/unknown`, `date/implausible`. */
  kind: string;
  /** 1-based line in the source. */
  line: number;
  message: string;
  severity: "error" | "warning" | "info";
  /** Id of the entry concerned, when there is one. */
  entry?: string;
  /** The source text concerned (a row or bullet). */
  raw?: string;
}

export interface ImportOptions {
  /** Source file name recorded in provenance (e.g. `README.md`). */
  source: string;
  /** Licence registry used to resolve licence cells through their aliases. */
  licenses: WithId<License>[];
  /** Known sections; headings are matched against their titles and aliases. */
  sections: Section[];
}

export interface ImportResult {
  /** Entries read from the list; `licenses` is the registry passed in, `sections` the ones used or created. */
  catalog: Catalog;
  anomalies: Anomaly[];
}
