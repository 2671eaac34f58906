/**
 * One email address: is it valid, what is wrong with it, and its normalized and matching forms.
 * The rules are DESIGN.md's "Email input": an ASCII dot-atom local part, a domain of at least two
 * labels sent in its ASCII (`xn--`) form, no IP literals, the 64/253/254 length limits.
 */
import type { EmailReason, InviteReasonParams } from './reasons';

/**
 * The longest token the parser or {@link checkEmail} looks at: an address is at most 254
 * characters; a display name, angle brackets, quotes and a comment may add some hundreds more.
 * Anything longer is rejected at once ("longer than any address can be"), before any other work,
 * so a megabyte without a separator costs no more than reading it once.
 */
export const MAX_EMAIL_TOKEN_LENGTH = 1000;

/** What {@link checkEmail} says about one address. */
export type EmailCheck =
  | { ok: true; email: string }
  | {
      ok: false;
      code: 'invite.invalid_email';
      /** What is wrong, in English ("Missing @: …"). */
      message: string;
      /** What is wrong, as a stable key a UI words in its own language (`missing_at`). */
      reason: EmailReason;
      /** The values the message names (the character that is not allowed …), for the same purpose. */
      params?: InviteReasonParams[EmailReason];
    };

// Zero-width characters, the word joiner, BOM, soft hyphen, Mongolian vowel separator and the bidi
// controls: invisible in a paste, fatal inside an address.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
// What is stripped from a token's edges: those, and spaces (`\s` holds U+FEFF; U+0085 added).
const EDGE_JUNK = /[\s\u0085\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/;

const PRINTABLE_ASCII = /^[\x21-\x7E]*$/;
// RFC 5322 atext, dot-separated (the dots are checked separately for better messages).
const LOCAL_CHARS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// Characters a host name can never hold, some of which the URL parser would otherwise act on.
const IDN_CHAR = /[\p{L}\p{M}\p{N}.\u3002\uFF0E\uFF61-]/u;
const DOMAIN_FORBIDDEN = /[\s/\\?#@:%[\]<>"'(),;!$&*+=^`{|}~]/;

// Label lengths are not counted here (counting makes the regex backtrack); the fast path is taken
// only for domains of at most 63 characters, where no label can be too long.
const COMMON =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,}|[Xx][Nn]--[A-Za-z0-9-]+)$/;

// Params only where the message names a value: most failures need none.
const invalid = <R extends EmailReason>(reason: R, message: string, params?: InviteReasonParams[R]): EmailCheck => ({
  ok: false,
  code: 'invite.invalid_email',
  reason,
  message,
  ...(params && { params }),
});

const mixedScripts = (label: string, unicode?: string) =>
  invalid('mixed_scripts', `The domain label "${label}"${unicode ? ` (${unicode})` : ''} mixes scripts (a look-alike).`, unicode ? { label, unicode } : { label });

const notAllowed = (reason: 'local_char' | 'domain_char', where: string, char: string) =>
  invalid(reason, `The ${where} contains "${char}", which is not allowed.`, { char });

const atIp = () => invalid('ip_domain', 'Addresses at an IP address are not accepted.');

const tooLong = () =>
  invalid('too_long', `This is longer than any address can be (over ${MAX_EMAIL_TOKEN_LENGTH} characters).`, { max: MAX_EMAIL_TOKEN_LENGTH });

/**
 * Strips whitespace and invisible characters from both ends of a token (never from its middle).
 * One character at a time from each end: a regex anchored at the end would retry at every space
 * of a long run (a 60 kB value took seconds).
 */
export function trimToken(raw: string): string {
  // Fast path: most tokens start and end with a printable ASCII character.
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(raw.length - 1);
  if (first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f) return raw;
  let start = 0;
  let end = raw.length;
  while (start < end && EDGE_JUNK.test(raw[start]!)) start++;
  while (end > start && EDGE_JUNK.test(raw[end - 1]!)) end--;
  return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}

/**
 * Checks one address and says exactly what is wrong with it.
 * The cheap check comes first: a value longer than {@link MAX_EMAIL_TOKEN_LENGTH} is rejected
 * before anything else runs, so a server pays next to nothing for a hostile 60 kB value, and every
 * other check runs over at most that many characters. An `xn--` label is decoded and checked like the same
 * label typed in Unicode (valid punycode, allowed characters, one script), so the verdict does not
 * depend on which form was typed.
 * @returns the normalized address (local part as typed, `@`, the domain lower-cased in ASCII form),
 * or `invite.invalid_email` with a message such as "Missing @".
 * @example
 * checkEmail('Jane@Bücher.de') // { ok: true, email: 'Jane@xn--bcher-kva.de' }
 * checkEmail('jane.example.com') // { ok: false, code: 'invite.invalid_email', message: 'Missing @ …' }
 */
