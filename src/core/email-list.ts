/**
 * Turns whatever a person pasted — a column from a spreadsheet, a line from an email client, a CSV
 * export — into entries, and says what it could not read. Nothing typed disappears silently: every
 * token ends up as an entry, an invalid token with its reason, or a counted duplicate.
 */
import { checkEmail, trimToken } from './email';

/** One address read from the text. */
export interface ParsedEmailEntry {
  /** The normalized address (see `normalizeEmail`). */
  email: string;
  /** A display name that came with it (`Jane Doe <jane@x.com>`, a name column, a comment). */
  name?: string;
  /** Roles from a role column or cell, or `defaultRoleSlugs`. Absent when neither applies. */
  roleSlugs?: string[];
}

/** A token that is not an address, as it was typed, with the reason. */
export interface InvalidEmailToken {
  input: string;
  code: 'invite.invalid_email';
  message: string;
}

/** What {@link parseEmailList} found. */
export interface ParseEmailListResult {
  /** Valid addresses, normalized; the first occurrence of each is kept with its spelling. */
  entries: ParsedEmailEntry[];
  /** Tokens that are not addresses. */
  invalid: InvalidEmailToken[];
  /** Normalized addresses dropped because they were already in the list. */
  duplicates: string[];
}

/** Options for {@link parseEmailList}. */
export interface ParseEmailListOptions {
  /** Roles for entries that do not come with their own (no role column or cell). */
  defaultRoleSlugs?: string[];
}

/** One token of a paste, in the order it was typed (see {@link parseEmailTokens}). */
export type EmailListToken =
  | { type: 'entry'; entry: ParsedEmailEntry }
  | { type: 'invalid'; token: InvalidEmailToken }
  | { type: 'duplicate'; email: string };

interface Defaults {
  name?: string;
  roleSlugs?: string[];
}

const EMAIL_HEADERS = new Set(['email', 'e-mail', 'email address', 'e-mail address', 'emails', 'mail', 'email_address']);
const ROLE_HEADERS = new Set(['role', 'roles', 'role_slugs', 'role slugs']);
const NAME_HEADERS = new Set(['name', 'full name', 'display name', 'full_name']);

/**
 * Reads a paste into entries. Understands separators (comma, semicolon, newlines, tabs, any
 * Unicode space, `，`, `、`, `；`), the forms `Name <address>`, `"Last, First" <address>`,
 * Outlook's `Last, First <address>`, `mailto:address`, `address (comment)`, and tables: a CSV or
 * TSV with a header row naming an email column (and optionally role and name columns), or a
 * spreadsheet paste whose rows hold an address cell and a role cell to its right.
 * Never throws.
 * @example
 * parseEmailList('Doe, Jane <jane@acme.com>; bob@acme.com, nope')
 * // entries: [{ email: 'jane@acme.com', name: 'Doe, Jane' }, { email: 'bob@acme.com' }]
 * // invalid: [{ input: 'nope', code: 'invite.invalid_email', message: 'Missing @ …' }]
 */
export function parseEmailList(text: string, options: ParseEmailListOptions = {}): ParseEmailListResult {
  const result: ParseEmailListResult = { entries: [], invalid: [], duplicates: [] };
  for (const token of parseEmailTokens(text, options)) {
    if (token.type === 'entry') result.entries.push(token.entry);
    else if (token.type === 'invalid') result.invalid.push(token.token);
    else result.duplicates.push(token.email);
  }
  return result;
}

/**
 * The same reading as {@link parseEmailList}, as one list in the order things were typed — for a
 * UI that shows valid and invalid tokens where the person put them.
 */
export function parseEmailTokens(text: string, options: ParseEmailListOptions = {}): EmailListToken[] {
  return read(text, options).tokens;
}

function read(text: string, options: ParseEmailListOptions): Collector {
  const out = createCollector(options.defaultRoleSlugs);
  if (typeof text !== 'string' || text === '') return out;
  const normalized = text.normalize('NFC').replace(/\r\n?/g, '\n');
  if (!readTable(normalized, out)) readFreeText(normalized, out, {});
  return out;
}

// ---------------------------------------------------------------------------------------------
// Collecting results
// ---------------------------------------------------------------------------------------------

interface Collector {
  tokens: EmailListToken[];
  candidate(raw: string, address: string, defaults: Defaults, name?: string): void;
  reject(raw: string, message?: string): void;
}

