// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { INVITATION_LOCALES, canonicalizeLocale, localeDirection, matchLocale, matchLocales } from '../../src/core/locales';

const STYTCH = ['en', 'es', 'pt-br', 'fr'];

describe('locales', () => {
  it('lists the 90 WorkOS tags in the seed’s order', () => {
    expect(INVITATION_LOCALES).toHaveLength(90);
    expect(new Set(INVITATION_LOCALES).size).toBe(90);
    expect(INVITATION_LOCALES.slice(0, 3)).toEqual(['af', 'am', 'ar']);
    expect(INVITATION_LOCALES.at(-1)).toBe('zu');
    expect(INVITATION_LOCALES).toContain('es-419');
    expect(INVITATION_LOCALES).toContain('fil');
  });

  it.each([
    ['EN-gb', 'en-GB'],
    ['pt_br', 'pt-BR'],
    ['iw', 'he'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['', undefined],
    ['not a tag', undefined],
    ['x', undefined],
  ])('canonicalizes %j → %j', (tag, expected) => {
    expect(canonicalizeLocale(tag)).toBe(expected);
  });

  describe('matchLocale against the WorkOS list', () => {
    it.each([
      ['de-AT', 'de'],
      ['de-DE', 'de-DE'],
      ['PT-br', 'pt-BR'],
      ['pt-br', 'pt-BR'],
      ['en-gb', 'en-GB'],
      ['EN-gb', 'en-GB'],
      ['en-NZ', 'en'],
      ['es-MX', 'es-419'],
      ['es-AR', 'es-419'],
      ['es-US', 'es-US'],
      ['es-ES', 'es-ES'],
      ['zh-Hant', 'zh-TW'],
      ['zh-Hant-HK', 'zh-HK'],
      ['zh-Hans-SG', 'zh-CN'],
      ['zh', 'zh'],
      ['iw', 'he'],
      ['nb-NO', 'nb'],
      ['sr-Latn-RS', 'sr'],
      ['fil-PH', 'fil'],
      ['zz-ZZ', undefined],
      ['xx', undefined],
      ['', undefined],
    ])('%j → %j', (tag, expected) => {
      expect(matchLocale(tag)).toBe(expected);
    });
  });

  describe('matchLocale against a lower-case list (Stytch)', () => {
    it.each([
      ['pt-BR', 'pt-br'],
      ['pt', 'pt-br'],
      ['pt-PT', 'pt-br'],
      ['es-MX', 'es'],
      ['fr-CA', 'fr'],
      ['de-CH', undefined],
      ['xx', undefined],
    ])('%j → %j', (tag, expected) => {
      expect(matchLocale(tag, STYTCH)).toBe(expected);
    });
  });

  it('matches the first of several preferences that fits', () => {
    expect(matchLocales(['xx', 'de-CH', 'en'], STYTCH)).toBe('en');
    expect(matchLocales(['xx'], STYTCH)).toBeUndefined();
  });

  it.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['ar-EG', 'rtl'],
    ['en', 'ltr'],
    ['ja', 'ltr'],
    ['nonsense tag', 'ltr'],
  ])('%s is written %s', (tag, dir) => {
    expect(localeDirection(tag)).toBe(dir);
  });
});