export function checkEmail(raw: unknown): EmailCheck {
  if (typeof raw !== 'string') return invalid('missing', 'The email address is missing.');
  if (raw.length > MAX_EMAIL_TOKEN_LENGTH) return tooLong();
  const text = trimToken(raw);
  // Fast path for the common plain ASCII address; everything else takes the path that explains
  // (an `xn--` label too: it has to be decoded and checked).
  if (text.length <= 254 && COMMON.test(text)) {
    const at = text.indexOf('@');
    if (at <= 64 && text.length - at - 1 <= 63) {
      const domain = text.slice(at + 1);
      const lower = domain.toLowerCase();
      if (!lower.includes('xn--')) return { ok: true, email: lower === domain ? text : text.slice(0, at + 1) + lower };
    }
  }
  if (text === '') return invalid('missing', 'The email address is missing.');
  const printable = PRINTABLE_ASCII.test(text);
  if (!printable) {
    if (INVISIBLE.test(text)) return invalid('invisible_char', 'Contains an invisible character (such as a zero-width space).');
    if (/[\u0000-\u001F\u007F-\u009F]/.test(text)) return invalid('control_char', 'Contains a control character.');
  }
  const at = text.indexOf('@');
  if (at === -1) return invalid('missing_at', 'Missing @: an address looks like name@example.com.');
  if (text.indexOf('@', at + 1) !== -1) return invalid('many_at', 'Contains more than one @.');
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  if (local === '') return invalid('empty_local', 'Nothing before the @.');
  if (domain === '') return invalid('empty_domain', 'Nothing after the @: the domain is missing.');

  if (local.startsWith('"')) return invalid('quoted_local', 'Quoted names before the @ are not accepted.');
  if (!printable && /\s/.test(text)) return invalid('space', 'Contains a space.');
  if (!PRINTABLE_ASCII.test(local)) return invalid('local_not_ascii', 'The part before the @ may only use ASCII letters, digits and . _ - + and similar.');
  if (!LOCAL_CHARS.test(local)) {
    const bad = [...local].find((c) => !LOCAL_CHARS.test(c));
    return notAllowed('local_char', 'part before the @', bad!);
  }
  if (local.startsWith('.') || local.endsWith('.')) return invalid('local_dot_edge', 'The part before the @ starts or ends with a dot.');
  if (local.includes('..')) return invalid('local_double_dot', 'The part before the @ has two dots in a row.');
  if (local.length > 64) return invalid('local_too_long', 'The part before the @ is longer than 64 characters.');

  const ascii = toAsciiDomain(domain);
  if (typeof ascii !== 'string') return ascii;
  const email = `${local}@${ascii}`;
  if (email.length > 254) return invalid('address_too_long', 'The address is longer than 254 characters.');
  return { ok: true, email };
}

