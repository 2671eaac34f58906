/**
 * Turns whatever a person pasted — a column from a spreadsheet, a line from an email client, a CSV
 * export — into entries, and says what it could not read. Nothing typed disappears silently: every
 * token ends up as an entry, an invalid token with its reason, or a counted duplicate.
 */
import { MAX_EMAIL_TOKEN_LENGTH, checkEmail, trimToken } from './email';
import type { EmailReason, InviteReasonParams, ListReasonParams } from './reasons';

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
  /** What is wrong, in English ("Missing @: …"). */
  message: string;
  /** What is wrong, as a stable key a UI words in its own language: the email checker's or the parser's own. */
  reason?: EmailReason | keyof ListReasonParams;
  /** The values the message names (the character that is not allowed …), for the same purpose. */
  params?: InviteReasonParams[EmailReason];
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
 * Options for {@link readEmailList}: read a paste part by part, so a caller that can use only a
 * few entries never reads a megabyte it cannot use.
 */
export interface ReadEmailListOptions extends ParseEmailListOptions {
  /**
   * Stop before the token that would be the `maxEntries + 1`th entry or invalid token (duplicates
   * do not count): `rest` says where. In a table a row is read whole or not at all, so a row of
   * several addresses that does not fit goes to the rest whole.
   * @default Infinity
   */
  maxEntries?: number;
  /**
   * Where to start: an earlier reading's `rest` (an offset into {@link normalizeListText} of the
   * same text). The text is read as it would be whole — free text, a table under its header, a
   * spreadsheet — so the tokens from here are the whole reading's tokens from here, but for
   * repeats of addresses before `from` (pass those in `listed`).
   * @default 0
   */
  from?: number;
  /** Addresses already listed, lower-cased (`emailKey`): found again they are duplicates. */
  listed?: Iterable<string>;
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


/** Everything {@link readEmailList} read from a paste. */
export interface EmailListReading {
  /** The text the ranges point into: {@link normalizeListText} of the input. */
  text: string;
  /** The tokens in the order they were typed. */
  tokens: EmailListToken[];
  /** The header row's range, when the paste is a table with one (read as a header, not reported). */
  header?: EmailListRange;
  /**
   * Where reading stopped at `maxEntries`: the start of the first token not read (a row's start in
   * a table). Absent when the text was read to its end. Read on with `{ from: rest }`. As text,
   * verbatim, the rest is the header row (when there is one), a line break, and `text.slice(rest)`:
   * a table's rest read on its own reads the same; free text or a spreadsheet paste can read
   * otherwise on its own (a first line that looks like a header), so read those on with `from`.
   */
  rest?: number;
}

const headers = (names: string) => new Set(names.split(','));
const EMAIL_HEADERS = headers('email,e-mail,email address,e-mail address,emails,mail,email_address');
const ROLE_HEADERS = headers('role,roles,role_slugs,role slugs');
const NAME_HEADERS = headers('name,full name,display name,full_name');
const FIRST_NAME_HEADERS = headers('first name,first_name,given name');
const LAST_NAME_HEADERS = headers('last name,last_name,surname,family name');

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
 * Separators inside a quoted string, a comment or angle brackets do not split. A line ends every
 * group, so an unclosed quote or bracket costs at most its own line; once a `(` is found not to
 * close, the `(` after it on its line are ordinary characters too (`((a)` is one word). Backslash
 * escapes only inside quotes. Invisible characters (BOM, zero-width spaces, soft hyphen, bidi
 * controls) are never separators: inside a token they make it invalid, at its edges they are
 * stripped, and a token of nothing else is nothing.
 *
 * The words then make tokens, each one entry, one invalid token or one duplicate:
 * - `Name <address> (comment)`: the words before an angle are its display name; a comma between
 *   them is Outlook's `Last, First <address>`. A `(comment)` right after an address (no comma
 *   between) belongs to it and names it when nothing else does. Text glued after an angle starts a
 *   new word (`<a@x.com>Junior`), and a bare address before an angle is an address of its own
 *   (`bob@x.com <bob@x.com>` is one entry and one duplicate).
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
 * An invalid address keeps the name and roles its row gave it. Quotes typed around nothing (`""`)
 * are text, not an empty cell.
 * @example
 * parseEmailList('Doe, Jane <jane@acme.com>; bob@acme.com, nope')
 * // entries: [{ email: 'jane@acme.com', name: 'Doe, Jane' }, { email: 'bob@acme.com' }]
 * // invalid: [{ input: 'nope', code: 'invite.invalid_email', message: 'Missing @ …' }]
 */
