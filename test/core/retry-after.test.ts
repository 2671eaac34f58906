// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_RETRY_AFTER_MS, MIN_RETRY_AFTER_MS, parseHttpDate, parseRetryAfter } from '../../src/core/retry-after';

const NOW = Date.UTC(2026, 9, 21, 7, 26, 30); // Wed, 21 Oct 2026 07:26:30 GMT
const HOUR = 3_600_000;

describe('parseRetryAfter', () => {
  describe('given delay-seconds (F12)', () => {
    it.each([
      ['120', 120_000],
      ['5', 5_000],
      [' 30 ', 30_000],
      ['0', MIN_RETRY_AFTER_MS],
    ])('reads %j as %d ms', (value, ms) => {
      expect(parseRetryAfter(value, NOW)).toBe(ms);
    });

    it('caps a huge value instead of overflowing a timer', () => {
      expect(parseRetryAfter('99999999999999999999', NOW)).toBe(MAX_RETRY_AFTER_MS);
    });
  });

  describe('given an HTTP-date (F13)', () => {
    const at = 'Wed, 21 Oct 2026 07:28:00 GMT';
    const serverDate = 'Wed, 21 Oct 2026 07:26:30 GMT';

    it('measures against the response Date header, whatever the local clock says', () => {
      expect(parseRetryAfter(at, NOW, serverDate)).toBe(90_000);
      expect(parseRetryAfter(at, NOW + HOUR, serverDate)).toBe(90_000);
      expect(parseRetryAfter(at, NOW - HOUR, serverDate)).toBe(90_000);
    });

    it('measures against the local clock without a Date header, or with a junk one', () => {
      expect(parseRetryAfter(at, NOW)).toBe(90_000);
      expect(parseRetryAfter(at, NOW, 'yesterday')).toBe(90_000);
    });

    it('gives the minimum wait, not zero, for a date in the past', () => {
      expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', NOW)).toBe(MIN_RETRY_AFTER_MS);
    });
  });

  describe('given junk', () => {
    it.each(['soon', '-1', '1.5', '', '0x10', '1e3', '+5', 'Wed, 21 Oct 2026 07:28:00', 'Wed, 31 Feb 2026 07:28:00 GMT', null, undefined])(
      '%j → undefined (the caller falls back to its own backoff)',
      (value) => {
        expect(parseRetryAfter(value, NOW)).toBeUndefined();
      },
    );
  });
});

describe('parseHttpDate', () => {
  it('reads an IMF-fixdate', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
  });

  it('rejects the obsolete and the invented', () => {
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBeUndefined();
    expect(parseHttpDate('Sun, 06 Foo 1994 08:49:37 GMT')).toBeUndefined();
    expect(parseHttpDate('Sun, 06 Nov 1994 25:49:37 GMT')).toBeUndefined();
  });
});
