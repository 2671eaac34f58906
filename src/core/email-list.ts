/**
 * Turns whatever a person pasted — a column from a spreadsheet, a line from an email client, a CSV
 * export — into entries, and says what it could not read. Nothing typed disappears silently: every
 * token ends up as an entry, an invalid token with its reason, or a counted duplicate.
 */
import { isInvisibleCode, isSpaceCode } from './chars';
import { MAX_EMAIL_TOKEN_LENGTH, checkEmail, trimToken } from './email';

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
  /** The name a table row gave it (its name cells), kept so fixing the address keeps the name. */
  name?: string;
  /** The roles a table row gave it (its role cell), kept so fixing the address keeps the roles. */
  roleSlugs?: string[];
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

/**
 * Where a token came from: UTF-16 offsets into the text as the parser read it
 * ({@link normalizeListText} of the input), `end` exclusive. In free text the range covers all
 * that made the token: name words, the address, a comment naming it. In a table, the first token
 * of a row covers the whole row (its name and role cells, and cells the kit does not use); the
 * row's other tokens cover the part of their cell they were read from (the whole cell when the cell
 * is in RFC 4180 quotes).
 */
export interface EmailListRange {
  start: number;
  end: number;
}

/** One token of a paste, in the order it was typed (see {@link parseEmailTokens}). */
export type EmailListToken =
  | ({ type: 'entry'; entry: ParsedEmailEntry } & EmailListRange)
  | ({ type: 'invalid'; token: InvalidEmailToken } & EmailListRange)
  | ({ type: 'duplicate'; email: string } & EmailListRange);

/** The header row of a table paste (see {@link readEmailList}). */
export interface EmailListHeader extends EmailListRange {
  /** The column names as typed, trimmed. */
  columns: string[];
}

/** Everything {@link readEmailList} read from a paste. */
export interface EmailListReading {
  /** The text the ranges point into: {@link normalizeListText} of the input. */
  text: string;
  /** The tokens in the order they were typed. */
  tokens: EmailListToken[];
  /** The header row, when the paste is a table with one (it is read as a header, not reported). */
  header?: EmailListHeader;
}

const EMAIL_HEADERS = new Set(['email', 'e-mail', 'email address', 'e-mail address', 'emails', 'mail', 'email_address']);
const ROLE_HEADERS = new Set(['role', 'roles', 'role_slugs', 'role slugs']);
const NAME_HEADERS = new Set(['name', 'full name', 'display name', 'full_name']);
const FIRST_NAME_HEADERS = new Set(['first name', 'first_name', 'given name']);
const LAST_NAME_HEADERS = new Set(['last name', 'last_name', 'surname', 'family name']);

/**
 * The text as the parser reads it: NFC-normalized, and every line break (CRLF, lone CR, U+0085
 * NEXT LINE, U+2028, U+2029) a single LF. Token ranges point into this string.
 * @example normalizeListText('a@x.com\r\nb@x.com') // 'a@x.com\nb@x.com'
 */
export function normalizeListText(text: string): string {
  return typeof text === 'string' ? text.normalize('NFC').replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n') : '';
}

