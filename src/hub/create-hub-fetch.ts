import { HubError } from "../core/index.js";
import { parseRateLimit, parseRetryAfter } from "./parse-rate-limit.js";

export interface HubFetchOptions {
  /** Sent as `Authorization: Bearer` (from `HF_TOKEN`). */
  token?: string;
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  /** Per request, headers and body included. Default 30 s. */
  timeoutMs?: number;
  /** Retries after a 5xx, a network error or a timeout. Default 4. */
  retries?: number;
  /** First backoff step; doubles per retry (with jitter). Default 1 s. */
  retryBaseMs?: number;
  /** Longest wait the client accepts from `Retry-After`/`RateLimit` before giving up. Default 5 min. */
  maxWaitMs?: number;
  /** The underlying fetch (tests inject one). */
  fetch?: typeof fetch;
}

export interface HubFetchStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  retries: number;
  /** Time spent waiting for rate-limit windows and backoff. */
  waited_ms: number;
}

export interface HubFetch {
  fetch: typeof fetch;
  stats: HubFetchStats;
}

/**
 * A polite fetch for `@huggingface/hub`'s `fetch` option: bounded concurrency, pauses when the Hub's
 * `RateLimit` header says the window is spent, backs off on 429 (`Retry-After`) and retries 5xx,
 * network errors and timeouts. Failures become `HubError` with status, URL, request id and the Hub's
 * error code; a 2xx reply that is not valid JSON is a `HubError` too, so callers never see a bare
 * `SyntaxError`.
 */
export function createHubFetch(options: HubFetchOptions = {}): HubFetch {
  const baseFetch = options.fetch ?? fetch;
  const retries = options.retries ?? 4;
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxWaitMs = options.maxWaitMs ?? 300_000;
  const stats: HubFetchStats = { requests: 0, retries: 0, waited_ms: 0 };
  const slots = createSemaphore(options.concurrency ?? 4);
  let pausedUntil = 0;

  const pause = async () => {
    const wait = pausedUntil - Date.now();
    if (wait > 0) {
      stats.waited_ms += wait;
      await sleep(wait);
    }
  };

  const hubFetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const headers = new Headers(init.headers);
    if (options.token && !headers.has("authorization"))
      headers.set("authorization", `Bearer ${options.token}`);
    headers.set("user-agent", "llm-radar (+https://github.com/llm-radar)");
    for (let attempt = 0; ; attempt++) {
      const release = await slots.acquire();
      let retryIn: number | undefined;
      let failure: HubError;
      try {
        await pause();
        stats.requests++;
        const signal = init.signal
          ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)])
          : AbortSignal.timeout(timeoutMs);
        const res = await baseFetch(url, { ...init, headers, signal, redirect: "follow" });
        const limit = parseRateLimit(res.headers);
        if (limit.remaining === 0 && limit.reset_seconds !== undefined) {
          pausedUntil = Math.max(pausedUntil, Date.now() + limit.reset_seconds * 1000);
        }
        const body = await res.text();
        if (res.status === 429 || res.status >= 500) {
          failure = errorFromReply(res, url, body);
          retryIn =
            res.status === 429
              ? (parseRetryAfter(res.headers.get("retry-after")) ??
                (limit.reset_seconds !== undefined ? limit.reset_seconds * 1000 : backoff(attempt)))
              : backoff(attempt);
          if (res.status === 429) pausedUntil = Math.max(pausedUntil, Date.now() + retryIn);
        } else if (!res.ok) {
          throw errorFromReply(res, url, body);
        } else {
          checkJson(res, url, body);
          return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
        }
      } catch (error) {
        if (error instanceof HubError) throw error;
        if (init.signal?.aborted) throw error;
        failure = networkError(error, url, timeoutMs);
        retryIn = backoff(attempt);
      } finally {
        release();
      }
      if (attempt >= retries || retryIn > maxWaitMs) {
        if (retryIn > maxWaitMs)
          failure.message += ` (the Hub asks to wait ${Math.round(retryIn / 1000)} s; try again later)`;
        throw failure;
      }
      stats.retries++;
      stats.waited_ms += retryIn;
      await sleep(retryIn);
    }
  };

  function backoff(attempt: number): number {
    return Math.round(retryBaseMs * 2 ** attempt * (0.75 + Math.random() * 0.5));
  }

  return { fetch: hubFetch as typeof fetch, stats };
}

// --- helpers ---

function errorFromReply(res: Response, url: string, body: string): HubError {
  let message = body.trim().slice(0, 200) || res.statusText;
  try {
    const json = JSON.parse(body) as { error?: unknown; message?: unknown };
    if (typeof json.error === "string") message = json.error;
    else if (typeof json.message === "string") message = json.message;
  } catch {
    // Not JSON (a proxy's HTML page, say): keep the start of the text.
  }
  // The text is the Hub's: keep terminal control characters out of what the CLI prints.
  message = stripControl(message);
  const code = res.headers.get("x-error-code")?.replace(/[^\w.-]/g, "") || undefined;
  return new HubError(
    `Hub replied ${res.status}${code ? ` ${code}` : ""}: ${message} (${url})`,
    res.status,
    url,
    res.headers.get("x-request-id") ?? undefined,
    code,
  );
}

function stripControl(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ");
}

function checkJson(res: Response, url: string, body: string): void {
  const type = res.headers.get("content-type") ?? "";
  if (!type.includes("json") && !new URL(url).pathname.startsWith("/api/")) return;
  try {
    JSON.parse(body);
  } catch (error) {
    throw new HubError(
      `Hub sent malformed JSON (${(error as Error).message}): ${JSON.stringify(body.slice(0, 80))} (${url})`,
      res.status,
      url,
      res.headers.get("x-request-id") ?? undefined,
      "MalformedJson",
    );
  }
}

function networkError(error: unknown, url: string, timeoutMs: number): HubError {
  const name = (error as Error)?.name;
  if (name === "TimeoutError" || name === "AbortError") {
    return new HubError(
      `Hub did not answer within ${timeoutMs / 1000} s (${url})`,
      0,
      url,
      undefined,
      "Timeout",
    );
  }
  const cause = (error as { cause?: { code?: string } })?.cause?.code;
  return new HubError(
    `cannot reach the Hub: ${cause ?? (error as Error)?.message ?? String(error)} (${url})`,
    0,
    url,
    undefined,
    "NetworkError",
  );
}

function createSemaphore(size: number): { acquire: () => Promise<() => void> } {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return {
    acquire: async () => {
      if (active >= size) await new Promise<void>((resolve) => waiting.push(resolve));
      active++;
      return release;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
