/**
 * Reading the `Retry-After` response header (RFC 9110 §10.2.3): `delay-seconds` or an HTTP-date.
 * @module
 */

/** The shortest wait a `Retry-After` yields, so a date in the past never causes a tight loop. */
export const MIN_RETRY_AFTER_MS = 1_000;

/** The longest wait a `Retry-After` yields (one day): larger values are capped, never overflow a timer. */
export const MAX_RETRY_AFTER_MS = 86_400_000;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// IMF-fixdate, the one form senders must generate: "Sun, 06 Nov 1994 08:49:37 GMT".
const IMF_FIXDATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;

/**
 * Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) to epoch milliseconds.
 * Anything else, including a date that does not exist, gives `undefined`.
 */
export function parseHttpDate(value: string | null | undefined): number | undefined {
  const m = value == null ? null : IMF_FIXDATE.exec(value.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!);
  if (month < 0) return undefined;
  const [day, year, h, min, s] = [m[1], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number];
  const ms = Date.UTC(year, month, day, h, min, s);
  // Date.UTC rolls "31 Feb" over into March; a rolled-over date is junk, not a date.
  if (new Date(ms).getUTCDate() !== day || h > 23 || min > 59 || s > 60) return undefined;
  return ms;
}

/**
 * How long a `Retry-After` header asks to wait, in milliseconds.
 *
 * - `delay-seconds` must be digits only (`"120"`); `"1.5"`, `"-1"`, `"0x10"`, `"soon"` and `""`
 *   are junk and give `undefined`, so the caller falls back to its own backoff.
 * - An HTTP-date (IMF-fixdate) is measured against the response's `Date` header when it parses,
 *   which makes the wait immune to a skewed local clock; otherwise against `now`.
 * - The result is at least {@link MIN_RETRY_AFTER_MS} (a past date or `"0"` never means "hammer
 *   now") and at most {@link MAX_RETRY_AFTER_MS}.
 *
 * @param value the header value, or `null` when absent
 * @param now the local clock, epoch ms
 * @default now Date.now()
 * @param dateHeader the response's `Date` header, when there is one
 * @example
 * parseRetryAfter('120'); // 120000
 * parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', Date.now(), 'Wed, 21 Oct 2026 07:26:30 GMT'); // 90000
 * parseRetryAfter('soon'); // undefined
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now(), dateHeader?: string | null): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  let ms: number;
  if (/^\d+$/.test(text)) {
    // Never Number() a date; only a pure digit string reaches this line.
    ms = Number(text) * 1000;
  } else {
    const at = parseHttpDate(text);
    if (at === undefined) return undefined;
    const reference = parseHttpDate(dateHeader) ?? now;
    ms = at - reference;
  }
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(MIN_RETRY_AFTER_MS, ms));
}
