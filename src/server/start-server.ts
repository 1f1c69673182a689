import type { AddressInfo } from "node:net";

export interface StartServerOptions {
  port?: number;
  /** Interface to listen on; default 127.0.0.1 (loopback only). */
  host?: string;
  /** Largest request line + headers in bytes (Node answers 431 beyond it). Default 16 KiB. */
  maxHeaderSize?: number;
}

export interface RunningServer {
  /** `http://host:port/` */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Listens with the app on Node's HTTP server with request limits: request line + headers capped by
 * `maxHeaderSize` (431), whole request within 30 s and headers within 10 s (slow-loris), over-long URLs
 * 414 (see read-only.ts).
 */
export async function startServer(
  app: { fetch: (request: Request) => Response | Promise<Response> },
  options: StartServerOptions = {},
): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  // Loaded here, not at the top: the static build imports this folder but never listens.
  const { serve } = await import("@hono/node-server");
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: (request: Request) => app.fetch(request),
        port: options.port ?? 8080,
        hostname: host,
        serverOptions: {
          maxHeaderSize: options.maxHeaderSize ?? 16 * 1024,
          requestTimeout: 30_000,
          headersTimeout: 10_000,
        },
      },
      (info: AddressInfo) => {
        const shown = host.includes(":") ? `[${host}]` : host;
        resolve({
          url: `http://${shown}:${info.port}/`,
          port: info.port,
          close: () => new Promise<void>((done) => server.close(() => done())),
        });
      },
    );
    server.on("error", reject);
  });
}
