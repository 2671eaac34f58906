/**
 * What the Playground's in-browser server received and answered, request by request: the panel
 * beside the dialog reads it, so a developer sees exactly what their own API would get.
 */

/** One HTTP exchange, as the server saw it. */
export interface LoggedRequest {
  id: number;
  method: string;
  /** Path and query, as sent (same origin). */
  url: string;
  /** The headers worth reading; the browser's own (user-agent, accept-language …) are left out. */
  headers: Array<[string, string]>;
  /** The request body, pretty-printed when it is JSON. */
  body: string;
  /** The status that came back; `'network error'` when the connection dropped; absent while pending. */
  status?: number | 'network error';
  /** The response body, pretty-printed when it is JSON. */
  response?: string;
  /** Response headers worth reading (`Retry-After`, `X-Request-ID`). */
  responseHeaders?: Array<[string, string]>;
}

// Headers a developer wires up or debugs; everything else the browser adds by itself.
const SHOWN_HEADERS = ['content-type', 'idempotency-key', 'authorization', 'retry-after', 'x-request-id'];

const inline = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value).map(([key, v]) => `${JSON.stringify(key)}: ${inline(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
};

/** JSON laid out to be read in a narrow panel: whatever fits on a line stays on one line. */
function layout(value: unknown, indent = ''): string {
  const flat = inline(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= 60) return flat;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((v) => inner + layout(v, inner))
    : Object.entries(value).map(([key, v]) => `${inner}${JSON.stringify(key)}: ${layout(v, inner)}`);
  return Array.isArray(value) ? `[\n${items.join(',\n')}\n${indent}]` : `{\n${items.join(',\n')}\n${indent}}`;
}

const pretty = (text: string) => {
  if (!text.trim()) return '';
  try {
    return layout(JSON.parse(text));
  } catch {
    return text;
  }
};

const pick = (headers: Headers) =>
  SHOWN_HEADERS.flatMap((name): Array<[string, string]> => {
    const value = headers.get(name);
    return value === null ? [] : [[name, value]];
  });

let entries: readonly LoggedRequest[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

const publish = (next: readonly LoggedRequest[]) => {
  entries = next;
  for (const listener of [...listeners]) listener();
};

export const requestLog = {
  /** Newest first. A new array on every change (for `useSyncExternalStore`). */
  getSnapshot: () => entries,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  clear: () => publish([]),
  /** Records a request as it arrives and returns its id for {@link requestLog.finish}. */
  async start(request: Request): Promise<number> {
    const id = nextId++;
    const url = new URL(request.url);
    const body = pretty(await request.clone().text());
    publish([{ id, method: request.method, url: url.pathname + url.search, headers: pick(request.headers), body }, ...entries]);
    return id;
  },
  /** Adds what came back. */
  async finish(id: number, response: Response) {
    const status = response.type === 'error' ? ('network error' as const) : response.status;
    const text = response.type === 'error' ? '' : pretty(await response.clone().text());
    const responseHeaders = response.type === 'error' ? [] : pick(response.headers).filter(([name]) => name !== 'content-type');
    publish(entries.map((entry) => (entry.id === id ? { ...entry, status, response: text, responseHeaders } : entry)));
  },
};
