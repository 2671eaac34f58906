/**
 * Character classes the email checker and the list parser share, tested per UTF-16 code unit with
 * comparisons instead of regexes (they run once per character of a paste). Internal: not part of
 * `invite-kit/core`'s exports.
 */

/**
 * Zero-width characters, the word joiner, BOM, soft hyphen, Mongolian vowel separator and the bidi
 * controls: invisible in a paste, fatal inside an address.
 */
export function isInvisibleCode(code: number): boolean {
  return (
    code === 0xad ||
    code === 0x61c ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/**
 * Unicode White_Space: JavaScript's `\s` without U+FEFF (a BOM is invisible, not a space), with
 * U+0085 (NEXT LINE).
 */
export function isSpaceCode(code: number): boolean {
  return code < 0x80
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code === 0x85 ||
        code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000;
}

/** What is stripped from a token's edges: spaces and invisible characters. */
export const isEdgeJunk = (code: number): boolean => isSpaceCode(code) || isInvisibleCode(code);