function createCollector(defaultRoleSlugs?: string[]): Collector {
  const tokens: EmailListToken[] = [];
  const seen = new Set<string>();
  return {
    tokens,
    candidate(raw, address, defaults, name) {
      const checked = checkEmail(stripMailto(address));
      if (!checked.ok) {
        tokens.push({ type: 'invalid', token: { input: trimToken(raw), code: checked.code, message: checked.message } });
        return;
      }
      const key = checked.email.toLowerCase();
      if (seen.has(key)) {
        tokens.push({ type: 'duplicate', email: checked.email });
        return;
      }
      seen.add(key);
      const entry: ParsedEmailEntry = { email: checked.email };
      const entryName = name || defaults.name;
      if (entryName) entry.name = entryName;
      const roles = defaults.roleSlugs ?? defaultRoleSlugs;
      if (roles) entry.roleSlugs = [...roles];
      tokens.push({ type: 'entry', entry });
    },
    reject(raw, message) {
      const input = trimToken(raw);
      if (input === '') return;
      const checked = checkEmail(input);
      tokens.push({
        type: 'invalid',
        token: { input, code: 'invite.invalid_email', message: message ?? (checked.ok ? 'This is not an email address on its own.' : checked.message) },
      });
    },
  };
}

function stripMailto(address: string): string {
  const trimmed = trimToken(address);
  // Check the first letter before the regex: this runs once per address.
  const first = trimmed.charCodeAt(0) | 0x20;
  if (first !== 0x6d || !/^mailto:/i.test(trimmed)) return trimmed;
  const rest = trimmed.slice(7);
  const query = rest.indexOf('?');
  return query === -1 ? rest : rest.slice(0, query);
}

// ---------------------------------------------------------------------------------------------
// Free text
// ---------------------------------------------------------------------------------------------

/** How strongly two words are separated: nothing, a space, a comma, or a line/semicolon/tab. */
const Sep = { None: 0, Soft: 1, Comma: 2, Hard: 3 } as const;
type Sep = (typeof Sep)[keyof typeof Sep];

// What each character separates, by code: 0 nothing, else a Sep. Looked up per character, since a
// paste can be 10,000 addresses long.
const ASCII_SEPARATORS = new Uint8Array(128);
ASCII_SEPARATORS[0x20] = Sep.Soft;
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x3b]) ASCII_SEPARATORS[c] = Sep.Hard;
ASCII_SEPARATORS[0x2c] = Sep.Comma;
const WIDE_SEPARATORS = new Map<number, Sep>([
  [0xff0c, Sep.Comma], // ，
  [0x3001, Sep.Comma], // 、
  [0xff1b, Sep.Hard], // ；
  [0x060c, Sep.Comma], // ، (Arabic comma)
  [0x061b, Sep.Hard], // ؛ (Arabic semicolon)
]);

function separator(code: number): Sep {
  if (code < 128) return ASCII_SEPARATORS[code] as Sep;
  const wide = WIDE_SEPARATORS.get(code);
  if (wide !== undefined) return wide;
  // Any other Unicode space: NBSP, the en/em spaces, ideographic space, BOM …
  return /\s/.test(String.fromCharCode(code)) ? Sep.Soft : Sep.None;
}

// A run of plain-word characters, matched natively.
const PLAIN = /[^\s,;\uFF0C\u3001\uFF1B\u060C\u061B"<(]+/y;

type WordKind = 'plain' | 'quoted' | 'angle' | 'comment';

/** A word waiting to become part of a display name. */
interface Word {
  kind: WordKind;
  start: number;
  end: number;
}

function findClose(text: string, from: number, close: string): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return -1;
    if (close === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c === close) return i;
    // A second opener before the closer: the first one is a stray character, not a bracket.
    if (close === '>' && c === '<') return -1;
  }
  return -1;
}

type WordVisitor = (kind: WordKind, start: number, end: number, before: Sep) => void;