function toAsciiDomain(domain: string): string | EmailCheck {
  if (domain.startsWith('[')) return atIp();
  if (DOMAIN_FORBIDDEN.test(domain)) {
    const bad = [...domain].find((c) => DOMAIN_FORBIDDEN.test(c));
    return notAllowed('domain_char', 'domain', bad!);
  }
  let ascii: string;
  if (PRINTABLE_ASCII.test(domain)) {
    ascii = domain.toLowerCase();
  } else {
    // Only letters, marks, digits, hyphens and (ideographic) full stops make a name; the URL parser
    // would turn any other character (an Arabic comma, a middle dot) into a punycode label.
    const stray = [...domain].find((c) => !IDN_CHAR.test(c));
    if (stray !== undefined) return notAllowed('domain_char', 'domain', stray);
    const lookAlike = domain.split(/[.\u3002\uFF0E\uFF61]/).find(isMixedScript);
    if (lookAlike !== undefined) return mixedScripts(lookAlike);
    try {
      ascii = new URL(`http://${domain}/`).hostname;
    } catch {
      return invalid('idn_invalid', 'The domain is not a valid internationalized name.');
    }
  }
  if (IPV4.test(ascii)) return atIp();
  if (ascii.endsWith('.')) return invalid('domain_dot_end', 'The domain ends with a dot.');
  if (ascii.startsWith('.')) return invalid('domain_dot_start', 'The domain starts with a dot.');
  const labels = ascii.split('.');
  if (labels.length < 2) return invalid('domain_no_dot', 'The domain has no dot (as in example.com).');
  if (labels.includes('')) return invalid('domain_double_dot', 'The domain has two dots in a row.');
  for (const label of labels) {
    if (label.length > 63) return invalid('label_too_long', 'A part of the domain is longer than 63 characters.');
    if (!LDH_LABEL.test(label)) {
      return label.startsWith('-') || label.endsWith('-')
        ? invalid('label_hyphen', 'A part of the domain starts or ends with a hyphen.')
        : invalid('domain_not_ldh', 'The domain may only use letters, digits and hyphens.');
    }
  }
  if (!TLD.test(labels[labels.length - 1]!)) return invalid('tld_not_alpha', 'The domain ending must be letters (as in .com).');
  if (ascii.length > 253) return invalid('domain_too_long', 'The domain is longer than 253 characters.');
  for (const label of labels) {
    if (!label.startsWith('xn--')) continue;
    // Checked like the same label typed in Unicode: valid punycode of allowed characters that the
    // URL parser maps back to this very label, in one script.
    let unicode = '';
    try {
      unicode = decodePunycode(label.slice(4));
      if ([...unicode].some((c) => !IDN_CHAR.test(c)) || new URL(`http://${unicode}/`).hostname !== label) unicode = '';
    } catch {
      unicode = '';
    }
    if (!unicode) return invalid('punycode_invalid', `The domain label "${label}" is not a valid internationalized name.`, { label });
    if (isMixedScript(unicode)) return mixedScripts(label, unicode);
  }
  return ascii;
}

/**
 * RFC 3492 punycode decoding of an LDH label's part after `xn--`. Invalid input gives `''` or a
 * string that does not map back to the label (the caller checks that), never a hang; a label is
 * at most 63 characters, so the insertions cost nothing.
 */
function decodePunycode(input: string): string {
  const output: number[] = [];
  const basic = input.lastIndexOf('-');
  for (let j = 0; j < basic; j++) output.push(input.charCodeAt(j));
  for (let k = basic + 1, n = 128, bias = 72, i = 0; k < input.length; ) {
    const old = i;
    for (let w = 1, t = 36; ; t += 36) {
      // After the last hyphen an LDH label holds only a-z and 0-9 (digits 0..25, 26..35).
      const c = input.charCodeAt(k++);
      const digit = c < 58 ? c - 22 : c - 97;
      if (!(digit >= 0)) return '';
      i += digit * w;
      const threshold = t <= bias ? 1 : t >= bias + 26 ? 26 : t - bias;
      if (digit < threshold) break;
      w *= 36 - threshold;
    }
    const length = output.length + 1;
    let delta = Math.floor((i - old) / (old ? 2 : 700));
    delta += Math.floor(delta / length);
    let scale = 0;
    for (; delta > 455; scale += 36) delta = Math.floor(delta / 35);
    bias = scale + Math.floor((36 * delta) / (delta + 38));
    n += Math.floor(i / length);
    i %= length;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Devanagari', 'Thai', 'Hangul'];
const SCRIPT_TESTS = SCRIPTS.map((name) => new RegExp(`\\p{Script=${name}}`, 'u'));
// Scripts that legitimately share a label: Japanese and Korean writing mix Han with their own.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function isMixedScript(label: string): boolean {
  let seen: number | undefined;
  for (const ch of label) {
    if (!/\p{L}/u.test(ch)) continue;
    // -2: CJK; -1: a script outside the list, counted as one more script.
    const script = CJK.test(ch) ? -2 : SCRIPT_TESTS.findIndex((test) => test.test(ch));
    if (seen === undefined) seen = script;
    else if (script !== seen) return true;
  }
  return false;
}

/**
 * The normalized form of an address, or `null` when it is not a valid address.
 * Local part as typed, `@`, the domain lower-cased in its ASCII (`xn--`) form.
 * @example normalizeEmail(' Jane@Example.COM ') // 'Jane@example.com'
 */
export function normalizeEmail(raw: string): string | null {
  const result = checkEmail(raw);
  return result.ok ? result.email : null;
}

/**
 * The key two addresses are compared on: the normalized address lower-cased (so `JANE@Bücher.de`
 * and `jane@xn--bcher-kva.de` match). For an invalid address, the trimmed input lower-cased.
 */
export function emailKey(email: string): string {
  return (normalizeEmail(email) ?? trimToken(String(email))).toLowerCase();
}
