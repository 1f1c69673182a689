import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local stand-in for the Hugging Face Hub API, answering like the documented Hub: the same JSON field
 * names and shapes, `Link: <…>; rel="next"` pagination with a cursor, `expand` (and `expand[]`) field
 * selection, `RateLimit`/`RateLimit-Policy` headers (IETF draft format), 429 with `Retry-After`,
 * `{ "error": … }` bodies with `X-Error-Code`, 307 for renamed repos. Faults (429, 5xx, hangs,
 * malformed JSON) are queued per path, latency is configurable, and every request is logged.
 */
export interface FakeModel {
  id: string;
  createdAt: string;
  lastModified?: string;
  downloads?: number;
  likes?: number;
  gated?: false | "auto" | "manual";
  private?: boolean;
  tags?: string[];
  pipeline_tag?: string;
  library_name?: string;
  cardData?: Record<string, unknown>;
  safetensors?: { parameters: Record<string, number>; total: number };
  gguf?: { total?: number; architecture?: string; context_length?: number };
  config?: { model_type?: string; architectures?: string[] };
  siblings?: { rfilename: string }[];
}

export interface FakeDataset {
  id: string;
  createdAt: string;
  lastModified?: string;
  downloads?: number;
  likes?: number;
  gated?: false | "auto" | "manual";
  private?: boolean;
  tags?: string[];
  cardData?: Record<string, unknown>;
}

export interface FakeCollection {
  slug: string;
  title: string;
  items: { type: "model" | "dataset" | "space" | "paper"; id: string }[];
}

export type Fault =
  | "429"
  | "500"
  | "502"
  | "503"
  | "hang"
  | "malformed"
  | { status: number; body?: string; headers?: Record<string, string> };

export interface FakeHubOptions {
  models?: FakeModel[];
  datasets?: FakeDataset[];
  collections?: FakeCollection[];
  /** Old repo id → new id: answered with 307 and `Location`. */
  renamed?: Record<string, string>;
  /** Delay before each answer. */
  latencyMs?: number;
  /** Largest page the listing returns whatever `limit` asks (the real Hub caps it too). */
  pageSize?: number;
  /** Requests per window before 429 (default 1000 per 300 s, the Hub's documented API quota). */
  quota?: number;
  windowSeconds?: number;
  /** The token that unlocks private repos (`Authorization: Bearer <token>`). */
  token?: string;
}

export interface LoggedRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  path: string;
  status?: number;
  authorized: boolean;
}

export interface FakeHub {
  url: string;
  requests: LoggedRequest[];
  /** Queues faults for the next requests whose path+query matches `match`. */
  fail(match: string | RegExp, ...faults: Fault[]): void;
  /** Adds or replaces models while the server runs (a release appears). */
  addModels(...models: FakeModel[]): void;
  close(): Promise<void>;
}

const DEFAULT_LIST_FIELDS = [
  "likes",
  "downloads",
  "private",
  "pipeline_tag",
  "library_name",
  "tags",
  "createdAt",
];