/** Walks the words of `text`, calling `visit` for each (no array: a paste can hold 10,000). */
function scanWords(text: string, visit: WordVisitor): void {
  let before: Sep = Sep.Hard;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const sep = separator(code);
    if (sep !== Sep.None) {
      // Keep the strongest separator seen since the last word.
      if (sep > before || before === Sep.None) before = sep;
      i++;
      continue;
    }
    const close = code === 0x22 ? '"' : code === 0x3c ? '>' : code === 0x28 ? ')' : '';
    let j = i;
    if (close) {
      const end = findClose(text, i + 1, close);
      // `"quoted"@domain` is one (quoted-local-part) token, not a name and an address.
      if (end !== -1 && !(close === '"' && text[end + 1] === '@')) {
        visit(close === '"' ? 'quoted' : close === '>' ? 'angle' : 'comment', i, end + 1, before);
        before = Sep.None;
        i = end + 1;
        continue;
      }
      // A stray opener, or the quoted local part: read on as a plain word.
      j = close === '"' && end !== -1 ? end + 1 : i + 1;
    }
    PLAIN.lastIndex = j;
    if (PLAIN.exec(text)) j = PLAIN.lastIndex;
    visit('plain', i, j, before);
    before = Sep.None;
    i = j;
  }
}

function wordText(text: string, word: Word): string {
  const raw = text.slice(word.start, word.end);
  if (word.kind === 'plain') return raw;
  const inner = raw.slice(1, -1);
  return word.kind === 'quoted' ? inner.replace(/\\(.)/g, '$1') : inner;
}

/**
 * Reads free text. Words without an address gather as a display name until an `<address>` claims
 * them; Outlook's `Last, First <address>` is a name split by a comma, so a comma-separated run of
 * name words is carried into the next segment. Name words that no address claims are reported.
 */
function readFreeText(text: string, out: Collector, defaults: Defaults): void {
  let pending: Word[] = [];
  let carry: Word[] = [];
  // A bare address waits one word, in case an `(comment)` naming it follows.
  let heldStart = -1;
  let heldEnd = -1;
  let heldName: string | undefined;

  const flushHeld = () => {
    if (heldStart === -1) return;
    const address = text.slice(heldStart, heldEnd);
    out.candidate(address, address, defaults, heldName);
    heldStart = -1;
    heldName = undefined;
  };
  const rejectRun = (run: Word[]) => {
    if (run.length) out.reject(text.slice(run[0]!.start, run[run.length - 1]!.end));
  };
  const nameOf = (run: Word[]) =>
    run
      .map((word) => wordText(text, word).trim())
      .filter(Boolean)
      .join(' ');

  scanWords(text, (kind, start, end, before) => {
    const boundary = before === Sep.Comma || before === Sep.Hard;
    if (kind === 'comment' && heldStart !== -1 && !boundary) {
      heldName ??= text.slice(start + 1, end - 1).trim() || undefined;
      return;
    }
    flushHeld();
    if (boundary && (carry.length || pending.length)) {
      rejectRun(carry);
      carry = [];
      if (before === Sep.Comma) carry = pending;
      else rejectRun(pending);
      pending = [];
    }
    if (kind === 'angle') {
      const first = carry[0] ?? pending[0];
      const carried = carry.length ? nameOf(carry) : '';
      const own = nameOf(pending);
      const name = carried && own ? `${carried}, ${own}` : carried || own;
      out.candidate(text.slice(first?.start ?? start, end), text.slice(start + 1, end - 1), defaults, name || undefined);
      carry = [];
      pending = [];
    } else if (kind === 'plain' && isAddressWord(text, start, end)) {
      if (carry.length || pending.length) {
        rejectRun(carry);
        rejectRun(pending);
        carry = [];
        pending = [];
      }
      heldStart = start;
      heldEnd = end;
    } else if (kind !== 'comment') {
      pending.push({ kind, start, end });
    }
  });
  flushHeld();
  rejectRun(carry);
  rejectRun(pending);
}

function isAddressWord(text: string, start: number, end: number): boolean {
  const at = text.indexOf('@', start);
  return at !== -1 && at < end;
}

// ---------------------------------------------------------------------------------------------
// Tables: CSV/TSV with a header row, or a spreadsheet paste
// ---------------------------------------------------------------------------------------------

