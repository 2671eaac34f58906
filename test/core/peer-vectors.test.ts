// @vitest-environment node
// 880 inputs from other projects' test suites (web-platform-tests, validator.js, nodemailer,
// email-addresses, Thunderbird, is_email, Python's email-validator) and the audit's probes, each with
// what DESIGN.md "Email input" expects: ../shared/peer-email/vectors.json (its README says how the
// file was made). Nobody here wrote these expectations; every one is run, and the few this kit reads
// differently on purpose are listed in READ_DIFFERENTLY with the reason.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkEmail, normalizeEmail } from '../../src/core/email';
import { parseEmailList, type ParseEmailListResult } from '../../src/core/email-list';

const file = fileURLToPath(new URL('../../../shared/peer-email/vectors.json', import.meta.url));

type Count = number | { min?: number; max?: number } | string[];
interface ListExpectation {
  entries?: Array<string | { email: string; name?: string }>;
  invalid?: Count;
  duplicates?: number;
  accountFor?: string[];
  anyOf?: ListExpectation[];
  why?: string;
}
interface Vector {
  id: string;
  source: string;
  kind: 'address' | 'list';
  input: string;
  design: ({ valid: boolean; email?: string; reason?: string } & ListExpectation) | ListExpectation;
  list?: ListExpectation;
  diff?: { class: 1 | 2 | 3; why: string };
}

if (!existsSync(file)) throw new Error(`The peer vectors are missing: ${file} (CI lays shared/ beside the clone).`);
const vectors = (JSON.parse(readFileSync(file, 'utf8')) as { vectors: Vector[] }).vectors;

/**
 * Vectors whose list expectation this kit does not follow, each with the reading it gives instead
 * and why. DESIGN.md wins where the vector's expectation was written before DESIGN said more.
 */
const READ_DIFFERENTLY: Record<string, { reason: string; expect: ListExpectation }> = {
  'probes/l010': {
    reason: 'DESIGN: "a comment that holds the only address is read, not dropped"; the probe only asks that it be accounted for',
    expect: { entries: [{ email: 'jane@acme.com', name: 'Jane Doe' }], invalid: 0 },
  },
  'probes/l011': {
    reason: 'DESIGN: "a comment that holds the only address is read, not dropped"',
    expect: { entries: ['jane@acme.com'], invalid: 0 },
  },
  'probes/l012': {
    reason: 'DESIGN: "a comment that holds the only address is read"; Outlook\'s Last, First names it',
    expect: { entries: [{ email: 'jane@acme.com', name: 'Doe, Jane' }, 'bob@acme.com'], invalid: 0 },
  },
  'isemail/a092': {
    reason: 'a nested comment glued to the start of an address is its comment, as `address (outer (nested))` is (nodemailer); the generic expectation knows only flat comments',
    expect: { entries: ['test@iana.org'], invalid: 0 },
  },
  'python-email-validator/a224': {
    reason: 'the same input as isemail/a092: a nested comment glued to the start of an address is its comment',
    expect: { entries: ['test@iana.org'], invalid: 0 },
  },
  'probes/l031': {
    reason: 'issue #10: "every cell that holds an address is read" — a cell beyond the header row is read too',
    expect: { entries: [{ email: 'jane@x.com', name: 'Jane' }, 'bob@x.com'], invalid: 0 },
  },
  'probes/l032': {
    reason: 'issue #10: "every cell that holds an address is read" — a cell beyond the header row is read too',
    expect: { entries: ['a@x.com', 'b@x.com'], invalid: 0 },
  },
};

const matchesCount = (actual: number, inputs: string[], expected: Count | undefined) => {
  if (expected === undefined) return true;
  if (typeof expected === 'number') return actual === expected;
  if (Array.isArray(expected)) return JSON.stringify(inputs) === JSON.stringify(expected);
  return actual >= (expected.min ?? 0) && actual <= (expected.max ?? Infinity);
};

/** Every way a piece of typed text can show up in the result. */
const texts = (result: ParseEmailListResult) => [
  ...result.entries.flatMap((e) => [e.email, e.name ?? '', ...(e.roleSlugs ?? [])]),
  ...result.invalid.flatMap((i) => [i.input, i.name ?? '', ...(i.roleSlugs ?? [])]),
  ...result.duplicates,
];

/** What is wrong with `result` against `expected`, or '' when it matches. */
function mismatch(result: ParseEmailListResult, expected: ListExpectation): string {
  if (expected.anyOf) {
    const misses = expected.anyOf.map((alternative) => mismatch(result, alternative));
    return misses.includes('') ? '' : `none of the alternatives: ${misses.join(' | ')}`;
  }
  if (expected.entries) {
    const want = expected.entries.map((e) => (typeof e === 'string' ? { email: e } : e));
    const got = result.entries.map((e, i) => ({ email: e.email, ...(want[i]?.name !== undefined && { name: e.name }) }));
    if (JSON.stringify(got) !== JSON.stringify(want)) return `entries ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`;
  }
  const inputs = result.invalid.map((i) => i.input);
  if (!matchesCount(inputs.length, inputs, expected.invalid)) return `invalid ${JSON.stringify(inputs)}, expected ${JSON.stringify(expected.invalid)}`;
  if (expected.duplicates !== undefined && result.duplicates.length !== expected.duplicates) {
    return `${result.duplicates.length} duplicates, expected ${expected.duplicates}`;
  }
  const seen = texts(result);
  const lost = (expected.accountFor ?? []).filter((part) => !seen.some((text) => text.includes(part)));
  if (lost.length) return `not accounted for: ${JSON.stringify(lost)}`;
  return '';
}

const listExpectation = (v: Vector): ListExpectation | undefined => (v.kind === 'list' ? v.design : v.list);

describe('peer email vectors (../shared/peer-email/vectors.json)', () => {
  it('holds the vectors the README describes', () => {
    expect(vectors.length).toBe(880);
  });

  describe('normalizeEmail gives DESIGN.md\'s verdict on each address', () => {
    const addresses = vectors.filter((v) => v.kind === 'address');
    it.each(addresses.map((v) => [v.id, v] as const))('%s', (_, v) => {
      const design = v.design as { valid: boolean; email?: string; reason?: string };
      expect(normalizeEmail(v.input), `${JSON.stringify(v.input)}: ${design.reason ?? 'valid'}`).toBe(design.valid ? design.email : null);
      // The checker a server runs says the same, with a message for every rejection.
      const checked = checkEmail(v.input);
      expect(checked.ok).toBe(design.valid);
      if (!checked.ok) expect(checked.message).not.toBe('');
    });
  });

  describe('parseEmailList reads each paste as DESIGN.md says', () => {
    const lists = vectors.filter((v) => listExpectation(v) && !READ_DIFFERENTLY[v.id]);
    it.each(lists.map((v) => [v.id, v] as const))('%s', (_, v) => {
      expect(mismatch(parseEmailList(v.input), listExpectation(v)!), JSON.stringify(v.input)).toBe('');
    });
  });

  describe('vectors read differently on purpose (each with its reason)', () => {
    it.each(Object.entries(READ_DIFFERENTLY))('%s', (id, { reason, expect: reading }) => {
      const v = vectors.find((vector) => vector.id === id)!;
      expect(v, `vector ${id} exists`).toBeDefined();
      const result = parseEmailList(v.input);
      expect(mismatch(result, reading), `${JSON.stringify(v.input)} (${reason})`).toBe('');
      // Whatever is read differently, what the vector asks to be accounted for still is.
      expect(mismatch(result, { accountFor: listExpectation(v)!.accountFor ?? [] })).toBe('');
    });
  });
});
