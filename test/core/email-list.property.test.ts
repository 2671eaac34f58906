// @vitest-environment node
// Properties of parseEmailList that must hold for any text (issue #10): it never throws, nothing
// typed is lost, nothing untyped is invited, and the browser's reading agrees with the server's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeEmail, trimToken } from '../../src/core/email';
import { parseEmailList, readEmailList } from '../../src/core/email-list';
import type { InviteSendRequest, OnSend } from '../../src/core/types';
import { createInviteHandler } from '../../src/server/handler';

// Characters that steer the grammar, and the ones that used to break it: groups, escapes,
// separators of every kind (ASCII, NBSP, ideographic, full-width), line breaks (CR, NEL, LS),
// invisible and bidi characters (BOM, ZWSP, RLO, LRI, soft hyphen), Cyrillic and accented letters.
const CHARS = [
  ...'ab xz.-@@(()<>""\\,;:?|',
  '\t', '\n', '\r', '\r\n', '\u00A0', '\u3000', '，', '、', '；', '\u060C',
  '\u0085', '\u2028', '\uFEFF', '\u200B', '\u202E', '\u2066', '\u00AD',
  'а', 'е', 'ü', 'é', 'e\u0301', 'ß', '中',
];
// Pieces of what people paste, so that valid addresses, names and table headers come up often.
const FRAGMENTS = [
  'jane@acme.com', 'Bob@Example.COM', 'a@x.co', 'user@bücher.de', 'a@xn--bcher-kva.de', 'a@xn--pypal-4ve.com',
  'a@pаypal.com', 'x@xn--0.tld', 'mailto:', '?subject=Hi', 'Doe, Jane', '"Smith, Bob"', 'Jane Doe', '(Sales)',
  'email', 'Email,Name\n', 'name\temail\n', 'role', 'admin', 'org-sales', 'javascript:alert(1)//',
];
const piece = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CHARS) }, { weight: 1, arbitrary: fc.constantFrom(...FRAGMENTS) });
const paste = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.oneof(paste, fc.string({ unit: 'binary', maxLength: 60 }));

// Bounded so the unit project stays fast; FC_RUNS=100000 searches harder by hand.
const RUNS = { numRuns: Number(process.env.FC_RUNS) || 400 };

/**
 * What needs no token of its own: the separators (DESIGN.md "Email input"), and invisible
 * characters, which are stripped at a token's edges (a token of nothing else is nothing).
 */
