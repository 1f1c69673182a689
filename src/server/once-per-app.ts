import type { AppDeps } from "./app-deps.js";

/**
 * `compute` run once per app and remembered: the catalogue does not change while an app serves it, and
 * the static build asks for the same page data several times (each language's page and the JSON twin).
 */
export function oncePerApp<T>(compute: (deps: AppDeps) => T): (deps: AppDeps) => T {
  const cache = new WeakMap<AppDeps, T>();
  return (deps) => {
    if (cache.has(deps)) return cache.get(deps) as T;
    const value = compute(deps);
    cache.set(deps, value);
    return value;
  };
}
