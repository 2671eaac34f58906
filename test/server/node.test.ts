// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNodeHandler } from '../../src/server/node';

let server: Server;
let base: string;
let seen: Request | undefined;
let aborted: Promise<void> | undefined;

beforeAll(async () => {
  const handler = toNodeHandler(
    async (request) => {
      seen = request;
      const url = new URL(request.url);
      if (url.pathname === '/hang') {
        aborted = new Promise((resolve) => request.signal.addEventListener('abort', () => resolve(), { once: true }));
        await aborted;
        return new Response(null, { status: 499 });
      }
      if (url.pathname === '/crash') throw new Error('handler bug');
      const headers = new Headers({ 'content-type': 'text/plain', 'x-echo': request.headers.get('x-test') ?? '' });
      headers.append('set-cookie', 'a=1');
      headers.append('set-cookie', 'b=2');
      return new Response(`${request.method} ${url.pathname}${url.search} ${await request.text()}`, { status: 201, headers });
    },
    { maxBodyBytes: 64 },
  );
  server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('toNodeHandler', { timeout: 10_000 }, () => {
  it('turns the incoming message into a Request and writes the Response back', async () => {
    const response = await fetch(`${base}/orgs/org_1/invitations?x=1`, { method: 'POST', body: 'hello', headers: { 'x-test': 'yes' } });
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('POST /orgs/org_1/invitations?x=1 hello');
    expect(response.headers.get('x-echo')).toBe('yes');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(seen!.url).toBe(`${base}/orgs/org_1/invitations?x=1`);
  });

  it('answers 413 to a body over the limit without calling the handler', async () => {
    seen = undefined;
    const response = await fetch(`${base}/big`, { method: 'POST', body: 'x'.repeat(100) });
    expect(response.status).toBe(413);
    expect(seen).toBeUndefined();
  });

  it('answers 500 when the handler throws, and keeps serving', async () => {
    expect((await fetch(`${base}/crash`, { method: 'POST', body: '[]' })).status).toBe(500);
    expect((await fetch(`${base}/ok`)).status).toBe(201);
  });

  it('aborts the Request’s signal when the client hangs up', async () => {
    const controller = new AbortController();
    const pending = fetch(`${base}/hang`, { method: 'POST', body: '[]', signal: controller.signal }).catch(() => undefined);
    await expect.poll(() => aborted !== undefined).toBe(true);
    controller.abort();
    await pending;
    await expect(aborted).resolves.toBeUndefined();
  });
});
