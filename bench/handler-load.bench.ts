import { expect, test } from 'vitest';
import { createInviteHandler } from '../src/server/handler';
import { createMemoryInvitationApi } from '../src/transports/memory-api';
import { record } from './record';

// A bounded load test of createInviteHandler over the in-memory invitation service: 1,000 requests
// of 5 invitations each, 16 in flight, each with its own Idempotency-Key, as real Requests through
// the whole handler (content type, authorize, streamed body, rules, idempotency record, send,
// answer). Run once against an empty service and once against one already holding 20,000
// invitations: the service must not slow down as it fills (it used to scan every invitation per
// entry: a p99 over 1 s at 20,000). Throughput and percentiles are times: printed, never gated.
// What gates is a same-run ratio, the mean latency full / empty, with the 25 % noise margin.

const REQUESTS = 1_000;
const PER_REQUEST = 5;
const IN_FLIGHT = 16;
const PREFILLED = 20_000;

async function run(prefilled: number, label: string) {
  const api = createMemoryInvitationApi({ pending: Array.from({ length: prefilled }, (_, i) => `already${i}@prefilled.example`) });
  expect(api.invitations).toHaveLength(prefilled);
  const handler = createInviteHandler({
    onSend: api.onSend,
    authorize: () => ({ caller: { email: 'owner@acme.com', roleSlugs: ['owner'] }, callerId: 'user_bench' }),
  });
  const body = (n: number) =>
    JSON.stringify(Array.from({ length: PER_REQUEST }, (_, k) => ({ email: `user${n}-${k}@${label}.example`, role_slugs: ['member'] })));
  const request = (n: number) =>
    new Request('https://app.example/api/orgs/org_bench/invitations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `${label}-${n}` },
      body: body(n),
    });

  // Warm-up: JIT and the first allocations, outside the measure.
  for (let n = 0; n < 50; n++) await (await handler(request(-1 - n))).arrayBuffer();

  const latencies: number[] = [];
  let next = 0;
  let ok = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < REQUESTS) {
        const n = next++;
        const t = performance.now();
        const response = await handler(request(n));
        await response.arrayBuffer();
        latencies.push(performance.now() - t);
        if (response.status === 200) ok++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  const mean = latencies.reduce((sum, ms) => sum + ms, 0) / latencies.length;
  expect(ok).toBe(REQUESTS);
  expect(api.invitations).toHaveLength(prefilled + (REQUESTS + 50) * PER_REQUEST);
  return { throughput: REQUESTS / seconds, p50: at(0.5), p99: at(0.99), mean };
}

test(`handler over the memory API: ${REQUESTS} requests × ${PER_REQUEST} invitations, ${IN_FLIGHT} in flight`, async () => {
  const empty = await run(0, 'empty');
  const full = await run(PREFILLED, 'full');
  for (const [name, figures] of [
    ['empty service', empty],
    [`${PREFILLED.toLocaleString('en')} invitations held`, full],
  ] as const) {
    record({ name: `handler load, ${name}: throughput`, value: Math.round(figures.throughput), unit: 'req/s', detail: `${Math.round(figures.throughput * PER_REQUEST)} invitations/s` });
    record({ name: `handler load, ${name}: p99 latency`, value: +figures.p99.toFixed(1), unit: 'ms', detail: `p50 ${figures.p50.toFixed(1)} ms, ${IN_FLIGHT} in flight` });
  }
  record({
    name: `handler load: mean latency with ${PREFILLED.toLocaleString('en')} invitations held / empty`,
    value: +(full.mean / empty.mean).toFixed(2),
    unit: '×',
    budget: 2,
    detail: `${full.mean.toFixed(1)} ms / ${empty.mean.toFixed(1)} ms, same run`,
  });
});
