import { describe, expect, it } from 'vitest';
import { parseEmailList, parseEmailTokens } from '../../src/core/email-list';

const emails = (text: string) => parseEmailList(text).entries.map((entry) => entry.email);

describe('parseEmailList', () => {
  describe('separators', () => {
    it.each([
      ['comma', 'a@x.com,b@x.com'],
      ['semicolon', 'a@x.com;b@x.com'],
      ['LF', 'a@x.com\nb@x.com'],
      ['CRLF', 'a@x.com\r\nb@x.com'],
      ['lone CR', 'a@x.com\rb@x.com'],
      ['tab', 'a@x.com\tb@x.com'],
      ['space', 'a@x.com b@x.com'],
      ['NBSP', 'a@x.com\u00A0b@x.com'],
      ['ideographic space', 'a@x.com\u3000b@x.com'],
      ['full-width comma', 'a@x.com，b@x.com'],
      ['ideographic comma', 'a@x.com、b@x.com'],
      ['full-width semicolon', 'a@x.com；b@x.com'],
      ['Arabic comma', 'a@x.com\u060Cb@x.com'],
      ['Arabic semicolon', 'a@x.com\u061B b@x.com'],
      ['mixed and repeated', ' ,; a@x.com ,, ;\n\n b@x.com ;'],
    ])('splits on %s', (_, text) => {
      expect(emails(text)).toEqual(['a@x.com', 'b@x.com']);
    });
  });

  describe('forms', () => {
    it('reads Name <address>', () => {
      expect(parseEmailList('Jane Doe <jane@acme.com>').entries).toEqual([{ email: 'jane@acme.com', name: 'Jane Doe' }]);
    });

    it('does not split a quoted display name at its comma', () => {
      expect(parseEmailList('"Doe, Jane" <jane@acme.com>, bob@acme.com').entries).toEqual([
        { email: 'jane@acme.com', name: 'Doe, Jane' },
        { email: 'bob@acme.com' },
      ]);
    });

    it("reads Outlook's Last, First <address>; … lists", () => {
      const result = parseEmailList('Doe, Jane <jane@acme.com>; Smith, Bob <bob@acme.com>');
      expect(result.entries).toEqual([
        { email: 'jane@acme.com', name: 'Doe, Jane' },
        { email: 'bob@acme.com', name: 'Smith, Bob' },
      ]);
      expect(result.invalid).toEqual([]);
    });

    it('reads mailto: links and drops their query', () => {
      expect(emails('mailto:jane@acme.com?subject=Hi, <mailto:bob@acme.com>')).toEqual(['jane@acme.com', 'bob@acme.com']);
    });

    it('reads address (comment) and keeps the comment as the name', () => {
      expect(parseEmailList('jane@acme.com (Jane Doe), bob@acme.com').entries).toEqual([
        { email: 'jane@acme.com', name: 'Jane Doe' },
        { email: 'bob@acme.com' },
      ]);
    });

    it('does not split inside angle brackets or comments', () => {
      expect(parseEmailList('Jane <jane@acme.com> (Sales, EMEA); bob@acme.com').entries.map((e) => e.email)).toEqual([
        'jane@acme.com',
        'bob@acme.com',
      ]);
    });

    it('keeps a stray bracket as part of what is reported', () => {
      const result = parseEmailList('<jane@acme.com, bob@acme.com');
      expect(result.entries.map((e) => e.email)).toEqual(['bob@acme.com']);
      expect(result.invalid.map((i) => i.input)).toEqual(['<jane@acme.com']);
    });
  });

  describe('tables', () => {
    it('reads a CSV with a header row, its email and role columns', () => {
      const csv = 'Name,Email,Role\r\n"Doe, Jane",jane@acme.com,Admin\r\nBob,bob@acme.com,"member org-sales"\r\nCarl,carl@acme.com,\r\n';
      expect(parseEmailList(csv).entries).toEqual([
        { email: 'jane@acme.com', name: 'Doe, Jane', roleSlugs: ['admin'] },
        { email: 'bob@acme.com', name: 'Bob', roleSlugs: ['member', 'org-sales'] },
        { email: 'carl@acme.com', name: 'Carl', roleSlugs: ['member'] },
      ]);
    });

    it.each(['email', 'e-mail', 'Email Address', 'emails', 'mail', 'E-Mail'])('knows the header %j', (header) => {
      expect(emails(`${header}\njane@acme.com\nbob@acme.com`)).toEqual(['jane@acme.com', 'bob@acme.com']);
    });

    it('reads a TSV with a header row and role_slugs split on | and commas', () => {
      const tsv = 'email\trole_slugs\njane@acme.com\tmember|org-sales\nbob@acme.com\tbilling';
      expect(parseEmailList(tsv).entries).toEqual([
        { email: 'jane@acme.com', roleSlugs: ['member', 'org-sales'] },
        { email: 'bob@acme.com', roleSlugs: ['billing'] },
      ]);
    });

    it('keeps quoted CSV cells with line breaks together (RFC 4180)', () => {
      const csv = 'email,notes\njane@acme.com,"line one\nline two"\nbob@acme.com,x';
      expect(emails(csv)).toEqual(['jane@acme.com', 'bob@acme.com']);
    });

    it('reports a row that has no address rather than dropping it', () => {
      const result = parseEmailList('email,role\njane@acme.com,admin\n,admin');
      expect(result.invalid).toEqual([{ input: ',admin', code: 'invite.invalid_email', message: 'This row has no email address.' }]);
    });

    it('reads a spreadsheet paste: address cells, the role cell to their right, the name to their left', () => {
      const paste = 'Jane Doe\tjane@acme.com\tAdmin\nBob\tbob@acme.com\t\ncarl@acme.com\tbilling | org-ops';
      expect(parseEmailList(paste).entries).toEqual([
        { email: 'jane@acme.com', name: 'Jane Doe', roleSlugs: ['admin'] },
        { email: 'bob@acme.com', name: 'Bob', roleSlugs: ['member'] },
        { email: 'carl@acme.com', roleSlugs: ['billing', 'org-ops'] },
      ]);
    });

    it('reports a spreadsheet row without an address', () => {
      const result = parseEmailList('jane@acme.com\tadmin\nJust a name\tbilling');
      expect(result.entries).toHaveLength(1);
      expect(result.invalid[0]).toMatchObject({ input: 'Just a name\tbilling', message: 'This row has no email address.' });
    });

    it('treats a first line with an address as data, not a header', () => {
      expect(emails('jane@acme.com, email\nbob@acme.com')).toEqual(['jane@acme.com', 'bob@acme.com']);
    });
  });

  describe('roles', () => {
    it('gives entries without their own roles the defaultRoleSlugs', () => {
      expect(parseEmailList('jane@acme.com', { defaultRoleSlugs: ['billing'] }).entries).toEqual([
        { email: 'jane@acme.com', roleSlugs: ['billing'] },
      ]);
      expect(parseEmailList('email\trole\njane@acme.com\tadmin', { defaultRoleSlugs: ['billing'] }).entries[0]!.roleSlugs).toEqual([
        'admin',
      ]);
    });

    it('leaves roleSlugs absent when nothing gives them', () => {
      expect(parseEmailList('jane@acme.com').entries[0]).not.toHaveProperty('roleSlugs');
    });
  });

  describe('duplicates', () => {
    it('keeps the first spelling and counts the repeats case-insensitively, IDN-aware', () => {
      const result = parseEmailList('Jane@Acme.com, jane@ACME.com, user@bücher.de, USER@xn--bcher-kva.de');
      expect(result.entries.map((e) => e.email)).toEqual(['Jane@acme.com', 'user@xn--bcher-kva.de']);
      expect(result.duplicates).toEqual(['jane@acme.com', 'USER@xn--bcher-kva.de']);
    });
  });

  describe('nothing typed disappears', () => {
    it('reports every token that is not an address, with its reason', () => {
      const result = parseEmailList('jane@acme.com, hello, bob@acme, ja..ne@acme.com');
      expect(result.entries.map((e) => e.email)).toEqual(['jane@acme.com']);
      expect(result.invalid).toEqual([
        { input: 'hello', code: 'invite.invalid_email', message: expect.stringMatching(/missing @/i) },
        { input: 'bob@acme', code: 'invite.invalid_email', message: expect.stringMatching(/no dot/i) },
        { input: 'ja..ne@acme.com', code: 'invite.invalid_email', message: expect.stringMatching(/two dots/i) },
      ]);
    });

    it('reports a name that no address claims as one token', () => {
      const result = parseEmailList('Jane Doe; bob@acme.com');
      expect(result.invalid.map((i) => i.input)).toEqual(['Jane Doe']);
    });

    it('reports a name with a broken address as the whole thing typed', () => {
      const result = parseEmailList('Jane Doe <jane@acme>');
      expect(result.invalid).toEqual([{ input: 'Jane Doe <jane@acme>', code: 'invite.invalid_email', message: expect.stringMatching(/no dot/i) }]);
    });

    it('strips invisible characters at the edges and rejects them inside', () => {
      const result = parseEmailList('\uFEFF\u200Bjane@acme.com\u200B, bo\u200Bb@acme.com');
      expect(result.entries.map((e) => e.email)).toEqual(['jane@acme.com']);
      expect(result.invalid).toEqual([{ input: 'bo\u200Bb@acme.com', code: 'invite.invalid_email', message: expect.stringMatching(/invisible/i) }]);
    });

    it('NFC-normalizes first, so composed and decomposed spellings are one address', () => {
      const result = parseEmailList('user@bu\u0308cher.de, user@b\u00FCcher.de');
      expect(result.entries.map((e) => e.email)).toEqual(['user@xn--bcher-kva.de']);
      expect(result.duplicates).toHaveLength(1);
    });
  });

  describe('parseEmailTokens', () => {
    it('gives the same reading as one list in the order it was typed, each token with the text it came from', () => {
      const text = 'hello; Jane <jane@acme.com>; JANE@acme.com, bob@';
      const tokens = parseEmailTokens(text);
      expect(tokens).toEqual([
        { type: 'invalid', token: { input: 'hello', code: 'invite.invalid_email', message: expect.stringMatching(/missing @/i) }, start: 0, end: 5 },
        { type: 'entry', entry: { email: 'jane@acme.com', name: 'Jane' }, start: 7, end: 27 },
        { type: 'duplicate', email: 'JANE@acme.com', start: 29, end: 42 },
        { type: 'invalid', token: { input: 'bob@', code: 'invite.invalid_email', message: expect.stringMatching(/nothing after/i) }, start: 44, end: 48 },
      ]);
      expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['hello', 'Jane <jane@acme.com>', 'JANE@acme.com', 'bob@']);
    });
  });

  describe('bad input never throws', () => {
    const hostile = [
      '',
      '   \n\t ',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>@x.com',
      "'; DROP TABLE users; --",
      '😀@😀.com, 👍',
      '\u0000\u0001\u0002@x.com',
      '"unterminated, <also, (and',
      '>>>,,,<<<;;;"""',
      'a@'.repeat(10_000),
      'x'.repeat(100_000),
      'email\n' + '"'.repeat(999),
      '\t\t\t\n\t\t',
    ];
    it.each(hostile.map((text) => [text.slice(0, 40), text]))('%j', (_, text) => {
      const result = parseEmailList(text);
      expect(Array.isArray(result.entries)).toBe(true);
      for (const token of result.invalid) expect(token.message.length).toBeGreaterThan(0);
    });

    it('returns an empty result for a non-string', () => {
      expect(parseEmailList(undefined as unknown as string)).toEqual({ entries: [], invalid: [], duplicates: [] });
    });

    it('reads 10,000 addresses', () => {
      const text = Array.from({ length: 10_000 }, (_, i) => `user${i}@example${i % 50}.com`).join('\n');
      const result = parseEmailList(text);
      expect(result.entries).toHaveLength(10_000);
      expect(result.invalid).toHaveLength(0);
    });
  });
});