const UNREAD_OK = /[\t-\r ,;\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000，、；\u060C\u061B\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const DOMAIN_END = new RegExp(`${UNREAD_OK.source.slice(0, -1)}<>()"?]`);

describe('normalizeEmail, for any domain', () => {
  // Letters of several scripts (Latin with accents, Cyrillic look-alikes, Greek, CJK, Arabic),
  // digits and hyphens: typed in Unicode, or in the ASCII form the URL parser gives for it.
  const letter = fc.constantFrom(...'abcxyz019-éüßøаеорсухπλ中文字ひらカナعربי'.split(''), '한', '\u0301');
  const label = fc.array(letter, { minLength: 1, maxLength: 12 }).map((letters) => letters.join('').normalize('NFC'));

  it('gives a domain the same verdict in its Unicode and its xn-- form', () => {
    fc.assert(
      fc.property(label, fc.constantFrom('com', 'de', 'рф'), (name, tld) => {
        const unicode = `${name}.${tld}`;
        let ascii: string;
        try {
          ascii = new URL(`http://${unicode}/`).hostname;
        } catch {
          return;
        }
        expect(normalizeEmail(`a@${ascii}`), `${unicode} = ${ascii}`).toBe(normalizeEmail(`a@${unicode}`));
      }),
      RUNS,
    );
  });
});

describe('parseEmailList, for any text', () => {
  it('never throws, and every invalid token says why', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseEmailList(text);
        for (const token of result.invalid) expect(token.message).not.toBe('');
      }),
      RUNS,
    );
  });

  it('accounts for every visible character that is not a separator: an entry, an invalid token, a duplicate or the header covers it', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const { text, tokens, header } = readEmailList(input);
        const covered = new Uint8Array(text.length);
        for (const range of header ? [...tokens, header] : tokens) {
          expect(range.start).toBeGreaterThanOrEqual(0);
          expect(range.end).toBeLessThanOrEqual(text.length);
          covered.fill(1, range.start, range.end);
        }
        for (let i = 0; i < text.length; i++) {
          if (!covered[i] && !UNREAD_OK.test(text[i]!)) {
            throw new Error(`${JSON.stringify(text[i])} at ${i} of ${JSON.stringify(text)} is in no token`);
          }
        }
      }),
      RUNS,
    );
  });

  it('reports free text as typed: an invalid token is the trimmed text of its range', () => {
    // Free text only (no TAB, no header word): in a table, an unquoted cell is read from its value.
    const freeText = anyText.filter((text) => !text.includes('\t') && !/mail/i.test(text));
    fc.assert(
      fc.property(freeText, (input) => {
        const { text, tokens } = readEmailList(input);
        for (const token of tokens) {
          if (token.type === 'invalid') expect(token.token.input).toBe(trimToken(text.slice(token.start, token.end)));
        }
      }),
      RUNS,
    );
  });

  it('invites only addresses that were typed: each entry is in the text it came from (modulo domain case and IDN form)', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const { text, tokens } = readEmailList(input);
        for (const token of tokens) {
          if (token.type !== 'entry') continue;
          const { email } = token.entry;
          const local = email.slice(0, email.lastIndexOf('@') + 1);
          const source = text.slice(token.start, token.end);
          // Some occurrence of `local@` in the token's text, read up to where a domain must end,
          // is this very address.
          let found = false;
          for (let at = source.indexOf(local); at !== -1 && !found; at = source.indexOf(local, at + 1)) {
            const rest = source.slice(at + local.length);
            const end = rest.search(DOMAIN_END);
            found = normalizeEmail(local + (end === -1 ? rest : rest.slice(0, end))) === email;
          }
          if (!found) throw new Error(`${email} is not in ${JSON.stringify(source)}`);
        }
      }),
      RUNS,
    );
  });

  it('gives the same verdict as normalizeEmail: entries are normalized addresses, invalid tokens are not addresses', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseEmailList(text);
        for (const entry of result.entries) expect(normalizeEmail(entry.email)).toBe(entry.email);
        for (const token of result.invalid) expect(normalizeEmail(token.input), JSON.stringify(token.input)).toBeNull();
        const keys = result.entries.map((entry) => entry.email.toLowerCase());
        expect(new Set(keys).size).toBe(keys.length);
      }),
      RUNS,
    );
  });

  it('reads in parts what it reads whole: the tokens before a stop, then the reading from it, are the whole reading', () => {
    // Page by page, as a dialog that holds a few people at a time adds a long paste: each part
    // reads at most `maxEntries` entries and invalid tokens, and the next part reads on from its
    // `rest`, told which addresses came before (across the cut they are duplicates, as whole).
    fc.assert(
      fc.property(anyText, fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 8 }), (input, sizes) => {
        const whole = readEmailList(input);
        const tokens: typeof whole.tokens = [];
        const listed = new Set<string>();
        let from: number | undefined = 0;
        for (let page = 0; from !== undefined; page++) {
          // A row of several addresses does not fit in fewer: past the sizes drawn, read the rest.
          const maxEntries = page < sizes.length ? sizes[page]! : Infinity;
          const part = readEmailList(input, { maxEntries, from, listed });
          expect(part.text).toBe(whole.text);
          expect(part.header).toEqual(whole.header);
          expect(part.tokens.filter((token) => token.type !== 'duplicate').length).toBeLessThanOrEqual(maxEntries);
          if (part.rest !== undefined) expect(part.rest).toBeGreaterThanOrEqual(from);
          for (const token of part.tokens) if (token.type === 'entry') listed.add(token.entry.email.toLowerCase());
          tokens.push(...part.tokens);
          from = part.rest;
        }
        expect(tokens).toEqual(whole.tokens);
      }),
      RUNS,
    );
  });

  it('keeps a table\'s rest readable on its own: its header, then the text from the stop, read the same', () => {
    const table = fc
      .tuple(fc.constantFrom('Email,Name,Role\n', 'name\temail\trole\n', 'Email\n', 'email;role\n'), paste)
      .map(([header, body]) => header + body);
    fc.assert(
      fc.property(table, fc.integer({ min: 0, max: 3 }), (input, maxEntries) => {
        const first = readEmailList(input, { maxEntries });
        fc.pre(first.header !== undefined && first.rest !== undefined);
        const { text, header, rest } = first as Required<typeof first>;
        const kept = `${text.slice(header.start, header.end)}\n${text.slice(rest)}`;
        const shift = rest - (header.end - header.start + 1);
        const later = readEmailList(kept).tokens.map((token) => ({ ...token, start: token.start + shift, end: token.end + shift }));
        expect(later).toEqual(readEmailList(input, { from: rest }).tokens);
      }),
      RUNS,
    );
  });

  it('agrees with the server: the handler accepts every entry as the parser normalized it', async () => {
    const sent: InviteSendRequest[] = [];
    const onSend: OnSend = async (request) => {
      sent.push(request);
    };
    const handler = createInviteHandler({ onSend, authorize: () => ({}), policy: { maxBatchSize: 1000 } });
    await fc.assert(
      fc.asyncProperty(paste, async (text) => {
        const { entries } = parseEmailList(text);
        fc.pre(entries.length > 0);
        sent.length = 0;
        const response = await handler(
          new Request('https://app.example/api/orgs/org_1/invitations', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(entries.map((entry) => ({ email: entry.email }))),
          }),
        );
        expect(response.status, await response.clone().text()).toBe(200);
        expect(sent.flatMap((request) => request.entries.map((entry) => entry.email))).toEqual(entries.map((entry) => entry.email));
      }),
      { numRuns: 150 },
    );
  });
});
