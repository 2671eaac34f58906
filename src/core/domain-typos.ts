/**
 * "Did you mean …?" for addresses whose domain looks like a slip of the fingers on a common mail
 * provider (`gmial.com`) or a common top-level domain (`.con`). A suggestion is a warning the person
 * may apply with one click; it never blocks sending, since `gmial.com` could be a real domain.
 * @module
 */

// Providers people type by hand every day; a company's own domain is never "corrected".
const COMMON_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'icloud.com',
  'proton.me',
  'protonmail.com',
  'live.com',
  'aol.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'yandex.ru',
  'comcast.net',
  'hotmail.co.uk',
  'yahoo.co.uk',
];

// Top-level domains that are one slip away from .com, .net or .org and are not real ones.
const TLD_TYPOS: Record<string, string> = {
  con: 'com',
  cmo: 'com',
  ocm: 'com',
  vom: 'com',
  xom: 'com',
  cpm: 'com',
  comm: 'com',
  coom: 'com',
  nte: 'net',
  ent: 'net',
  nett: 'net',
  ogr: 'org',
  orgg: 'org',
  rog: 'org',
};

/** Edit distance with adjacent swaps (`gmial` → `gmail` is one), stopping once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the optimal-string-alignment table: enough for a swap.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The address with its domain corrected, when the domain looks like a typo of a common provider or
 * top-level domain; `undefined` when it looks fine (or is not an address at all).
 * @example
 * suggestEmailDomain('ana@gmial.com') // 'ana@gmail.com'
 * suggestEmailDomain('ben@acme.con')  // 'ben@acme.com'
 * suggestEmailDomain('carla@acme.com') // undefined
 */
export function suggestEmailDomain(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 1) return undefined;
  const domain = email.slice(at + 1).toLowerCase();
  const dot = domain.lastIndexOf('.');
  if (dot < 1) return undefined;
  let fixed = domain;
  const tld = TLD_TYPOS[domain.slice(dot + 1)];
  if (tld) fixed = `${domain.slice(0, dot)}.${tld}`;
  if (!COMMON_DOMAINS.includes(fixed)) {
    // One slip only, and only against names long enough that one slip cannot turn one real
    // domain into another (`aol.com` is not a typo of `aon.com`).
    const near = COMMON_DOMAINS.find((common) => common.length >= 8 && distance(fixed, common, 1) === 1);
    if (near) fixed = near;
  }
  return fixed === domain ? undefined : `${email.slice(0, at)}@${fixed}`;
}