/** Splits delimited text into rows of cells; quotes per RFC 4180 where a cell is wholly quoted. */
function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    let quoted = false;
    if (text[i] === '"') {
      // A wholly quoted cell: the closing quote is followed by a delimiter, a newline or the end.
      let j = i + 1;
      let value = '';
      for (; j < text.length; j++) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j++;
          } else break;
        } else value += text[j];
      }
      const after = text[j + 1];
      if (j < text.length && (after === undefined || after === delimiter || after === '\n')) {
        cell = value;
        quoted = true;
        i = j + 1;
      }
    }
    if (!quoted) {
      let j = i;
      while (j < text.length && text[j] !== delimiter && text[j] !== '\n') j++;
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= text.length) {
      rows.push(row);
      return rows;
    }
    if (text[i] === '\n') {
      rows.push(row);
      row = [];
    }
    i++;
    if (i >= text.length) {
      if (text[i - 1] === delimiter) row.push('');
      if (row.length) rows.push(row);
      return rows;
    }
  }
}

const headerName = (cell: string) => cell.trim().replace(/^"|"$/g, '').trim().toLowerCase();

/** Reads a role cell: trimmed, lower-cased, split on spaces, `|` or commas; empty means member. */
function roleCell(cell: string | undefined): string[] {
  const slugs = (cell ?? '').trim().toLowerCase().split(/[\s|,]+/).filter(Boolean);
  return slugs.length ? slugs : ['member'];
}

const isBlankRow = (cells: string[]) => cells.every((cell) => cell.trim() === '');

function readTable(text: string, out: Collector): boolean {
  const firstBreak = text.search(/\S/);
  if (firstBreak === -1) return false;
  const lineEnd = text.indexOf('\n', firstBreak);
  const firstLine = text.slice(text.lastIndexOf('\n', firstBreak) + 1, lineEnd === -1 ? undefined : lineEnd);

  if (!firstLine.includes('@')) {
    for (const delimiter of ['\t', ',', ';']) {
      if (delimiter !== ',' && !firstLine.includes(delimiter)) continue;
      const header = parseDelimited(firstLine, delimiter)[0]!.map(headerName);
      const emailColumn = header.findIndex((name) => EMAIL_HEADERS.has(name));
      if (emailColumn === -1) continue;
      const roleColumn = header.findIndex((name) => ROLE_HEADERS.has(name));
      const nameColumn = header.findIndex((name) => NAME_HEADERS.has(name));
      const body = lineEnd === -1 ? '' : text.slice(lineEnd + 1);
      if (body.trim() === '') return true;
      for (const cells of parseDelimited(body, delimiter)) {
        if (isBlankRow(cells)) continue;
        const emailCell = cells[emailColumn] ?? '';
        if (emailCell.trim() === '') {
          out.reject(cells.join(delimiter === '\t' ? '\t' : delimiter), 'This row has no email address.');
          continue;
        }
        const defaults: Defaults = {};
        if (roleColumn !== -1) defaults.roleSlugs = roleCell(cells[roleColumn]);
        const name = nameColumn === -1 ? '' : (cells[nameColumn] ?? '').trim();
        if (name) defaults.name = name;
        readFreeText(emailCell, out, defaults);
      }
      return true;
    }
  }

  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0 || !lines.every((line) => line.includes('\t'))) return false;
  for (const cells of parseDelimited(lines.join('\n'), '\t')) readSpreadsheetRow(cells, out);
  return true;
}

/**
 * One spreadsheet row: each cell with an `@` is read as addresses; the cell right of an address
 * without an `@` is its role cell; the nearest free cell to the left of the first address is the
 * name. A row with text but no address is reported.
 */
function readSpreadsheetRow(cells: string[], out: Collector): void {
  if (isBlankRow(cells)) return;
  const hasAt = cells.map((cell) => cell.includes('@'));
  if (!hasAt.includes(true)) {
    out.reject(cells.filter((cell) => cell.trim() !== '').join('\t'), 'This row has no email address.');
    return;
  }
  const used = new Set<number>();
  cells.forEach((cell, index) => {
    if (!hasAt[index]) return;
    const defaults: Defaults = {};
    const right = index + 1;
    if (right < cells.length && !hasAt[right]) {
      defaults.roleSlugs = roleCell(cells[right]);
      used.add(right);
    }
    for (let left = index - 1; left >= 0 && !hasAt[left]; left--) {
      if (used.has(left)) break;
      const name = cells[left]!.trim();
      if (name) {
        defaults.name = name;
        used.add(left);
        break;
      }
    }
    readFreeText(cell, out, defaults);
  });
}