export async function startFakeHub(options: FakeHubOptions = {}): Promise<FakeHub> {
  const models = new Map<string, FakeModel>();
  for (const m of options.models ?? []) models.set(m.id.toLowerCase(), m);
  const datasets = new Map((options.datasets ?? []).map((d) => [d.id.toLowerCase(), d]));
  const collections = new Map((options.collections ?? []).map((c) => [c.slug, c]));
  const renamed = new Map(Object.entries(options.renamed ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const faults: { match: string | RegExp; queue: Fault[] }[] = [];
  const requests: LoggedRequest[] = [];
  const quota = options.quota ?? 1000;
  const windowMs = (options.windowSeconds ?? 300) * 1000;
  let windowStart = Date.now();
  let used = 0;

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake-hub");
    const authorized = Boolean(options.token) && req.headers.authorization === `Bearer ${options.token}`;
    const entry: LoggedRequest = {
      method: req.method ?? "GET",
      url: `${url.pathname}${url.search}`,
      path: url.pathname,
      authorized,
    };
    requests.push(entry);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      if (res.destroyed) return;
      res.writeHead(status, {
        "content-type": "application/json; charset=utf-8",
        ...rateHeaders(),
        ...headers,
      });
      res.end(typeof body === "string" ? body : JSON.stringify(body));
    };
    const answer = () => {
      if (Date.now() - windowStart >= windowMs) {
        windowStart = Date.now();
        used = 0;
      }
      used++;
      const fault = takeFault(entry.url);
      if (fault) return applyFault(fault, send);
      if (used > quota)
        return send(
          429,
          { error: "You have exceeded our rate limit" },
          { "retry-after": String(resetSeconds()) },
        );
      route(url, authorized, send, req);
    };
    setTimeout(answer, options.latencyMs ?? 0);
  });

  function resetSeconds(): number {
    return Math.max(1, Math.ceil((windowStart + windowMs - Date.now()) / 1000));
  }
  function rateHeaders(): Record<string, string> {
    return {
      ratelimit: `"api";r=${Math.max(0, quota - used)};t=${resetSeconds()}`,
      "ratelimit-policy": `"fixed window";"api";q=${quota};w=${windowMs / 1000}`,
      "x-request-id": `Root=1-${requests.length.toString(16).padStart(8, "0")}`,
    };
  }
  function takeFault(path: string): Fault | undefined {
    for (const f of faults) {
      const hit = typeof f.match === "string" ? path.includes(f.match) : f.match.test(path);
      if (hit && f.queue.length > 0) return f.queue.shift();
    }
    return undefined;
  }

  function route(url: URL, authorized: boolean, send: Send, req: IncomingMessage) {
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    if (req.method !== "GET") return send(405, { error: "Method not allowed" });
    if (parts[0] === "api" && parts[1] === "models" && parts.length === 2)
      return listModels(url, authorized, send);
    if (parts[0] === "api" && (parts[1] === "models" || parts[1] === "datasets") && parts.length >= 4) {
      const id = `${parts[2]}/${parts[3]}`;
      const rest = parts.slice(4).join("/");
      if (rest !== "" && !/^revision\/[^/]+$/.test(rest)) return send(404, { error: "Not Found" });
      if (parts[1] === "models" && renamed.has(id.toLowerCase())) {
        const to = renamed.get(id.toLowerCase()) as string;
        const location = `/api/models/${to}${rest ? `/${rest}` : ""}${url.search}`;
        return send(307, { error: `Redirecting to ${location}` }, { location });
      }
      const repo = parts[1] === "models" ? models.get(id.toLowerCase()) : datasets.get(id.toLowerCase());
      if (!repo || (repo.private && !authorized)) {
        // The Hub answers 401 for a private repo without a token, 404 for a missing one when signed in.
        return authorized || !repo
          ? send(404, { error: "Repository not found" }, { "x-error-code": "RepoNotFound" })
          : send(401, { error: "Invalid username or password." }, { "x-error-code": "RepoNotFound" });
      }
      return send(200, shape(repo, expandOf(url), undefined));
    }
    if (parts[0] === "api" && parts[1] === "collections" && parts.length === 4) {
      const collection = collections.get(`${parts[2]}/${parts[3]}`);
      if (!collection) return send(404, { error: "Collection not found" });
      return send(200, {
        slug: collection.slug,
        title: collection.title,
        owner: { name: parts[2], type: "org" },
        lastUpdated: "2025-05-01T00:00:00.000Z",
        private: false,
        upvotes: 3,
        items: collection.items.map((item, position) => ({ _id: hexId(item.id), position, ...item })),
      });
    }
    if (parts.length >= 5 && parts[2] === "resolve") {
      const repo = models.get(`${parts[0]}/${parts[1]}`.toLowerCase());
      if (!repo) return send(404, { error: "Repository not found" }, { "x-error-code": "RepoNotFound" });
      if (repo.gated && !authorized) {
        return send(
          401,
          {
            error: `Access to model ${repo.id} is restricted. You must have access to it and be authenticated to access it.`,
          },
          { "x-error-code": "GatedRepo" },
        );
      }
      return send(200, "{}");
    }
    send(404, { error: "Not Found" });
  }

  function listModels(url: URL, authorized: boolean, send: Send) {
    const q = url.searchParams;
    const author = q.get("author")?.toLowerCase();
    const search = q.get("search")?.toLowerCase();
    let rows = [...models.values()].filter(
      (m) =>
        (!author || m.id.split("/")[0]?.toLowerCase() === author) &&
        (!search || m.id.toLowerCase().includes(search)) &&
        (!m.private || authorized),
    );
    const sort = q.get("sort");
    if (sort) {
      // Like the Hub, a sort without `direction` is descending.
      const dir = q.get("direction") === "1" ? 1 : -1;
      const key = (m: FakeModel) => (m as unknown as Record<string, unknown>)[sort] as string | number;
      rows = rows.sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : 0));
    }
    const limit = Math.min(Number(q.get("limit") ?? 1000), options.pageSize ?? 1000);
    const offset = Number(Buffer.from(q.get("cursor") ?? "", "base64url").toString() || 0);
    const page = rows.slice(offset, offset + limit);
    const headers: Record<string, string> = {};
    if (offset + limit < rows.length) {
      const next = new URLSearchParams(q);
      next.set("cursor", Buffer.from(String(offset + limit)).toString("base64url"));
      headers.link = `<http://${hostHeader}/api/models?${next}>; rel="next"`;
    }
    const expand = expandOf(url);
    send(
      200,
      page.map((m) => shape(m, expand, DEFAULT_LIST_FIELDS)),
      headers,
    );
  }

  let hostHeader = "";
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  hostHeader = `127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `http://${hostHeader}`,
    requests,
    fail(match, ...queue) {
      faults.push({ match, queue });
    },
    addModels(...added) {
      for (const m of added) models.set(m.id.toLowerCase(), m);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Send = (status: number, body: unknown, headers?: Record<string, string>) => void;

function applyFault(fault: Fault, send: Send) {
  if (fault === "hang") return; // never answers; the client must time out
  if (fault === "malformed") return send(200, '{"id": "truncated", "downloads": 12');
  if (fault === "429") {
    return send(
      429,
      { error: "You have exceeded our rate limit" },
      { ratelimit: `"api";r=0;t=1`, "retry-after": "1" },
    );
  }
  if (typeof fault === "string")
    return send(Number(fault), {
      error: "Internal Error - We're working hard to fix this as soon as possible!",
    });
  send(fault.status, fault.body ?? { error: `status ${fault.status}` }, fault.headers);
}

/** `expand=a&expand=b` or `expand[]=a` → field names; undefined when none asked. */
function expandOf(url: URL): string[] | undefined {
  const fields = [...url.searchParams.getAll("expand"), ...url.searchParams.getAll("expand[]")];
  return fields.length > 0 ? fields : undefined;
}

/** The Hub returns `_id` and `id` plus the expanded fields, or its default field set. */
function shape(
  repo: FakeModel | FakeDataset,
  expand: string[] | undefined,
  defaults: string[] | undefined,
): Record<string, unknown> {
  const full: Record<string, unknown> = {
    _id: hexId(repo.id),
    modelId: repo.id,
    author: repo.id.split("/")[0],
    sha: hexId(`${repo.id}@sha`).padEnd(40, "0"),
    lastModified: repo.lastModified ?? repo.createdAt,
    private: repo.private ?? false,
    gated: repo.gated ?? false,
    disabled: false,
    downloads: repo.downloads ?? 0,
    likes: repo.likes ?? 0,
    tags: repo.tags ?? [],
    siblings: (repo as FakeModel).siblings ?? [{ rfilename: ".gitattributes" }, { rfilename: "README.md" }],
    ...repo,
  };
  const fields = expand ?? defaults;
  if (!fields) return full;
  const out: Record<string, unknown> = { _id: full._id, id: full.id };
  if (!expand) out.modelId = full.id;
  for (const field of fields) {
    const key = field === "siblings" ? "siblings" : field;
    if (key in full) out[key] = full[key];
  }
  return out;
}

function hexId(text: string): string {
  let h = 0x811c9dc5;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return `6${h.toString(16).padStart(8, "0")}${"0".repeat(15)}`.slice(0, 24);
}
