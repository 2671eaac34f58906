import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { sendInviteBatch } from '../src/core/send-batch';
import { createWorkOSTransport } from '../src/transports/workos';
import { record } from './record';

// 20 invitations through a one-request-per-entry transport (WorkOS's wire format) against a real
// loopback server that answers each request after 100 ms. At concurrency 4 the physical limit is
// ceil(20/4) × 100 ms = 500 ms; the budget allows 20 % on top for HTTP and scheduling. That time
// is printed, not gated (a busy machine moves it); what gates is what the server saw: never more
// than 4 requests in flight, and 4 reached.

const LATENCY_MS = 100;
const RUNS = 5;

let server: Server;
let baseUrl: string;
let inFlight = 0;
let mostInFlight = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    res.on('finish', () => inFlight--);
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const { email } = JSON.parse(body) as { email: string };
      setTimeout(() => {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ object: 'invitation', id: `invitation_${email}`, email, state: 'pending' }));
      }, LATENCY_MS);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('send 20 × 100 ms at concurrency 4', async () => {
  const onSend = createWorkOSTransport({ baseUrl, concurrency: 4 });
  const entries = Array.from({ length: 20 }, (_, i) => ({ email: `user${i}@acme.com` }));
  const once = async () => {
    const started = performance.now();
    const results = await sendInviteBatch(entries, onSend, { request: { organizationId: 'org_bench' } });
    const ms = performance.now() - started;
    expect(results.every((r) => r.success)).toBe(true);
    return ms;
  };
  // Warm-up: opens the keep-alive connections the measured runs reuse.
  await once();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await once());
  times.sort((a, b) => a - b);
  const median = Math.round(times[Math.floor(RUNS / 2)]!);
  record({
    name: 'send 20 × 100 ms at concurrency 4',
    value: median,
    unit: 'ms',
    budget: 600,
    detail: 'limit ceil(20/4)×100 ms = 500 ms',
  });
  record({
    name: 'send 20 × 100 ms at concurrency 4: most requests in flight at once',
    value: mostInFlight,
    unit: 'requests',
    budget: 4,
    detail: 'counted by the loopback server over every run',
  });
  // Fewer than 4 at once would mean the loop serializes what it may overlap.
  expect(mostInFlight).toBe(4);
  // Below the limit would mean more than 4 requests were in flight.
  expect(median).toBeGreaterThanOrEqual(500);
});
