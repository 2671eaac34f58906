import { describe, expect, it } from 'vitest';
import { defaultInviteMessages as en, formatDuration, formatMessage, plural } from '../../src/components/index';

describe('plural', () => {
  it('picks the CLDR form for the count and formats it for the locale', () => {
    const forms = { one: '# invitation', other: '# invitations' };
    expect(plural(1, forms)).toBe('1 invitation');
    expect(plural(3, forms)).toBe('3 invitations');
    expect(plural(1200, forms)).toBe('1,200 invitations');
    expect(plural(1200, forms, 'de')).toBe('1.200 invitations');
  });

  it('uses few and many where a language has them', () => {
    const forms = { one: '# zaproszenie', few: '# zaproszenia', many: '# zaproszeń', other: '# zaproszenia' };
    expect([1, 2, 5, 22, 25].map((n) => plural(n, forms, 'pl'))).toEqual([
      '1 zaproszenie',
      '2 zaproszenia',
      '5 zaproszeń',
      '22 zaproszenia',
      '25 zaproszeń',
    ]);
  });

  it('prefers an exact zero form, else falls back to the rules', () => {
    expect(plural(0, { zero: 'none', other: '# items' })).toBe('none');
    expect(plural(0, { other: '# items' })).toBe('0 items');
  });
});

describe('formatMessage and formatDuration', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('Remove {email} ({missing})', { email: 'ana@acme.com' })).toBe('Remove ana@acme.com ({missing})');
  });

  it('formats a countdown', () => {
    expect([0, 5, 65, 3600 + 61, 1.2].map(formatDuration)).toEqual(['0:00', '0:05', '1:05', '1:01:01', '0:02']);
  });
});

describe('defaultInviteMessages', () => {
  it('names the count on the send button', () => {
    expect([0, 1, 3].map((count) => en.send({ count }))).toEqual(['Send invitations', 'Send 1 invitation', 'Send 3 invitations']);
  });

  it('says what a paste did, duplicates as merged', () => {
    expect(en.added({ added: 2, duplicates: 1, invalid: 1 })).toBe('Added 2 addresses. 1 duplicate merged. 1 is not a valid address.');
    expect(en.added({ added: 0, duplicates: 2, invalid: 0 })).toBe('No new address added. 2 duplicates merged.');
  });

  it('summarizes a send without counting what did not happen', () => {
    expect(en.summary({ sent: 2, alreadyInvited: 1, failed: 1, unknown: 0 })).toBe('2 invited, 1 already invited, 1 failed.');
    expect(en.summary({ sent: 0, alreadyInvited: 0, failed: 0, unknown: 2 })).toBe('2 may have been sent.');
    expect(en.summary({ sent: 0, alreadyInvited: 0, failed: 0, unknown: 0 })).toBe('0 invited.');
    expect(en.summary({ sent: 1, alreadyInvited: 0, failed: 1, unknown: 0, waiting: 2 })).toBe('1 invited, 1 failed, 2 waiting.');
    expect(en.summary({ sent: 0, alreadyInvited: 0, failed: 0, unknown: 0, waiting: 1 })).toBe('1 waiting.');
  });

  it('words Retry by what it resends: failed, or unconfirmed (may have been sent)', () => {
    expect(en.retry({ count: 2, failed: 2, unknown: 0 })).toBe('Retry 2 failed');
    expect(en.retry({ count: 2, failed: 0, unknown: 2 })).toBe('Retry 2 unconfirmed');
    expect(en.retry({ count: 2, failed: 1, unknown: 1 })).toBe('Retry 1 failed, 1 unconfirmed');
    expect(en.retry({ count: 1200, unknown: 1200 })).toBe('Retry 1,200 unconfirmed');
    // Rate-limited ones are neither: the count stands alone.
    expect(en.retry({ count: 2, failed: 1, unknown: 0, waiting: 1 })).toBe('Retry 2');
    // A host calling it with the count alone, as before, gets the old wording.
    expect(en.retry({ count: 3 })).toBe('Retry 3 failed');
  });

  it('shows progress and the rate-limit wait', () => {
    expect(en.progress({ current: 2, total: 3 })).toBe('Sending 2 of 3…');
    expect(en.rateLimited({ seconds: 95, time: formatDuration(95) })).toBe('Too many invitations for now. You can retry in 1:35.');
  });
});