/**
 * Reads a paste into entries. Never throws, and takes time linear in the length of the text
 * whatever it holds. The grammar, over {@link normalizeListText} of the text:
 *
 * ```
 * text      = *( separator / word / angle )
 * separator = hard / comma / space
 * hard      = LF / TAB / VT / FF / ";" / "；" / "؛"
 * comma     = "," / "，" / "、" / "،"
 * space     = any Unicode White_Space (NBSP, ideographic space …), but not U+FEFF
 * word      = 1*( run / quoted / comment )     ; pieces glued together, no separator between
 * run       = 1*( any other character )        ; an opener that does not close is an ordinary
 *                                              ; character, and so is a stray ")" or ">"
 * quoted    = DQUOTE *( "\" char / char but DQUOTE ) DQUOTE   ; closes on its own line
 * comment   = "(" *( comment / char but "(" ")" ) ")"         ; nests; closes on its own line
 * angle     = "<" *( char but "<" ">" ) ">"    ; on its own line; always a word of its own
 * ```
 *
 * Separators inside a quoted string, a comment or angle brackets do not split. Invisible
 * characters (BOM, zero-width spaces, bidi controls) are never separators: inside a token they
 * make it invalid, at its edges they are stripped. A line ends every group, so an unclosed quote
 * or bracket costs at most its own line.
 *
 * The words then make tokens, each one entry, one invalid token or one duplicate:
 * - `Name <address> (comment)`: the words before an angle are its display name; a comma between
 *   them is Outlook's `Last, First <address>`. A `(comment)` right after an address (no comma
 *   between) belongs to it and names it when nothing else does.
 * - a word with an `@` outside its quotes and comments is an address: `jane@x.com`,
 *   `mailto:jane@x.com?subject=Hi`. A comment glued to either end of it is its comment
 *   (`jane@x.com(Jane)`); a comment or quoted string inside it keeps the word one token, which is
 *   then invalid as a whole (`a(b)c@x.com`, `"foo"bar@x.com`): no fragment becomes an address.
 * - `Name (address)`: a comment that follows no address and holds one address and nothing else is
 *   read like `<address>`. A comment holding anything else stays part of the words around it.
 * - words that no address claims (a name without address, `"quoted" a@x.com`'s `"quoted"`) are
 *   reported as one invalid token per run of words between separators.
 * - a token longer than {@link MAX_EMAIL_TOKEN_LENGTH} characters is invalid without more work.
 *
 * Tables come first: a first line with no `@` that names an email column (`email`, `e-mail`,
 * `email address`, `emails`, `mail`; CSV with RFC 4180 quotes, semicolons or TABs) is a header.
 * The email column of each row is read as free text and gets the row's name (a `name` column, or
 * `first name` + `last name`) and roles (a `role`/`roles`/`role_slugs` column, trimmed,
 * lower-cased, split on spaces, `|` or commas; empty means `["member"]`); any other cell with an
 * `@` (another column, or beyond the header's width) is read on its own, with no name or roles
 * from the row; a cell beyond the header's width without one is reported; the header names the
 * other columns, whose cells are left alone. A header of one column has no delimiter: its body
 * is free text. A paste whose every non-empty line holds a TAB is a spreadsheet: each cell with an
 * `@` is read as an address, the free cells just left of it are its name, the cell right of it its
 * role cell, and any other non-empty cell is reported. A row with no address is reported whole.
 * An invalid address keeps the name and roles its row gave it.
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
 * UI that shows valid and invalid tokens where the person put them. Each token carries its
 * {@link EmailListRange} into {@link normalizeListText} of the text.
 */
export function parseEmailTokens(text: string, options: ParseEmailListOptions = {}): EmailListToken[] {
  return readEmailList(text, options).tokens;
}

/**
 * The whole reading of a paste: the normalized text, its tokens with their ranges, and the header
 * row of a table. With it a caller can put back, verbatim, any part of the text (an invalid
 * token's range, say) into the field.
 * @example
 * const { text, tokens } = readEmailList('hello, jane@acme.com');
 * text.slice(tokens[0].start, tokens[0].end) // 'hello'
 */
export function readEmailList(text: string, options: ParseEmailListOptions = {}): EmailListReading {
  const normalized = normalizeListText(text);
  const out = createCollector(options.defaultRoleSlugs);
  const reading: EmailListReading = { text: normalized, tokens: out.tokens };
  if (normalized !== '') {
    const header = readTable(normalized, out);
    if (header === false) readFreeText(normalized, 0, normalized.length, out, {});
    else if (header) reading.header = header;
  }
  return reading;
}

/**
 * Whether the end of `text` is inside a quoted string, a comment or angle brackets that the
 * parser would read as one if it closed — so a comma typed there belongs to the address being
 * typed, not between two. Uses the same grammar as {@link parseEmailList}, on the last line only.
 * @example
 * isInsideGroup('"Doe, Jane') // true
 * isInsideGroup('jane@acme.com (Jane)') // false
 */
