/**
 * A bridge from a Fetch-standard handler to Node's `http` server (and Connect/Express/Vite
 * middleware). It works on the request and response objects by their shape, so it imports nothing
 * from Node and costs nothing in a browser bundle that never calls it.
 * @module
 */

/** The part of `http.IncomingMessage` the bridge reads. */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  // `| undefined` on each optional field: Node's own types declare them so, and a host compiling
  // with `exactOptionalPropertyTypes` must be able to pass an `IncomingMessage` as it is.
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** A TLS socket has `encrypted: true`. */
  socket?: object | null | undefined;
}

/** The part of `http.ServerResponse` the bridge writes. */
export interface NodeResponseLike {
  statusCode: number;
  headersSent?: boolean | undefined;
  writableFinished?: boolean | undefined;
  setHeader(name: string, value: string | string[]): unknown;
  end(chunk?: Uint8Array): unknown;
  on(event: 'close', listener: () => void): unknown;
}

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /**
   * The largest request body read, in bytes; a larger one is answered 413 without reading on.
   * @default 1048576
   */
  maxBodyBytes?: number;
}

/**
 * Serves a `(Request) => Promise<Response>` handler from `node:http`: the incoming message becomes
 * a `Request` (its signal aborts when the client goes away), and the `Response` is written back.
 *
 * @example
 * import { createServer } from 'node:http';
 * createServer(toNodeHandler(createInviteHandler({ onSend }))).listen(3000);
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
  options: NodeHandlerOptions = {},
): (req: NodeRequestLike, res: NodeResponseLike) => void {
  const maxBodyBytes = options.maxBodyBytes ?? 1_048_576;

  async function serve(req: NodeRequestLike, res: NodeResponseLike) {
    const controller = new AbortController();
    // 'close' before the answer is written means the client hung up: stop the work for it.
    res.on('close', () => {
      if (!res.writableFinished) controller.abort(new DOMException('The client went away.', 'AbortError'));
    });

    const method = (req.method ?? 'GET').toUpperCase();
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (name.startsWith(':') || value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }

    let body: Blob | undefined;
    if (method !== 'GET' && method !== 'HEAD') {
      const chunks: Uint8Array[] = [];
      let size = 0;
      const encoder = new TextEncoder();
      for await (const chunk of req) {
        const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
        size += bytes.length;
        if (size > maxBodyBytes) {
          res.statusCode = 413;
          res.setHeader('content-type', 'application/json');
          res.end(encoder.encode('{"error":{"code":"invite.batch_too_large","message":"The request body is too large."}}'));
          return;
        }
        chunks.push(bytes);
      }
      body = new Blob(chunks as BlobPart[]);
    }

    const base = `http${(req.socket as { encrypted?: boolean } | null | undefined)?.encrypted ? 's' : ''}://`;
    let url: URL;
    try {
      url = new URL(req.url ?? '/', base + (headers.get('host') ?? 'localhost'));
    } catch {
      // A Host header that is no host: the path still routes.
      url = new URL(req.url ?? '/', `${base}localhost`);
    }
    const response = await handler(new Request(url, { method, headers, signal: controller.signal, body }));

    res.statusCode = response.status;
    const cookies = typeof response.headers.getSetCookie === 'function' ? response.headers.getSetCookie() : [];
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') res.setHeader(name, value);
    });
    if (cookies.length) res.setHeader('set-cookie', cookies);
    res.end(new Uint8Array(await response.arrayBuffer()));
  }

  return (req, res) => {
    serve(req, res).catch(() => {
      // The client may be gone already; answer if the socket still listens, never crash the server.
      if (!res.headersSent) res.statusCode = 500;
      if (!res.writableFinished) res.end();
    });
  };
}
