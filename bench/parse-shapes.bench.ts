import { expect, test } from 'vitest';
import { parseEmailList } from '../src/core/email-list';
import { createInviteHandler } from '../src/server/handler';
import { realisticUnit, separatorAfter } from './pastes';
import { leastCpuMs, leastCpuMsAsync, record } from './record';

// Linear time, whatever the paste (issue #10): 1 MB of each shape that used to cost seconds, timed
// against 1 MB of a realistic paste parsed in the same run. The ms per MB is printed, never gated;
// the ratio to the realistic paste is gated (budget 5×). INVITE_KIT_SHAPE_BYTES shrinks the shapes
// (to measure code that is quadratic without waiting half an hour).
const BYTES = Number(process.env.INVITE_KIT_SHAPE_BYTES) || 1_000_000;
const MB = 1_000_000;

const fill = (unit: string, length = BYTES) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

// What people paste (bench/pastes.ts), BYTES of it.
const realistic = (() => {
  let text = '';
  for (let i = 0; text.length < BYTES; i++) text += realisticUnit(i) + separatorAfter(i);
  return text.slice(0, BYTES);
})();

const shapes: Array<[string, string]> = [
  ['"(" repeated', fill('(')],
  ['"(a" repeated', fill('(a')],
  ['"\\"" repeated', fill('\\"')],
  ['"(<\\"" repeated', fill('(<"')],
  ['"<<‹" repeated', fill('<<‹')],
  ['"\\"" and "<" each alone', fill('"', BYTES / 2) + fill('<', BYTES / 2)],
  ['words without @', fill('lorem ipsum dolor sit amet ')],
  ['an accented letter, then spaces', `é${' '.repeat(BYTES - 2)}x`],
  ['one token without separators', fill('a')],
  ['one line of commas in quotes', `"${fill('a, ', BYTES - 2)}"`],
  ['CSV with a header', `Name,Email,Role\n${fill('"Doe, Jane",jane@acme.com,admin\nBob,bob@acme.com,"member org-sales"\n', BYTES - 16)}`],
  ['spreadsheet (TSV)', fill('Jane Doe\tjane@acme.com\tadmin\nBob\tbob@acme.com\tbilling\n')],
  // Found while measuring: each cell searched to the end of the text for an `@` (rows of a name in
  // an unclosed quote showed it); a first line of a million cells tried as a header; a BOM run
  // trimmed one character at a time.
  ['CSV rows of a name in a quote that never closes', `email,name\n${fill('"Jane Doe\n', BYTES - 11)}`],
  ['one line of semicolons', fill(';')],
  ['BOM repeated', fill('\uFEFF')],
];

test('parseEmailList stays linear on every shape (1 MB each, against a 1 MB realistic paste)', () => {
  expect(parseEmailList(realistic).entries.length).toBeGreaterThan(BYTES / 100);
  const runs = BYTES >= MB ? 3 : 1;
  for (const [name, text] of shapes) {
    // Interleaved with the realistic paste, so both see the same machine noise.
    const base = leastCpuMs(() => parseEmailList(realistic), runs);
    const ms = leastCpuMs(() => parseEmailList(text), runs);
    const perMb = (ms * MB) / text.length;
    record({ name: `parse 1 MB: ${name}`, value: +perMb.toFixed(1), unit: 'ms', detail: `${text.length} characters; realistic paste ${((base * MB) / realistic.length).toFixed(1)} ms/MB` });
    record({ name: `parse 1 MB: ${name}, ratio to the realistic paste`, value: +(ms / base).toFixed(2), unit: '×', budget: 5, detail: 'least CPU time of 3 interleaved runs each' });
  }
  const base = leastCpuMs(() => parseEmailList(realistic), runs);
  record({ name: 'parse 1 MB: realistic paste', value: +((base * MB) / realistic.length).toFixed(1), unit: 'ms', detail: `${parseEmailList(realistic).entries.length} entries` });
});

test('createInviteHandler answers a 60 kB email value as fast as a normal batch', async () => {
  const handler = createInviteHandler({ onSend: async () => undefined, authorize: () => ({}) });
  const post = (body: unknown) =>
    new Request('https://app.example/api/orgs/org_1/invitations', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const normal = Array.from({ length: 20 }, (_, i) => ({ email: `person${i}@acme.com`, role_slugs: ['member'] }));
  const shapesOnServer: Array<[string, string]> = [
    ['60 kB of "("', fill('(', 60_000)],
    ['60 kB: an accented letter, then spaces', `é${' '.repeat(60_000)}x@acme.com`],
    ['60 kB local part', `${fill('a', 60_000)}@acme.com`],
  ];
  const time = (body: unknown, runs: number) => leastCpuMsAsync(async () => (await handler(post(body))).text(), runs);
  expect((await handler(post(normal))).status).toBe(200);
  for (const [name, email] of shapesOnServer) {
    expect((await handler(post([{ email }]))).status).toBe(400);
    const base = await time(normal, 5);
    const ms = await time([{ email }], 5);
    record({ name: `server 400 for ${name}`, value: +ms.toFixed(2), unit: 'ms', detail: `a valid 20-entry batch: ${base.toFixed(2)} ms` });
    record({ name: `server 400 for ${name}, ratio to a valid 20-entry batch`, value: +(ms / base).toFixed(2), unit: '×', budget: 5, detail: 'least CPU time of 5 interleaved runs each' });
  }
});