export function parseEmailList(text: string, options: ParseEmailListOptions = {}): ParseEmailListResult {
  const result: ParseEmailListResult = { entries: [], invalid: [], duplicates: [] };
  for (const token of readEmailList(text, options).tokens) {
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
 * token's range, say) into the field. With `maxEntries` it reads only as far as that many
 * entries, and says in `rest` where to read on (`from`): a dialog that holds 100 people reads 100
 * of a 10,000-address paste and keeps the rest as it was typed.
 * @example
 * const { text, tokens } = readEmailList('hello, jane@acme.com');
 * text.slice(tokens[0].start, tokens[0].end) // 'hello'
 * @example
 * const first = readEmailList('a@x.com, b@x.com, c@x.com', { maxEntries: 2 }); // a, b; rest 18
 * readEmailList(first.text, { from: first.rest }) // c
 */
export function readEmailList(text: string, options: ReadEmailListOptions = {}): EmailListReading {
  const normalized = normalizeListText(text);
  const out = createCollector(options);
  const from = options.from ?? 0;
  const reading: EmailListReading = { text: normalized, tokens: out.tokens };
  try {
    if (normalized !== '') {
      const header = readTable(normalized, out, from, reading);
      if (header === false) readFreeText(normalized, from, normalized.length, out, {});
    }
  } catch (stop) {
    // The collector stops a reading at maxEntries by throwing where it stopped.
    if (typeof stop !== 'number') throw stop;
    reading.rest = stop;
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
    if (close === -1) return true;
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

/** What the tokens of one stretch of free text get. */
interface Context extends Defaults {
  /** The range every token gets instead of its own (a cell that had to be unquoted). */
  range?: EmailListRange;
  /** Why text that is not an address is reported, instead of what checkEmail says. */
  reason?: keyof ListReasonParams;
}

interface Collector {
  tokens: EmailListToken[];
  /**
   * One token from `source[start, end)`: the address `address` (undefined: text that is not an
   * address, reported with the context's `message` or what checkEmail says), named by `name()`.
   */
  add(source: string, start: number, end: number, context: Context, address?: string, name?: () => string): void;
}

function createCollector({ defaultRoleSlugs, maxEntries = Infinity, listed }: ReadEmailListOptions): Collector {
  const tokens: EmailListToken[] = [];
  const seen = new Set(listed);
  // Counts entries and invalid tokens; the one past maxEntries stops the reading where it starts.
  let count = 0;
  const out: Collector = {
    tokens,
    add(source, start, end, context, address, name) {
      // A token longer than any address is not looked at further (checkEmail says so at once).
      const checked = checkEmail(address === undefined || end - start > MAX_EMAIL_TOKEN_LENGTH ? source.slice(start, end) : stripMailto(address));
      const input = address === undefined || !checked.ok ? trimToken(source.slice(start, end)) : '';
      const { range } = context;
      if (range) ({ start, end } = range);
      if (input || !checked.ok) {
        if (input === '') return;
        if (++count > maxEntries) throw start;
        // The parser's own reason (a row, a cell, a valid address glued to text), else the checker's.
        const own = context.reason ?? (checked.ok ? 'not_alone' : undefined);
        const { ok: _, ...why } = own
          ? ({ ok: false, code: 'invite.invalid_email', reason: own, message: LIST_MESSAGES[own] } as const)
          : (checked as Exclude<typeof checked, { ok: true }>);
        const token = withRow<InvalidEmailToken>({ input, ...why }, context.name, context.roleSlugs);
        return void tokens.push({ type: 'invalid', token, start, end });
      }
      const key = checked.email.toLowerCase();
      if (seen.has(key)) return void tokens.push({ type: 'duplicate', email: checked.email, start, end });
      if (++count > maxEntries) throw start;
      seen.add(key);
      const entry = withRow<ParsedEmailEntry>({ email: checked.email }, name?.() || context.name, context.roleSlugs ?? defaultRoleSlugs);
      tokens.push({ type: 'entry', entry, start, end });
    },
  };
  return out;
}

/** `token` with a name and a copy of the roles, when there are any. */
function withRow<T extends Defaults>(token: T, name: string | undefined, roleSlugs: string[] | undefined): T {
  if (name) token.name = name;
  if (roleSlugs) token.roleSlugs = [...roleSlugs];
  return token;
}

function stripMailto(address: string): string {
  const trimmed = trimToken(address);
  // Check the first letter before the regex: this runs once per address.
  if ((trimmed.charCodeAt(0) | 0x20) !== 0x6d || !/^mailto:/i.test(trimmed)) return trimmed;
  const rest = trimmed.slice(7);
  const query = rest.indexOf('?');
  return query === -1 ? rest : rest.slice(0, query);
}

// ---------------------------------------------------------------------------------------------
// Characters, and where groups close
// ---------------------------------------------------------------------------------------------

const LF = 0x0a;
const QUOTE = 0x22;
const PAREN = 0x28;
const ANGLE = 0x3c;

/** How strongly two words are separated: a space, a comma, or a line break, TAB or semicolon. */
const SPACE = 1;
const COMMA = 2;
const HARD = 3;

// Every separator (DESIGN.md "Email input"): ASCII ones, Unicode White_Space but U+FEFF, the
// full-width and ideographic commas and semicolon, the Arabic ones.
const SEPARATORS = '\\t-\\r ,;\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFF0C\\u3001\\uFF1B\\u060C\\u061B';
const SEPARATOR = new RegExp(`[${SEPARATORS}]`);
// A run of characters that are neither separators nor `"`, `(`, `<`: matched natively, as most of a
// paste is such runs.
const PLAIN = new RegExp(`[^${SEPARATORS}"(<]+`, 'y');
// What an address inside a comment may not hold: a separator or a bracket.
const NOT_IN_ADDRESS = new RegExp(`[${SEPARATORS}()]`);

/** What the character at `i` separates: 0 (it is not a separator), SPACE, COMMA or HARD. */
function separatorAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x2c || c === 0xff0c || c === 0x3001 || c === 0x60c) return COMMA;
  if (c === 0x3b || (c > 8 && c < 14) || c === 0xff1b || c === 0x61b) return HARD;
  return c === 0x20 || (c > 0x7f && SEPARATOR.test(text[i]!)) ? SPACE : 0;
}

/**
 * Finds where groups close, with memory, so that no character is searched over again and again (a
 * line of 100,000 `(` used to cost 100,000 searches to the end of the line). Each search returns
 * the closing index, -1 when the text ends first, or -2 when the group cannot close (a line break,
 * or for `<` another `<`, comes first).
 * - a quote search that fails has seen every `"` up to where it stopped, each escaped, and a search
 *   from any of them reads the same pairs from there: they all fail, without searching;
 * - a comment search (comments nest) that fails makes every `(` up to the end of its line an
 *   ordinary character;
 * - an angle search stops at the next `<`, which is the next opener to search from;
 * - the search for the next `@` is done again only once it is passed (one search to the end of
 *   the text per word, or per cell, was quadratic).
 * Searches go left to right, so one scanner serves every cell of a table.
 */
function createScanner(text: string) {
  let quoteFail = -1;
  let quoteFailed = -1;
  let commentFail = -1;
  let nextAt = -1;
  return {
    /** The index of the next `@` at or after `i` (2³² − 1: none): searched for again only once passed. */
    at(i: number): number {
      if (nextAt < i) nextAt = text.indexOf('@', i) >>> 0;
      return nextAt;
    },
    quote(i: number, to: number): number {
      if (i < quoteFail) return quoteFailed;
      for (let j = i + 1; j < to; j++) {
        const c = text.charCodeAt(j);
        if (c === 0x5c) j++;
        else if (c === QUOTE) return j;
        else if (c === LF) return (quoteFail = j), (quoteFailed = -2);
      }
      return (quoteFail = to), (quoteFailed = -1);
    },
    comment(i: number, to: number): number {
      if (i < commentFail) return -2;
      for (let j = i + 1, depth = 1; j < to; j++) {
        const c = text.charCodeAt(j);
        if (c === PAREN) depth++;
        else if (c === 0x29 && !--depth) return j;
        else if (c === LF) return (commentFail = j), -2;
      }
      return (commentFail = to), -1;
    },
    angle(i: number, to: number): number {
      for (let j = i + 1; j < to; j++) {
        const c = text.charCodeAt(j);
        if (c === 0x3e) return j;
        if (c === ANGLE || c === LF) return -2;
      }
      return -1;
    },
  };
}

type Scanner = ReturnType<typeof createScanner>;

// ---------------------------------------------------------------------------------------------
// Free text
// ---------------------------------------------------------------------------------------------

/** A name word waiting for an address to claim it. */
interface Word {
  start: number;
  end: number;
  /** The word is one quoted string (its name is the unquoted text). */
  quoted: boolean;
}

/** What a word contributes to a display name. */
const wordName = (text: string, word: Word) =>
  word.quoted ? text.slice(word.start + 1, word.end - 1).replace(/\\(.)/g, '$1').trim() : trimToken(text.slice(word.start, word.end));

const NO_WORDS: Word[] = [];

/**
 * Reads the free text `text[from, to)` (see {@link parseEmailList} for the grammar), in one pass:
 * words are read and made into tokens as they come. Words without an address gather as a display
 * name until an `<address>` (or a comment holding one) claims them; Outlook's `Last, First
 * <address>` is a name split by a comma, so a comma-separated run of name words is carried into
 * the next segment. Name words that no address claims are reported.
 */
function readFreeText(text: string, from: number, to: number, out: Collector, context: Context, scan = createScanner(text)): void {
  let pending: Word[] = [];
  let carry: Word[] = [];
  // The last address read (its text, its address, the words that name it), which a `(comment)`
  // right after it may still name: `start` is -1 when there is none.
  let start = -1;
  let end = 0;
  let addressStart = 0;
  let addressEnd = 0;
  let words = NO_WORDS;
  let carried = NO_WORDS;
  let note: string | undefined;

  const nameOf = (run: Word[]) =>
    run
      .map((word) => wordName(text, word))
      .filter(Boolean)
      .join(' ');
  const close = () => {
    if (start < 0) return;
    const own = words;
    const before = carried;
    const comment = note;
    // Built only for an address that turns out valid (most bare addresses have none to build).
    const name =
      own.length || before.length
        ? () => {
            const carriedName = nameOf(before);
            const ownName = nameOf(own);
            return (carriedName && ownName ? `${carriedName}, ${ownName}` : carriedName || ownName) || comment || '';
          }
        : comment && (() => comment);
    out.add(text, start, end, context, text.slice(addressStart, addressEnd), name || undefined);
    start = -1;
  };
  const reject = (run: Word[]) => {
    if (run.length) out.add(text, run[0]!.start, run[run.length - 1]!.end, context);
  };

  // The separator before the word being read (HARD at the start).
  let before = HARD;
  for (let i = from; i < to; ) {
    const sep = separatorAt(text, i);
    if (sep) {
      if (sep > before) before = sep;
      i++;
      continue;
    }
    const wordStart = i;
    // The word's address (an angle's inside, a comment word's inside, or the part of an address
    // word between the comments glued to its ends), and what it is.
    let coreStart = -1;
    let coreEnd = i;
    let at = false;
    const angle = text.charCodeAt(i) === ANGLE && scan.angle(i, to) >= 0;
    let holdsAddress = false;
    let runs = 0;
    let quotes = 0;
    let comments = 0;
    let leading = 0;
    let trailing = 0;
    let comment: string | undefined;
    if (angle) {
      coreStart = i + 1;
      i = scan.angle(i, to);
      coreEnd = i++;
    }
    // Runs, quoted strings and comments glued together. Comments at the word's ends are counted
    // apart from those inside, to tell `jane@x.com(Jane)` from `a(b)c@x.com`.
    while (!angle && i < to && !separatorAt(text, i)) {
      const c = text.charCodeAt(i);
      if (c === ANGLE && scan.angle(i, to) >= 0) break;
      const close = c === QUOTE ? scan.quote(i, to) : c === PAREN ? scan.comment(i, to) : -1;
      if (close >= 0) {
        if (c === PAREN) {
          comments++;
          trailing++;
          if (coreStart < 0) leading++;
          comment ??= text.slice(i + 1, close).trim() || undefined;
        } else {
          quotes++;
          trailing = 0;
          if (coreStart < 0) coreStart = i;
          coreEnd = close + 1;
        }
        i = close + 1;
        continue;
      }
      runs++;
      trailing = 0;
      if (coreStart < 0) coreStart = i;
      const nextAt = scan.at(i);
      PLAIN.lastIndex = ++i;
      if (PLAIN.test(text)) i = Math.min(PLAIN.lastIndex, to);
      if (nextAt < i) at = true;
      coreEnd = i;
    }
    const commentsOnly = coreStart < 0;
    if (commentsOnly) {
      const inner = trimToken(text.slice(wordStart + 1, i - 1));
      holdsAddress = comments === 1 && inner.includes('@') && !NOT_IN_ADDRESS.test(inner);
      coreStart = wordStart + 1;
      coreEnd = i - 1;
    } else if (at && (quotes || comments > leading + trailing)) {
      // A quote or comment inside the address: the whole word is what was typed as the address.
      coreStart = wordStart;
      coreEnd = i;
    }

    const boundary = before >= COMMA;
    if (commentsOnly && start >= 0 && !boundary) {
      // `address (comment)`: the comment belongs to the address and names it if nothing else does.
      end = i;
      note ??= comment;
    } else {
      close();
      if (boundary) {
        reject(carry);
        if (before === COMMA) carry = pending;
        else {
          reject(pending);
          carry = [];
        }
        pending = [];
      }
      if (angle || holdsAddress || at) {
        if (at) {
          // A bare address: the words before it are no name of it.
          reject(carry);
          reject(pending);
          carry = pending = NO_WORDS;
        }
        start = (carry[0] ?? pending[0])?.start ?? wordStart;
        end = i;
        addressStart = coreStart;
        addressEnd = coreEnd;
        words = pending;
        carried = carry;
        note = at ? comment : undefined;
        carry = [];
        pending = [];
      } else {
        pending.push({ start: wordStart, end: i, quoted: quotes === 1 && !runs && !comments });
      }
    }
    before = 0;
  }
  close();
  reject(carry);
  reject(pending);
}

// ---------------------------------------------------------------------------------------------
// Tables: CSV/TSV with a header row, or a spreadsheet paste
// ---------------------------------------------------------------------------------------------

/** One cell: where it is in the text and its value (unquoted when it was in RFC 4180 quotes). */
interface Cell extends EmailListRange {
  value: string;
  quoted?: boolean;
}

/** One row of cells, up to its line break or the end of the text. */
interface Row extends EmailListRange {
  cells: Cell[];
}

/**
 * Splits the row starting at `i` into cells, with RFC 4180 quotes where a cell is wholly quoted
 * (such a cell may hold delimiters and line breaks); elsewhere a `"` is an ordinary character.
 */
function readRow(text: string, i: number, delimiter: number): Row {
  const cells: Cell[] = [];
  const start = i;
  const to = text.length;
  for (;;) {
    // The closing quote of a cell that opens with one (`""` is a quote inside). Such searches do not
    // overlap: one that passes a row starting with a lone `"` closes there.
    let close = -1;
    if (text.charCodeAt(i) === QUOTE) {
      for (let j = i + 1; j < to && close < 0; j++) {
        if (text.charCodeAt(j) === QUOTE && text.charCodeAt(++j) !== QUOTE) close = j - 1;
      }
    }
    const after = text.charCodeAt(close + 1);
    if (close >= 0 && (close + 1 === to || after === delimiter || after === LF)) {
      cells.push({ start: i, end: close + 1, value: text.slice(i + 1, close).replaceAll('""', '"'), quoted: true });
      i = close + 1;
    } else {
      let j = i;
      for (let c; j < to && (c = text.charCodeAt(j)) !== delimiter && c !== LF; ) j++;
      cells.push({ start: i, end: j, value: text.slice(i, j) });
      i = j;
    }
    if (i >= to || text.charCodeAt(i) === LF) return { start, end: i, cells };
    i++;
  }
}

const MAX_HEADER_LENGTH = 10_000;

// What the parser says about text it reports itself, by reason.
const LIST_MESSAGES: Record<keyof ListReasonParams, string> = {
  not_alone: 'Not an email address on its own.',
  row_without_email: 'This row has no email address.',
  cell_not_read: 'This cell is not an address, nor its name or role.',
};

/** Reads a role cell: trimmed, lower-cased, split on spaces, `|` or commas; empty means member. */
function roleCell(cell: string | undefined): string[] {
  const slugs = (cell ?? '').trim().toLowerCase().split(/[\s|,]+/).filter(Boolean);
  return slugs.length ? slugs : ['member'];
}

// Quotes typed around nothing are still something typed: only an unquoted empty cell is blank.
const isBlank = (cell: Cell) => !cell.quoted && cell.value.trim() === '';
const hasAt = (cell: Cell) => cell.value.includes('@');

/**
 * Reads one row with `read`, which reads its cells; a row that gave no token is reported whole
 * (unless blank), and the first token of a row that gave some covers the whole row.
 */
function readRowWith(
  text: string,
  row: Row,
  out: Collector,
  scan: Scanner,
  read: (cell: (cell: Cell, defaults?: Defaults) => void, report: (cell: Cell) => void) => void,
): void {
  const first = out.tokens.length;
  try {
    read(
      (cell, defaults = {}) =>
        cell.quoted
          ? readFreeText(cell.value, 0, cell.value.length, out, { ...defaults, range: cell })
          : readFreeText(text, cell.start, cell.end, out, defaults, scan),
      (cell) => out.add(text, cell.start, cell.end, { reason: 'cell_not_read' }),
    );
  } catch (stop) {
    // A row that did not fit goes to the rest whole: its cells read alone would read otherwise (and
    // as nothing is read after it, what its tokens added to the duplicates seen does not matter).
    out.tokens.length = first;
    throw typeof stop === 'number' ? row.start : stop;
  }
  const token = out.tokens[first];
  if (token) {
    token.start = row.start;
    token.end = row.end;
  } else if (!row.cells.every(isBlank)) {
    out.add(text, row.start, row.end, { reason: 'row_without_email' });
  }
}

/**
 * Reads a table paste, from `from` on, into `out`; a header it finds goes into `reading` first.
 * Returns `false` when the text is not a table.
 */
function readTable(text: string, out: Collector, from: number, reading: EmailListReading): boolean | undefined {
  const firstChar = text.search(/\S/);
  if (firstChar === -1) return false;
  const lineStart = text.lastIndexOf('\n', firstChar) + 1;
  const lineEnd = text.indexOf('\n', firstChar);
  const firstLine = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const scan = createScanner(text);

  // A header is a line of column names: one longer than any spreadsheet's (Outlook's export has
  // some 90 columns in 1,300 characters) is not looked at as one.
  if (firstLine.length <= MAX_HEADER_LENGTH && !firstLine.includes('@')) {
    for (const delimiter of [0x09, 0x2c, 0x3b]) {
      if (delimiter !== 0x2c && !firstLine.includes(String.fromCharCode(delimiter))) continue;
      const { cells, end } = readRow(text, lineStart, delimiter);
      const names = cells.map((cell) => cell.value.trim().toLowerCase());
      const find = (set: Set<string>) => names.findIndex((name) => set.has(name));
      const email = find(EMAIL_HEADERS);
      if (email === -1) continue;
      reading.header = { start: lineStart, end };
      // Where the rows start: after the header, or where an earlier reading stopped.
      const body = Math.max(end + 1, from);
      // One column, no delimiter: the rows are free text, one address or many per line.
      if (cells.length === 1) readFreeText(text, body, text.length, out, {}, scan);
      const role = find(ROLE_HEADERS);
      // The name: a name column, or else first and last name columns joined.
      const name = find(NAME_HEADERS);
      const nameColumns = name !== -1 ? [name] : [find(FIRST_NAME_HEADERS), find(LAST_NAME_HEADERS)].filter((index) => index !== -1);
      for (let i = body; cells.length > 1 && i < text.length; ) {
        const row = readRow(text, i, delimiter);
        readRowWith(text, row, out, scan, (read, report) => {
          const defaults: Defaults = {};
          if (role !== -1) defaults.roleSlugs = roleCell(row.cells[role]?.value);
          const fullName = nameColumns.length && nameColumns.map((index) => row.cells[index]?.value.trim()).filter(Boolean).join(' ');
          if (fullName) defaults.name = fullName;
          // The row's own addresses: its email column, or else its first cell with an `@`.
          const own = row.cells[email] && !isBlank(row.cells[email]!) ? email : row.cells.findIndex(hasAt);
          if (own === -1) return;
          row.cells.forEach((cell, index) => {
            if (index === own) read(cell, defaults);
            else if (hasAt(cell)) read(cell);
            else if (index >= cells.length && !isBlank(cell)) report(cell);
          });
        });
        i = row.end + 1;
      }
      return;
    }
  }

  // A spreadsheet: every line with anything on it holds a TAB.
  if (/^(?![^\n]*\t)[^\n]*\S/m.test(text)) return false;
  for (let i = from; i < text.length; ) {
    const row = readRow(text, i, 0x09);
    readRowWith(text, row, out, scan, (read, report) => {
      const { cells } = row;
      const at = cells.map(hasAt);
      if (!at.includes(true)) return;
      // Each address cell: the cell right of it is its role cell, the free cells just left of it its name.
      const used: boolean[] = [];
      const defaults: Defaults[] = [];
      at.forEach((isAddress, index) => {
        if (!isAddress) return;
        const own: Defaults = (defaults[index] = {});
        if (index + 1 < cells.length && !at[index + 1]) {
          own.roleSlugs = roleCell(cells[index + 1]!.value);
          used[index + 1] = true;
        }
        const names: string[] = [];
        for (let left = index - 1; left >= 0 && !at[left] && !used[left]; left--) {
          used[left] = true;
          names.unshift(cells[left]!.value.trim());
        }
        const name = names.filter(Boolean).join(' ');
        if (name) own.name = name;
      });
      cells.forEach((cell, index) => {
        if (at[index]) read(cell, defaults[index]);
        else if (!used[index] && !isBlank(cell)) report(cell);
      });
    });
    i = row.end + 1;
  }
}