export function isInsideGroup(text: string): boolean {
  const normalized = normalizeListText(text);
  const end = normalized.length;
  const scan = createScanner(normalized);
  for (let i = normalized.lastIndexOf('\n') + 1; i < end; i++) {
    const code = normalized.charCodeAt(i);
    const close = code === QUOTE ? scan.quote(i, end) : code === PAREN ? scan.comment(i, end) : code === ANGLE ? scan.angle(i, end) : i;
    if (close === OPEN) return true;
    if (close > i) i = close;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Collecting results
// ---------------------------------------------------------------------------------------------

/** What a table row gives the addresses read from its cell. */
interface Defaults {
  name?: string;
  roleSlugs?: string[];
}

/** Where the tokens of one stretch of free text go, and what they get. */
interface Context extends Defaults {
  /** All tokens of a cell that had to be unquoted get the cell's range. */
  range?: EmailListRange;
}

interface Collector {
  tokens: EmailListToken[];
  /** An address with what came with it; `source`/`start`/`end` are what was typed for it. */
  candidate(source: string, start: number, end: number, address: string, context: Context, name?: () => string): void;
  /** Text that is not an address. */
  reject(source: string, start: number, end: number, context: Context, message?: string): void;
}

function createCollector(defaultRoleSlugs?: string[]): Collector {
  const tokens: EmailListToken[] = [];
  const seen = new Set<string>();
  const pushInvalid = (source: string, start: number, end: number, context: Context, message: string) => {
    const token: InvalidEmailToken = { input: trimToken(source.slice(start, end)), code: 'invite.invalid_email', message };
    if (context.name) token.name = context.name;
    if (context.roleSlugs) token.roleSlugs = [...context.roleSlugs];
    const { range } = context;
    tokens.push({ type: 'invalid', token, start: range ? range.start : start, end: range ? range.end : end });
  };
  return {
    tokens,
    candidate(source, start, end, address, context, name) {
      // A token longer than any address is not looked at further (checkEmail says so at once).
      const checked = checkEmail(end - start > MAX_EMAIL_TOKEN_LENGTH ? source.slice(start, end) : stripMailto(address));
      if (!checked.ok) return pushInvalid(source, start, end, context, checked.message);
      const key = checked.email.toLowerCase();
      const { range } = context;
      if (range) {
        start = range.start;
        end = range.end;
      }
      if (seen.has(key)) {
        tokens.push({ type: 'duplicate', email: checked.email, start, end });
        return;
      }
      seen.add(key);
      const entry: ParsedEmailEntry = { email: checked.email };
      const entryName = name?.() || context.name;
      if (entryName) entry.name = entryName;
      const roles = context.roleSlugs ?? defaultRoleSlugs;
      if (roles) entry.roleSlugs = [...roles];
      tokens.push({ type: 'entry', entry, start, end });
    },
    reject(source, start, end, context, message) {
      const input = trimToken(source.slice(start, end));
      if (input === '') return;
      const checked = checkEmail(input);
      pushInvalid(source, start, end, context, message ?? (checked.ok ? 'This is not an email address on its own.' : checked.message));
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
// The scanner: where groups close, each character looked at a bounded number of times
// ---------------------------------------------------------------------------------------------

const LF = 0x0a;
const QUOTE = 0x22;
const PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const ANGLE = 0x3c;
const CLOSE_ANGLE = 0x3e;
const BACKSLASH = 0x5c;
const AT = 0x40;
/** What a closer search returns for an opener the text ends inside (it would close later). */
const OPEN = -1;
/** What it returns for an opener that cannot close: a line break or another `<` comes first. */
const STRAY = -2;

// A run of characters that are neither separators nor `"`, `(`, `<` or `@`, matched natively
// (most of a paste is such runs). Its class is the separators of {@link separator}, spelled out.
const PLAIN = /[^\t-\r ,;"(<@\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFF0C\u3001\uFF1B\u060C\u061B]+/y;

/** How strongly two words are separated: nothing, a space, a comma, or a line/semicolon/tab. */
const Sep = { None: 0, Soft: 1, Comma: 2, Hard: 3 } as const;
type Sep = (typeof Sep)[keyof typeof Sep];

// What each ASCII character separates (0: nothing). Looked up per character.
const ASCII_SEPARATORS = new Uint8Array(128);
ASCII_SEPARATORS[0x20] = Sep.Soft;
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x3b]) ASCII_SEPARATORS[c] = Sep.Hard;
ASCII_SEPARATORS[0x2c] = Sep.Comma;

function separator(code: number): Sep {
  if (code < 128) return ASCII_SEPARATORS[code] as Sep;
  if (code === 0xff0c || code === 0x3001 || code === 0x060c) return Sep.Comma; // ， 、 ،
  if (code === 0xff1b || code === 0x061b) return Sep.Hard; // ； ؛
  return isSpaceCode(code) ? Sep.Soft : Sep.None;
}

interface Scanner {
  /** The index of the `"` closing the one at `i`, else OPEN (the text ends first) or STRAY. */
  quote(i: number, to: number): number;
  /** The index of the `)` closing the `(` at `i` (comments nest), else OPEN or STRAY. */
  comment(i: number, to: number): number;
  /** The index of the `>` closing the `<` at `i`, else OPEN or STRAY. */
  angle(i: number, to: number): number;
  /** The index of the `"` closing an RFC 4180 quoted cell opened at `i` (`""` is a quote), else OPEN. */
  cell(i: number, to: number): number;
}

/**
 * Closer searches with memory, so that no character is searched over again and again (a line of
 * 100,000 `(` used to cost 100,000 scans to the end of the line):
 * - a quote search that fails has seen every `"` up to where it stopped, each escaped, and a
 *   search from any of them would read the same pairs: they all fail, without searching;
 * - comments are matched like brackets, once per line, with a stack: which `)` closes a `(`
 *   depends only on the text after it;
 * - an angle search stops at the next `<`, which is the next opener to search from.
 */
function createScanner(text: string): Scanner {
  let quoteFailUntil = -1;
  let cellFailFrom = Infinity;
  let quoteFail = OPEN;
  // Bracket matches for the comment openers in [parenFrom, parenTo): the closing index, or a fail.
  let parenFrom = 0;
  let parenTo = -1;
  let parens = new Int32Array(0);
  const lineEnd = (i: number, to: number) => {
    const lf = text.indexOf('\n', i);
    return lf === -1 || lf > to ? to : lf;
  };
  return {
    quote(i, to) {
      if (i < quoteFailUntil) return quoteFail;
      for (let j = i + 1; j < to; j++) {
        const c = text.charCodeAt(j);
        if (c === BACKSLASH) j++;
        else if (c === QUOTE) return j;
        else if (c === LF) {
          quoteFailUntil = j;
          return (quoteFail = STRAY);
        }
      }
      quoteFailUntil = to;
      return (quoteFail = OPEN);
    },
    comment(i, to) {
      if (i >= parenTo) {
        const end = lineEnd(i, to);
        parenFrom = i;
        parenTo = end;
        parens = new Int32Array(end - i);
        const stack = new Int32Array(end - i);
        let depth = 0;
        for (let j = i; j < end; j++) {
          const c = text.charCodeAt(j);
          if (c === PAREN) {
            stack[depth++] = j;
            parens[j - i] = end === to ? OPEN : STRAY;
          } else if (c === CLOSE_PAREN && depth > 0) {
            parens[stack[--depth]! - i] = j;
          }
        }
      }
      return parens[i - parenFrom]!;
    },
    angle(i, to) {
      for (let j = i + 1; j < to; j++) {
        const c = text.charCodeAt(j);
        if (c === CLOSE_ANGLE) return j;
        if (c === ANGLE || c === LF) return STRAY;
      }
      return OPEN;
    },
    cell(i, to) {
      // Past a search that found no lone `"`, the pairs read the same once the run of quotes at
      // `i` is over: only that run can hold the closing quote.
      if (i > cellFailFrom) {
        let run = 0;
        while (text.charCodeAt(i + 1 + run) === QUOTE) run++;
        return run % 2 ? i + run : OPEN;
      }
      for (let j = i + 1; j < to; j++) {
        if (text.charCodeAt(j) !== QUOTE) continue;
        if (text.charCodeAt(j + 1) !== QUOTE) return j;
        j++;
      }
      cellFailFrom = i;
      return OPEN;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Free text
// ---------------------------------------------------------------------------------------------

/** A word: pieces glued together, or an angle. */
interface Word {
  kind: 'word' | 'angle' | 'comment';
  start: number;
  end: number;
  /** An `@` outside the word's quotes and comments: it is an address. */
  at: boolean;
  /** The address part of an address word: the word less the comments glued to its ends. */
  coreStart: number;
  coreEnd: number;
  /** A comment word that holds one address and nothing else. */
  holdsAddress: boolean;
  /** The word is one quoted string (its name is the unquoted text). */
  quoted: boolean;
  /** The first comment in the word: where its `(` and `)` are (-1 when there is none). */
  commentStart: number;
  commentEnd: number;
}

type WordVisitor = (word: Word, before: Sep) => void;

/** Walks the words of `text[from, to)` (no array: a paste can hold 10,000). */
function scanWords(text: string, from: number, to: number, visit: WordVisitor): void {
  const scan = createScanner(text);
  let before: Sep = Sep.Hard;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const sep = separator(code);
    if (sep !== Sep.None) {
      if (sep > before) before = sep;
      i++;
      continue;
    }
    if (code === ANGLE) {
      const close = scan.angle(i, to);
      if (close >= 0) {
        visit({ kind: 'angle', start: i, end: close + 1, at: false, coreStart: i + 1, coreEnd: close, holdsAddress: false, quoted: false, commentStart: -1, commentEnd: -1 }, before);
        before = Sep.None;
        i = close + 1;
        continue;
      }
    }
    // A word: runs, quoted strings and comments glued together. Comments at its ends are counted
    // apart from the ones inside, to tell `jane@x.com(Jane)` from `a(b)c@x.com`.
    const start = i;
    let at = false;
    let pieces = 0;
    let quotes = 0;
    let comments = 0;
    let leading = 0;
    let trailing = 0;
    let coreStart = i;
    let coreEnd = i;
    let commentStart = -1;
    let commentEnd = -1;
    let inRun = false;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (separator(c) !== Sep.None) break;
      let close = -1;
      if (c === QUOTE) close = scan.quote(i, to);
      else if (c === PAREN) close = scan.comment(i, to);
      else if (c === ANGLE && scan.angle(i, to) >= 0) break;
      if (close >= 0) {
        pieces++;
        inRun = false;
        if (c === PAREN) {
          comments++;
          trailing++;
          if (commentStart === -1) {
            commentStart = i;
            commentEnd = close;
          }
          if (coreEnd === start) leading++;
        } else {
          quotes++;
          trailing = 0;
          if (coreEnd === start) coreStart = i;
          coreEnd = close + 1;
        }
        i = close + 1;
        continue;
      }
      if (!inRun) {
        pieces++;
        inRun = true;
        trailing = 0;
        if (coreEnd === start) coreStart = i;
      }
      if (c === AT) at = true;
      PLAIN.lastIndex = ++i;
      if (PLAIN.test(text)) i = Math.min(PLAIN.lastIndex, to);
      coreEnd = i;
    }
    const end = i;
    const word: Word = { kind: 'word', start, end, at, coreStart, coreEnd, holdsAddress: false, quoted: quotes === 1 && pieces === 1, commentStart, commentEnd };
    if (pieces === comments) {
      word.kind = 'comment';
      word.holdsAddress = comments === 1 && holdsOneAddress(text, start + 1, end - 1);
    } else if (at && (quotes > 0 || comments - leading - trailing > 0)) {
      // A quote or comment inside the address: the whole word is what was typed as the address.
      word.coreStart = start;
      word.coreEnd = end;
    }
    visit(word, before);
    before = Sep.None;
  }
}

/** Whether `text[from, to)` is one address-like run: an `@`, no separator, no bracket. */
function holdsOneAddress(text: string, from: number, to: number): boolean {
  const inner = trimToken(text.slice(from, to));
  if (inner.length > MAX_EMAIL_TOKEN_LENGTH) return false;
  let at = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner.charCodeAt(i);
    if (c === AT) at = true;
    else if (separator(c) !== Sep.None || c === PAREN || c === CLOSE_PAREN) return false;
  }
  return at;
}

/** What a word contributes to a display name. */
function wordName(text: string, word: Word): string {
  if (word.quoted) return text.slice(word.start + 1, word.end - 1).replace(/\\(.)/g, '$1').trim();
  return trimToken(text.slice(word.start, word.end));
}

/** The text of the first comment glued to an address word, as its name. */
const gluedComment = (text: string, word: Word) =>
  word.commentStart === -1 ? undefined : text.slice(word.commentStart + 1, word.commentEnd).trim() || undefined;

const NO_WORDS: Word[] = [];

/** An address read, which a `(comment)` right after it may still name. */
interface Mailbox {
  start: number;
  end: number;
  addressStart: number;
  addressEnd: number;
  words: Word[];
  carried: Word[];
  comment?: string;
}

/**
 * Reads free text (see {@link parseEmailList} for the grammar). Words without an address gather
 * as a display name until an `<address>` (or a comment holding one) claims them; Outlook's
 * `Last, First <address>` is a name split by a comma, so a comma-separated run of name words is
 * carried into the next segment. Name words that no address claims are reported.
 */
function readFreeText(text: string, from: number, to: number, out: Collector, context: Context): void {
  let pending: Word[] = [];
  let carry: Word[] = [];
  let open: Mailbox | undefined;

  const nameOf = (run: Word[]) =>
    run
      .map((word) => wordName(text, word))
      .filter(Boolean)
      .join(' ');
  const close = () => {
    if (!open) return;
    const { carried, words, comment } = open;
    // Built only for an address that turns out valid (most bare addresses have none to build).
    const name =
      carried.length || words.length
        ? () => {
            const carriedName = nameOf(carried);
            const own = nameOf(words);
            return (carriedName && own ? `${carriedName}, ${own}` : carriedName || own) || comment || '';
          }
        : comment ? () => comment : undefined;
    out.candidate(text, open.start, open.end, text.slice(open.addressStart, open.addressEnd), context, name);
    open = undefined;
  };
  const rejectRun = (run: Word[]) => {
    if (run.length) out.reject(text, run[0]!.start, run[run.length - 1]!.end, context);
  };

  scanWords(text, from, to, (word, before) => {
    const boundary = before >= Sep.Comma;
    if (word.kind === 'comment' && open && !boundary) {
      // `address (comment)`: the comment belongs to the address and names it if nothing else does.
      open.end = word.end;
      open.comment ??= text.slice(word.start + 1, word.end - 1).trim() || undefined;
      return;
    }
    close();
    if (boundary && (carry.length || pending.length)) {
      rejectRun(carry);
      carry = [];
      if (before === Sep.Comma) carry = pending;
      else rejectRun(pending);
      pending = [];
    }
    if (word.kind === 'angle' || word.holdsAddress) {
      const first = carry[0] ?? pending[0];
      open = { start: first?.start ?? word.start, end: word.end, addressStart: word.start + 1, addressEnd: word.end - 1, words: pending, carried: carry };
      carry = [];
      pending = [];
    } else if (word.at) {
      rejectRun(carry);
      rejectRun(pending);
      carry = [];
      pending = [];
      open = { start: word.start, end: word.end, addressStart: word.coreStart, addressEnd: word.coreEnd, words: NO_WORDS, carried: NO_WORDS, comment: gluedComment(text, word) };
    } else {
      pending.push(word);
    }
  });
  close();
  rejectRun(carry);
  rejectRun(pending);
}

// ---------------------------------------------------------------------------------------------
// Tables: CSV/TSV with a header row, or a spreadsheet paste
// ---------------------------------------------------------------------------------------------

/** One cell: where it is in the text and its value (unquoted when it was in RFC 4180 quotes). */
interface Cell extends EmailListRange {
  value: string;
  quoted: boolean;
}

/** One row of cells and where the row ends (its line break, or the end of the text). */
interface Row extends EmailListRange {
  cells: Cell[];
}

/**
 * Splits the row starting at `i` into cells, with RFC 4180 quotes where a cell is wholly quoted
 * (such a cell may hold delimiters and line breaks). In CSV (`quotesInside`), a quoted string
 * inside an unquoted cell also keeps its delimiters (`"Doe, Jane" <jane@x.com>`); in a
 * spreadsheet's TSV a lone `"` is an ordinary character (`12" ruler`).
 */
function readRow(text: string, i: number, delimiter: number, quotesInside: boolean, scan: Scanner): Row {
  const cells: Cell[] = [];
  const start = i;
  const to = text.length;
  for (;;) {
    const cellStart = i;
    let cell: Cell | undefined;
    if (text.charCodeAt(i) === QUOTE) {
      // A wholly quoted cell: the closing quote is followed by a delimiter, a line break or the end.
      const close = scan.cell(i, to);
      const after = text.charCodeAt(close + 1);
      if (close >= 0 && (close + 1 === to || after === delimiter || after === LF)) {
        i = close + 1;
        cell = { start: cellStart, end: i, value: text.slice(cellStart + 1, close).replaceAll('""', '"'), quoted: true };
      }
    }
    if (!cell) {
      let j = i;
      while (j < to) {
        const c = text.charCodeAt(j);
        if (c === delimiter || c === LF) break;
        if (c === QUOTE && quotesInside) {
          const close = scan.quote(j, to);
          if (close >= 0) {
            j = close + 1;
            continue;
          }
        }
        j++;
      }
      cell = { start: i, end: j, value: text.slice(i, j), quoted: false };
      i = j;
    }
    cells.push(cell);
    if (i >= to || text.charCodeAt(i) === LF) return { start, end: i, cells };
    i++;
  }
}

const headerName = (cell: string) => cell.trim().replace(/^"|"$/g, '').trim().toLowerCase();

/** Reads a role cell: trimmed, lower-cased, split on spaces, `|` or commas; empty means member. */
function roleCell(cell: string | undefined): string[] {
  const slugs = (cell ?? '').trim().toLowerCase().split(/[\s|,]+/).filter(Boolean);
  return slugs.length ? slugs : ['member'];
}

// Quotes typed around nothing are still something typed: only an unquoted empty cell is blank.
const isBlank = (cell: Cell) => !cell.quoted && cell.value.trim() === '';

/** Reads one cell's text as free text; quoted cells are read from their unquoted value. */
function readCell(text: string, cell: Cell, out: Collector, defaults: Defaults): void {
  if (cell.quoted) readFreeText(cell.value, 0, cell.value.length, out, { ...defaults, range: { start: cell.start, end: cell.end } });
  else readFreeText(text, cell.start, cell.end, out, defaults);
}

/** Reports a cell (or row) that is not read, as it was typed. */
function reportCell(text: string, range: EmailListRange, out: Collector, message: string): void {
  out.reject(text, range.start, range.end, {}, message);
}

/** Gives the first token a row produced the whole row as its range. */
function claimRow(out: Collector, firstToken: number, row: Row): void {
  const token = out.tokens[firstToken];
  if (token) {
    token.start = row.start;
    token.end = row.end;
  }
}

/**
 * Reads a table paste. Returns the header it read, `undefined` for a spreadsheet paste without
 * one, or `false` when the text is not a table.
 */
function readTable(text: string, out: Collector): EmailListHeader | undefined | false {
  // The first line with anything on it.
  let lineStart = 0;
  for (;;) {
    const lf = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lf === -1 ? text.length : lf);
    if (line.trim() !== '' || lf === -1) break;
    lineStart = lf + 1;
  }
  const lf = text.indexOf('\n', lineStart);
  const lineEnd = lf === -1 ? text.length : lf;
  const firstLine = text.slice(lineStart, lineEnd);
  const scan = createScanner(text);

  if (!firstLine.includes('@') && firstLine.trim() !== '') {
    for (const delimiter of [0x09, 0x2c, 0x3b]) {
      if (delimiter !== 0x2c && !firstLine.includes(String.fromCharCode(delimiter))) continue;
      const headerRow = readRow(text, lineStart, delimiter, delimiter !== 0x09, scan);
      const names = headerRow.cells.map((cell) => headerName(cell.value));
      const emailColumn = names.findIndex((name) => EMAIL_HEADERS.has(name));
      if (emailColumn === -1) continue;
      const header: EmailListHeader = { start: lineStart, end: headerRow.end, columns: headerRow.cells.map((cell) => cell.value.trim()) };
      if (names.length === 1) {
        // One column, no delimiter: the rows are free text, one address or many per line.
        readFreeText(text, headerRow.end, text.length, out, {});
        return header;
      }
      const find = (set: Set<string>) => names.findIndex((name) => set.has(name));
      const columns = { email: emailColumn, role: find(ROLE_HEADERS), name: find(NAME_HEADERS), first: find(FIRST_NAME_HEADERS), last: find(LAST_NAME_HEADERS) };
      for (let i = headerRow.end + 1; i < text.length; ) {
        const row = readRow(text, i, delimiter, delimiter !== 0x09, scan);
        readHeaderRow(text, row, names.length, columns, out);
        i = row.end + 1;
      }
      return header;
    }
  }

  // A spreadsheet: every line with anything on it holds a TAB.
  for (let i = 0; i < text.length; ) {
    const end = text.indexOf('\n', i);
    const line = text.slice(i, end === -1 ? text.length : end);
    if (!line.includes('\t') && line.trim() !== '') return false;
    if (end === -1) break;
    i = end + 1;
  }
  for (let i = 0; i < text.length; ) {
    const row = readRow(text, i, 0x09, false, scan);
    readSpreadsheetRow(text, row, out);
    i = row.end + 1;
  }
  return undefined;
}

interface Columns {
  email: number;
  role: number;
  name: number;
  first: number;
  last: number;
}

/** One row under a header (see {@link parseEmailList}). */
function readHeaderRow(text: string, row: Row, width: number, columns: Columns, out: Collector): void {
  const { cells } = row;
  if (cells.every(isBlank)) return;
  const value = (index: number) => (index === -1 ? '' : (cells[index]?.value ?? '').trim());
  const defaults: Defaults = {};
  if (columns.role !== -1) defaults.roleSlugs = roleCell(cells[columns.role]?.value);
  const name = value(columns.name) || [value(columns.first), value(columns.last)].filter(Boolean).join(' ');
  if (name) defaults.name = name;
  const used = new Set([columns.role, columns.name, columns.first, columns.last]);
  // The row's own addresses are in its email column, or else in its first cell with an `@`.
  const own = cells[columns.email] && !isBlank(cells[columns.email]!) ? columns.email : cells.findIndex((cell) => cell.value.includes('@'));
  const first = out.tokens.length;
  cells.forEach((cell, index) => {
    if (index === own) readCell(text, cell, out, defaults);
    else if (cell.value.includes('@')) readCell(text, cell, out, {});
    else if (index >= width && !used.has(index) && !isBlank(cell)) reportCell(text, cell, out, 'This cell is beyond the columns the header names.');
  });
  // Nothing read (no address cell, or one of separators only): the row is reported whole.
  if (out.tokens.length === first) reportCell(text, row, out, 'This row has no email address.');
  else claimRow(out, first, row);
}

/**
 * One spreadsheet row: each cell with an `@` is read as addresses; the cell right of an address
 * without an `@` is its role cell; the free cells just left of it are its name. Every other cell
 * with text is reported; so is a row with text but no address.
 */
function readSpreadsheetRow(text: string, row: Row, out: Collector): void {
  const { cells } = row;
  if (cells.every(isBlank)) return;
  const hasAt = cells.map((cell) => cell.value.includes('@'));
  if (!hasAt.includes(true)) {
    reportCell(text, row, out, 'This row has no email address.');
    return;
  }
  const used: boolean[] = cells.map(() => false);
  const defaults: Defaults[] = [];
  cells.forEach((_, index) => {
    if (!hasAt[index]) return;
    const own: Defaults = {};
    const right = index + 1;
    if (right < cells.length && !hasAt[right]) {
      own.roleSlugs = roleCell(cells[right]!.value);
      used[right] = true;
    }
    const names: string[] = [];
    for (let left = index - 1; left >= 0 && !hasAt[left] && !used[left]; left--) {
      used[left] = true;
      const name = cells[left]!.value.trim();
      if (name) names.unshift(name);
    }
    if (names.length) own.name = names.join(' ');
    defaults[index] = own;
  });
  const first = out.tokens.length;
  cells.forEach((cell, index) => {
    if (hasAt[index]) readCell(text, cell, out, defaults[index]!);
    else if (!used[index] && !isBlank(cell)) reportCell(text, cell, out, 'Not an email address, nor the name or role of one.');
  });
  claimRow(out, first, row);
}
