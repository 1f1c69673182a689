/** What the Hub's rate-limit headers say about the current window. */
export interface RateLimitState {
  /** Requests left in the window (`r`), the smallest across policies. */
  remaining?: number;
  /** Seconds until that window resets (`t`). */
  reset_seconds?: number;
  /** Window quota and length from `RateLimit-Policy` (`q`, `w`). */
  quota?: number;
  window_seconds?: number;
}

/**
 * Reads the IETF draft headers the Hub sends, e.g. `RateLimit: "api";r=0;t=12` and
 * `RateLimit-Policy: "fixed window";"api";q=1000;w=300` (draft-ietf-httpapi-ratelimit-headers).
 * Several comma-separated policies may be present; the most constrained one wins.
 *
 * @example parseRateLimit(new Headers({ RateLimit: '"api";r=0;t=12' })) // { remaining: 0, reset_seconds: 12 }
 */
export function parseRateLimit(headers: Headers): RateLimitState {
  const state: RateLimitState = {};
  for (const item of items(headers.get("RateLimit"))) {
    const r = numberParam(item, "r");
    const t = numberParam(item, "t");
    if (r === undefined) continue;
    if (state.remaining === undefined || r < state.remaining) {
      state.remaining = r;
      state.reset_seconds = t;
    }
  }
  for (const item of items(headers.get("RateLimit-Policy"))) {
    const q = numberParam(item, "q");
    const w = numberParam(item, "w");
    if (q !== undefined && (state.quota === undefined || q < state.quota)) {
      state.quota = q;
      state.window_seconds = w;
    }
  }
  return state;
}

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent
 * or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

// --- helpers ---

// Split on commas outside quoted strings (policy names are quoted and may hold anything).
function items(value: string | null): string[] {
  if (!value) return [];
  return value.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((s) => s.trim());
}

function numberParam(item: string, key: string): number | undefined {
  const m = new RegExp(`(?:^|;)\\s*${key}=(\\d+(?:\\.\\d+)?)`).exec(item);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}
