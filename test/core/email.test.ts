// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MAX_EMAIL_TOKEN_LENGTH, checkEmail, emailKey, normalizeEmail } from '../../src/core/email';

describe('normalizeEmail', () => {
  it.each([
    ['jane@acme.com', 'jane@acme.com'],
    ['  Jane.Doe@Acme.COM  ', 'Jane.Doe@acme.com'],
    ["o'brien+tag@sub.example.co.uk", "o'brien+tag@sub.example.co.uk"],
    ['user@bücher.de', 'user@xn--bcher-kva.de'],
    ['user@BÜCHER.de', 'user@xn--bcher-kva.de'],
    ['用户@例子.中国'.replace('用户', 'li'), 'li@xn--fsqu00a.xn--fiqs8s'],
    ['a@xn--bcher-kva.de', 'a@xn--bcher-kva.de'],
    ['\u200Bjane@acme.com\uFEFF', 'jane@acme.com'],
    ['\u202Ejane@acme.com', 'jane@acme.com'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it('keeps the local part exactly as typed and lower-cases only the domain', () => {
    expect(normalizeEmail('MiXeD@ExAmPle.Org')).toBe('MiXeD@example.org');
  });
});

describe('checkEmail says what is wrong', () => {
  const local64 = 'a'.repeat(64);
  const label63 = 'b'.repeat(63);
  it.each([
    ['', /missing/i],
    ['jane.acme.com', /missing @/i],
    ['jane@@acme.com', /more than one @/i],
    ['a@b@acme.com', /more than one @/i],
    ['@acme.com', /nothing before the @/i],
    ['jane@', /nothing after the @/i],
    ['jane@acme', /domain has no dot/i],
    ['jane@localhost', /domain has no dot/i],
    ['.jane@acme.com', /starts or ends with a dot/i],
    ['jane.@acme.com', /starts or ends with a dot/i],
    ['ja..ne@acme.com', /two dots in a row/i],
    ['"jane doe"@acme.com', /quoted/i],
    ['jöhn@acme.com', /ASCII/],
    ['ja ne@acme.com', /space/i],
    ['ja(ne@acme.com', /"\("/],
    ['ja\u200Bne@acme.com', /invisible character/i],
    ['jane@ac\u00ADme.com', /invisible character/i],
    ['jane@acme\u202E.com', /invisible character/i],
    ['ja\u0007ne@acme.com', /control character/i],
    ['jane@[192.168.0.1]', /IP address/i],
    ['jane@192.168.0.1', /IP address/i],
    ['jane@acme..com', /two dots in a row/i],
    ['jane@acme.com.', /ends with a dot/i],
    ['jane@-acme.com', /hyphen/i],
    ['jane@acme-.com', /hyphen/i],
    ['jane@ac_me.com', /letters, digits and hyphens/i],
    ['jane@acme.c', /ending must be letters/i],
    ['jane@acme.123', /ending must be letters/i],
    ['jane@acme.com/x', /"\/"/],
    ['jane@ac%41me.com', /"%"/],
    ['jane@аpple.com', /mixes scripts/i],
    ['dana@acme.com\u060C', /"\u060C"/],
    ['dana@acme.com\u00B7', /"\u00B7"/],
    ['dana@ac\u061Bme.com', /"\u061B"/],
    ['jane@bücher.de\u2022', /"\u2022"/],
    [`${local64}x@acme.com`, /longer than 64/i],
    [`jane@${label63}x.com`, /longer than 63/i],
    [`jane@${[label63, label63, label63, label63].join('.')}.com`, /longer than 25[34]/i],
  ])('%j is invalid (%s)', (input, message) => {
    const result = checkEmail(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('invite.invalid_email');
      expect(result.message).toMatch(message);
    }
  });

  it('accepts the longest allowed parts', () => {
    expect(checkEmail(`${local64}@${label63}.com`).ok).toBe(true);
  });

  it('accepts a label wholly in one non-Latin script', () => {
    expect(normalizeEmail('ivan@пример.рф')).toBe('ivan@xn--e1afmkfd.xn--p1ai');
  });

  it('rejects anything that is not a string', () => {
    expect(checkEmail(undefined).ok).toBe(false);
    expect(checkEmail(42).ok).toBe(false);
  });
});

describe('checkEmail on domains typed in their ASCII (xn--) form', () => {
  it.each([
    ['a@xn--pypal-4ve.com', /"xn--pypal-4ve" \(pаypal\) mixes scripts/],
    ['a@XN--PYPAL-4VE.COM', /mixes scripts/],
    ['a@bücher.xn--pypal-4ve.com', /mixes scripts/],
    ['a@xn--0.tld', /not a valid internationalized name/],
    ['a@xn--a.com', /not a valid internationalized name/],
    ['a@xn--ls8h.la', /not a valid internationalized name/],
  ])('%j is invalid (%s), as its Unicode form would be', (input, message) => {
    const result = checkEmail(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it.each([
    ['a@xn--bcher-kva.de', 'a@bücher.de'],
    ['ivan@xn--e1afmkfd.xn--p1ai', 'ivan@пример.рф'],
    ['li@xn--fsqu00a.xn--fiqs8s', 'li@例子.中国'],
    ['a@XN--ZCA.com', 'a@ß.com'],
  ])('%j is valid and the same address as %j', (ascii, unicode) => {
    expect(normalizeEmail(ascii)).toBe(normalizeEmail(unicode));
    expect(normalizeEmail(ascii)).not.toBeNull();
  });
});

describe('checkEmail on values far longer than an address', () => {
  it(`rejects a value over ${MAX_EMAIL_TOKEN_LENGTH} characters before reading it, however it is padded`, () => {
    for (const raw of [`${'a'.repeat(MAX_EMAIL_TOKEN_LENGTH)}@x.com`, `é${' '.repeat(60_000)}x@acme.com`, `${' '.repeat(2000)}jane@acme.com`]) {
      expect(checkEmail(raw)).toEqual({
        ok: false,
        code: 'invite.invalid_email',
        message: expect.stringMatching(/longer than any address can be/),
        reason: 'too_long',
        params: { max: MAX_EMAIL_TOKEN_LENGTH },
      });
    }
  });

  it('rejects an address over 254 characters whose every part is within its own limit', () => {
    const address = `${'a'.repeat(64)}@${['b', 'c', 'd'].map((c) => c.repeat(63)).join('.')}.com`;
    expect(checkEmail(address)).toEqual({ ok: false, code: 'invite.invalid_email', message: 'The address is longer than 254 characters.', reason: 'address_too_long' });
  });

  it('trims spaces and invisible characters at the edges only', () => {
    expect(normalizeEmail(`\uFEFF${' '.repeat(500)}jane@acme.com\u200B `)).toBe('jane@acme.com');
    expect(normalizeEmail('ja\uFEFFne@acme.com')).toBeNull();
  });
});

describe('emailKey', () => {
  it('matches addresses that differ only in case or IDN form', () => {
    expect(emailKey('JANE@Bücher.de')).toBe(emailKey('jane@xn--bcher-kva.de'));
    expect(emailKey('Jane@Example.com')).toBe('jane@example.com');
  });
});
