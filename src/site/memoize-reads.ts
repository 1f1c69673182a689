import type { CatalogIndex } from "../query/index.js";

/** Lookups by id that a build repeats; their answers are plain data that no renderer changes. */
const REMEMBERED = new Set<PropertyKey>(["getModel", "getBenchmark", "getDataset", "getLeaderboard"]);

/**
 * The index with its lookups by id remembered. A static build reads each entry several times (its two
 * pages and two JSON files, the search data, the medical matrix, the benchmark pages that list it), and
 * the catalogue does not change while it runs, so each entry is read and parsed once. Everything else
 * passes through to the index unchanged.
 */
export function memoizeReads(index: CatalogIndex): CatalogIndex {
  const methods = new Map<PropertyKey, unknown>();
  return new Proxy(index, {
    get(target, name) {
      const value: unknown = Reflect.get(target, name, target);
      if (typeof value !== "function") return value;
      let method = methods.get(name);
      if (!method) {
        const call = value.bind(target) as (id: string) => unknown;
        if (REMEMBERED.has(name)) {
          const answers = new Map<string, unknown>();
          method = (id: string) => {
            if (answers.has(id)) return answers.get(id);
            const answer = call(id);
            answers.set(id, answer);
            return answer;
          };
        } else {
          method = call;
        }
        methods.set(name, method);
      }
      return method;
    },
  });
}
