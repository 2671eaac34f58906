// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_EMAIL_TOKEN_LENGTH } from '../../src/core/email';
import { isInsideGroup, normalizeListText, parseEmailList, parseEmailTokens, readEmailList } from '../../src/core/email-list';

const emails = (text: string) => parseEmailList(text).entries.map((entry) => entry.email);
const inputs = (text: string) => parseEmailList(text).invalid.map((token) => token.input);

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

  describe('family 1: a comment or quoted string inside a token keeps it one token', () => {
    it.each([
      ['javascript:alert(1)//@example.com', /":"/, 'local_char'],
      ['a(b)c@example.com', /"\("/, 'local_char'],
      ['"foo"bar@example.com', /quoted/i, 'quoted_local'],
      ['a"b"c@x.com', /"""/, 'local_char'],
      ['user@good-corp.com(x)evil.com', /"\("/, 'domain_char'],
      ['mailto:(x)jane@acme.com', /"\("/, 'local_char'],
      ['"a@b.com"c@d.com', /more than one @/, 'many_at'],
    ])('%j is one invalid token, and no fragment of it is invited', (text, message, reason) => {
      const result = parseEmailList(text);
      expect(result.entries).toEqual([]);
      expect(result.invalid).toEqual([expect.objectContaining({ input: text, code: 'invite.invalid_email', message: expect.stringMatching(message), reason })]);
    });

    it('reads a comment glued to either end of an address as its comment', () => {
      expect(parseEmailList('(Jane)jane@acme.com, bob@acme.com(Bob)').entries).toEqual([
        { email: 'jane@acme.com', name: 'Jane' },
        { email: 'bob@acme.com', name: 'Bob' },
      ]);
    });

    it('keeps the tokens around a broken one: jane(x)bob@acme.com, carol@acme.com', () => {
      expect(emails('jane(x)bob@acme.com, carol@acme.com')).toEqual(['carol@acme.com']);
      expect(inputs('jane(x)bob@acme.com, carol@acme.com')).toEqual(['jane(x)bob@acme.com']);
    });
  });

  describe('family 2: a comment that follows no address is read or reported, never dropped', () => {
    it('reads a comment that holds one address like <address>, named by the words before it', () => {
      expect(parseEmailList('(jane@acme.com)').entries).toEqual([{ email: 'jane@acme.com' }]);
      expect(parseEmailList('Jane Doe (jane@acme.com)').entries).toEqual([{ email: 'jane@acme.com', name: 'Jane Doe' }]);
      const outlook = parseEmailList('Doe, Jane (jane@acme.com); bob@acme.com');
      expect(outlook.entries).toEqual([{ email: 'jane@acme.com', name: 'Doe, Jane' }, { email: 'bob@acme.com' }]);
      expect(outlook.invalid).toEqual([]);
    });

    it('reports a comment that holds anything else, with the words around it', () => {
      expect(inputs('(jane@acme.com, bob@acme.com)')).toEqual(['(jane@acme.com, bob@acme.com)']);
      expect(inputs('Jane Doe (Sales); bob@acme.com')).toEqual(['Jane Doe (Sales)']);
      expect(inputs('(jane@acme)')).toEqual(['(jane@acme)']);
    });

    it('keeps a comment after an address with that address (Name <address> (comment))', () => {
      const text = 'Jane <jane@acme.com> (Sales, EMEA); bob@acme.com (Bob)';
      const tokens = parseEmailTokens(text);
      expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['Jane <jane@acme.com> (Sales, EMEA)', 'bob@acme.com (Bob)']);
      expect(parseEmailList(text).entries).toEqual([{ email: 'jane@acme.com', name: 'Jane' }, { email: 'bob@acme.com', name: 'Bob' }]);
    });

    it('reads nested comments whole: no stray ")" token', () => {
      const result = parseEmailList('jane@acme.com (Jane (Sales)), bob@acme.com (outer (nested) comment)');
      expect(result.entries).toEqual([{ email: 'jane@acme.com', name: 'Jane (Sales)' }, { email: 'bob@acme.com', name: 'outer (nested) comment' }]);
      expect(result.invalid).toEqual([]);
    });

    it('reads an unclosed "(" as an ordinary character of its token', () => {
      expect(emails('user@example.com (comment')).toEqual(['user@example.com']);
      expect(inputs('user@example.com (comment')).toEqual(['(comment']);
    });
  });

  describe('family 3: invisible characters never split a token', () => {
    it.each([
      ['BOM', '\uFEFF'],
      ['zero-width space', '\u200B'],
      ['soft hyphen', '\u00AD'],
      ['right-to-left override', '\u202E'],
      ['Mongolian vowel separator', '\u180E'],
    ])('a %s inside a token makes the whole token invalid', (_, invisible) => {
      const text = `bo${invisible}b@acme.com, jane@ac${invisible}me.com`;
      const result = parseEmailList(text);
      expect(result.entries).toEqual([]);
      expect(result.invalid.map((token) => [token.input, token.message])).toEqual([
        [`bo${invisible}b@acme.com`, expect.stringMatching(/invisible/i)],
        [`jane@ac${invisible}me.com`, expect.stringMatching(/invisible/i)],
      ]);
    });

    it("strips invisible characters at a token's edges, and a token of nothing else is nothing", () => {
      expect(parseEmailList('\uFEFFjane@acme.com\u200B, \u202Ebob@acme.com\uFEFF, \uFEFF\u200B')).toEqual({
        entries: [{ email: 'jane@acme.com' }, { email: 'bob@acme.com' }],
        invalid: [],
        duplicates: [],
      });
    });

    it.each([
      ['NEL', '\u0085'],
      ['LINE SEPARATOR', '\u2028'],
      ['PARAGRAPH SEPARATOR', '\u2029'],
    ])('%s is a line break: it separates, and ends a table row', (_, lineBreak) => {
      expect(emails(`a@x.com${lineBreak}b@x.com`)).toEqual(['a@x.com', 'b@x.com']);
      expect(parseEmailList(`email,role${lineBreak}a@x.com,admin${lineBreak}b@x.com,billing`).entries).toEqual([
        { email: 'a@x.com', roleSlugs: ['admin'] },
        { email: 'b@x.com', roleSlugs: ['billing'] },
      ]);
    });

    it('normalizeListText gives the text the ranges point into', () => {
      expect(normalizeListText('a\r\nb\rc\u0085d\u2028e u\u0308')).toBe('a\nb\nc\nd\ne \u00FC');
    });
  });

  describe('family 4: tables read every cell with an address and report the rest', () => {
    it('reads a one-column header as a label over free text', () => {
      const result = parseEmailList('Email\nJane <jane@x.co>, bob@y.co, carol@z.co\nDoe, Jane <jane2@x.co>');
      expect(result.entries).toEqual([
        { email: 'jane@x.co', name: 'Jane' },
        { email: 'bob@y.co' },
        { email: 'carol@z.co' },
        { email: 'jane2@x.co', name: 'Doe, Jane' },
      ]);
      expect(result.invalid).toEqual([]);
    });

    it('reads a cell beyond the header with an address on its own, and reports one without', () => {
      const result = parseEmailList('email;role\na@x.com;admin;b@x.com;extra');
      expect(result.entries).toEqual([{ email: 'a@x.com', roleSlugs: ['admin'] }, { email: 'b@x.com' }]);
      expect(result.invalid).toEqual([{ input: 'extra', code: 'invite.invalid_email', message: 'This cell is not an address, nor its name or role.', reason: 'cell_not_read' }]);
    });

    it('names an entry from first and last name columns, and leaves columns it does not use alone', () => {
      const result = parseEmailList('First Name,Last Name,E-mail Address,Phone\nJane,Doe,jane@acme.com,555-0100');
      expect(result).toEqual({ entries: [{ email: 'jane@acme.com', name: 'Jane Doe' }], invalid: [], duplicates: [] });
    });

    it('keeps the name and roles of a row whose address is invalid on its invalid token', () => {
      expect(parseEmailList('name,email,role\nJane Doe,jane@acme,admin').invalid).toEqual([
        { input: 'jane@acme', code: 'invite.invalid_email', message: expect.stringMatching(/no dot/i), reason: 'domain_no_dot', name: 'Jane Doe', roleSlugs: ['admin'] },
      ]);
      expect(parseEmailList('Jane Doe\tjane@acme\tadmin').invalid).toEqual([
        { input: 'jane@acme', code: 'invite.invalid_email', message: expect.stringMatching(/no dot/i), reason: 'domain_no_dot', name: 'Jane Doe', roleSlugs: ['admin'] },
      ]);
    });

    it('reads every name cell left of a spreadsheet address, and reports a cell that is none of address, name, role', () => {
      const result = parseEmailList('Jane\tDoe\tjane@acme.com\tadmin\tnotes\nBob\tbob@acme.com');
      expect(result.entries).toEqual([
        { email: 'jane@acme.com', name: 'Jane Doe', roleSlugs: ['admin'] },
        { email: 'bob@acme.com', name: 'Bob' },
      ]);
      expect(result.invalid.map((token) => token.input)).toEqual(['notes']);
    });

    it('reads the address of a "Last, First" <address> cell that CSV splits at its comma', () => {
      expect(emails('Email,Name\n"Doe, Jane" <jane@x.com>,Jane')).toEqual(['jane@x.com']);
    });

    it('gives the header its range, the first token of a row the whole row, the others their cell', () => {
      const text = 'email;role\na@x.com;admin;b@x.com\n"c@x.com";member';
      const reading = readEmailList(text);
      expect(reading.header).toEqual({ start: 0, end: 10 });
      expect(reading.tokens.map((token) => text.slice(token.start, token.end))).toEqual(['a@x.com;admin;b@x.com', 'b@x.com', '"c@x.com";member']);
    });
  });

  describe('family 5: an xn-- domain gets the checks of its Unicode form', () => {
    it('rejects a look-alike whichever form it is typed in', () => {
      for (const text of ['a@p\u0430ypal.com', 'a@xn--pypal-4ve.com', 'a@XN--PYPAL-4VE.COM']) {
        expect(parseEmailList(text).invalid[0]?.message, text).toMatch(/mixes scripts/);
      }
    });

    it('rejects a label that is not punycode, and reads a real one as its Unicode twin', () => {
      expect(parseEmailList('a@xn--0.tld').invalid[0]?.message).toMatch(/not a valid internationalized name/);
      const result = parseEmailList('a@bücher.de, A@xn--bcher-kva.de');
      expect(result.entries).toEqual([{ email: 'a@xn--bcher-kva.de' }]);
      expect(result.duplicates).toEqual(['A@xn--bcher-kva.de']);
    });
  });

  describe('family 6: a token longer than any address is rejected before any other work', () => {
    it(`reports a token over ${MAX_EMAIL_TOKEN_LENGTH} characters as too long, whatever it holds`, () => {
      for (const token of ['a'.repeat(MAX_EMAIL_TOKEN_LENGTH + 1), `${'(('.repeat(600)}@x.com`, `Jane ${'x '.repeat(600)}<jane@acme.com>`]) {
        const result = parseEmailList(`${token}, bob@acme.com`);
        expect(result.entries).toEqual([{ email: 'bob@acme.com' }]);
        expect(result.invalid).toEqual([
          { input: token, code: 'invite.invalid_email', message: expect.stringMatching(/longer than any address can be/), reason: 'too_long', params: { max: MAX_EMAIL_TOKEN_LENGTH } },
        ]);
      }
    });

    it('reads the shapes that used to take seconds, and reports them', () => {
      const shapes = ['('.repeat(20_000), '(a'.repeat(10_000), '\\"'.repeat(10_000), '(<"'.repeat(7_000), '<<‹'.repeat(7_000), `é${' '.repeat(20_000)}x`];
      for (const text of shapes) {
        const { invalid } = parseEmailList(text);
        expect(invalid.length).toBeGreaterThan(0);
        expect(invalid.every((token) => token.message !== '')).toBe(true);
      }
    });
  });

  describe('decisions where DESIGN.md is silent (see parseEmailList\'s JSDoc)', () => {
    it('reads an unclosed "(" as ordinary, and so every "(" after it on its line', () => {
      expect(parseEmailList('((a) x@y.com')).toEqual({ entries: [{ email: 'x@y.com' }], invalid: [expect.objectContaining({ input: '((a)' })], duplicates: [] });
      expect(emails('(a\n(b) x@y.com')).toEqual(['x@y.com']);
      expect(parseEmailList('(a\nx@y.com (b)').entries).toEqual([{ email: 'x@y.com', name: 'b' }]);
    });

    it('starts a new word after an angle, and reads a bare address before one as an address of its own', () => {
      expect(parseEmailList('Doe, John <john@x.com>Junior').invalid.map((token) => token.input)).toEqual(['Junior']);
      expect(parseEmailList('bob@x.com <bob@x.com>')).toEqual({ entries: [{ email: 'bob@x.com' }], invalid: [], duplicates: ['bob@x.com'] });
    });

    it('does not try a first line longer than any header as one', () => {
      const text = `email,${'x,'.repeat(6000)}\njane@acme.com`;
      const reading = readEmailList(text);
      expect(reading.header).toBeUndefined();
      expect(parseEmailList(text).entries).toEqual([{ email: 'jane@acme.com' }]);
    });

    it('reads quotes typed around nothing in a table as text, reported like any other unread cell', () => {
      expect(parseEmailList('jane@acme.com\tadmin\t""').invalid.map((token) => token.input)).toEqual(['""']);
    });

    it('gives a role to the email column\'s addresses only, never to an address from another cell', () => {
      expect(parseEmailList('email,role,backup\na@x.com,admin,b@x.com').entries).toEqual([{ email: 'a@x.com', roleSlugs: ['admin'] }, { email: 'b@x.com' }]);
    });
  });

  describe('isInsideGroup: the dialog\'s "is this comma inside the address being typed?"', () => {
    it.each([
      ['"Doe, Jane', true],
      ['"Doe, Jane" <jane', true],
      ['jane@acme.com (Jane', true],
      ['jane@acme.com (Jane (Sales)', true],
      ['"a \\" b', true],
      ['Jane <jane@acme.com>', false],
      ['jane@acme.com (Jane)', false],
      ['"Doe, Jane"', false],
      ['a < b < c>', false],
      ['"open\nnext line', false],
      ['', false],
    ])('%j → %s', (text, inside) => {
      expect(isInsideGroup(text)).toBe(inside);
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
      expect(result.invalid).toEqual([{ input: ',admin', code: 'invite.invalid_email', message: 'This row has no email address.', reason: 'row_without_email' }]);
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
        { input: 'hello', code: 'invite.invalid_email', message: expect.stringMatching(/missing @/i), reason: 'missing_at' },
        { input: 'bob@acme', code: 'invite.invalid_email', message: expect.stringMatching(/no dot/i), reason: 'domain_no_dot' },
        { input: 'ja..ne@acme.com', code: 'invite.invalid_email', message: expect.stringMatching(/two dots/i), reason: 'local_double_dot' },
      ]);
    });

    it('reports a name that no address claims as one token', () => {
      const result = parseEmailList('Jane Doe; bob@acme.com');
      expect(result.invalid.map((i) => i.input)).toEqual(['Jane Doe']);
    });

    it('reports a name with a broken address as the whole thing typed', () => {
      const result = parseEmailList('Jane Doe <jane@acme>');
      expect(result.invalid).toEqual([{ input: 'Jane Doe <jane@acme>', code: 'invite.invalid_email', message: expect.stringMatching(/no dot/i), reason: 'domain_no_dot' }]);
    });

    it('strips invisible characters at the edges and rejects them inside', () => {
      const result = parseEmailList('\uFEFF\u200Bjane@acme.com\u200B, bo\u200Bb@acme.com');
      expect(result.entries.map((e) => e.email)).toEqual(['jane@acme.com']);
      expect(result.invalid).toEqual([{ input: 'bo\u200Bb@acme.com', code: 'invite.invalid_email', message: expect.stringMatching(/invisible/i), reason: 'invisible_char' }]);
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
        { type: 'invalid', token: { input: 'hello', code: 'invite.invalid_email', message: expect.stringMatching(/missing @/i), reason: 'missing_at' }, start: 0, end: 5 },
        { type: 'entry', entry: { email: 'jane@acme.com', name: 'Jane' }, start: 7, end: 27 },
        { type: 'duplicate', email: 'JANE@acme.com', start: 29, end: 42 },
        { type: 'invalid', token: { input: 'bob@', code: 'invite.invalid_email', message: expect.stringMatching(/nothing after/i), reason: 'empty_domain' }, start: 44, end: 48 },
      ]);
      expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['hello', 'Jane <jane@acme.com>', 'JANE@acme.com', 'bob@']);
    });
  });

  describe('readEmailList with maxEntries: only what can be used is read', () => {
    const slices = (text: string, tokens: Array<{ start: number; end: number }>) => tokens.map((token) => text.slice(token.start, token.end));

    it('stops before the token past the limit and says where it starts; repeats do not count', () => {
      const text = 'a@x.com, A@x.com; Doe, Jane <jane@x.com>, nope, b@x.com';
      const first = readEmailList(text, { maxEntries: 2 });
      expect(slices(text, first.tokens)).toEqual(['a@x.com', 'A@x.com', 'Doe, Jane <jane@x.com>']);
      // The rest starts where the next token does: the name words before an address are its own.
      expect(text.slice(first.rest)).toBe('nope, b@x.com');
      const next = readEmailList(text, { from: first.rest });
      expect(next.rest).toBeUndefined();
      expect(next.tokens.map((token) => token.type)).toEqual(['invalid', 'entry']);
    });

    it('reads nothing more once the limit is reached, however long the text', () => {
      const text = Array.from({ length: 50_000 }, (_, i) => `user${i}@example.com`).join(', ');
      const { tokens, rest } = readEmailList(text, { maxEntries: 3 });
      expect(tokens).toHaveLength(3);
      expect(text.slice(rest, rest! + 19)).toBe('user3@example.com, ');
    });

    it('counts addresses listed before as duplicates, not against the limit', () => {
      const reading = readEmailList('a@x.com, b@x.com, c@x.com', { maxEntries: 1, listed: ['a@x.com', 'b@x.com'] });
      expect(reading.tokens.map((token) => token.type)).toEqual(['duplicate', 'duplicate', 'entry']);
      expect(reading.rest).toBeUndefined();
    });

    it('stops a table at a row, keeps its header, and reads the rest under the same columns', () => {
      const text = 'Email,Role,Backup\nana@x.com,admin\nbo@x.com,billing,cy@x.com\ndi@x.com,owner';
      // Bo's row holds two addresses: it does not fit in one place, so it goes whole.
      const first = readEmailList(text, { maxEntries: 2 });
      expect(first.tokens.map((token) => token.type === 'entry' && token.entry.email)).toEqual(['ana@x.com']);
      expect(first.header).toEqual({ start: 0, end: 17 });
      expect(text.slice(first.rest)).toBe('bo@x.com,billing,cy@x.com\ndi@x.com,owner');
      const next = readEmailList(text, { from: first.rest });
      expect(next.tokens.map((token) => token.type === 'entry' && [token.entry.email, token.entry.roleSlugs])).toEqual([
        ['bo@x.com', ['billing']],
        ['cy@x.com', undefined],
        ['di@x.com', ['owner']],
      ]);
    });

    it('reads the rest of a spreadsheet paste as a spreadsheet, even when its first row looks like a header', () => {
      const text = 'ana@x.com\tadmin\nemail\trole\nbo@x.com\tbilling';
      const first = readEmailList(text, { maxEntries: 1 });
      const next = readEmailList(text, { from: first.rest });
      expect(next.header).toBeUndefined();
      expect(next.tokens.map((token) => (token.type === 'invalid' ? token.token.message : token.type))).toEqual(['This row has no email address.', 'entry']);
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
