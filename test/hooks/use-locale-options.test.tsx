import { act, render, renderHook, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INVITATION_LOCALES } from '../../src/core/locales';
import { useLocaleOptions, type LocaleOption, type UseLocaleOptionsOptions } from '../../src/hooks';

const STYTCH = ['en', 'es', 'pt-br', 'fr'] as const;

const setup = (options?: UseLocaleOptionsOptions) => renderHook((props?: UseLocaleOptionsOptions) => useLocaleOptions(props), { initialProps: options });

const byValue = (options: LocaleOption[], value: string) => options.find((o) => o.value === value)!;

const mockLanguages = (languages: string[]) => vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);

const RealDisplayNames = Intl.DisplayNames;
/** Swaps Intl.DisplayNames for a runtime's poorer one; the hook module is re-imported so its cache is fresh. */
const useDisplayNames = (Fake: unknown) => {
  Object.defineProperty(Intl, 'DisplayNames', { value: Fake, configurable: true, writable: true });
  return import('../../src/hooks/use-locale-options');
};

afterEach(() => {
  Object.defineProperty(Intl, 'DisplayNames', { value: RealDisplayNames, configurable: true, writable: true });
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('useLocaleOptions', () => {
  describe('given the default list', () => {
    it('offers the 90 invitation locales with labels, native labels and direction', () => {
      const { result } = setup();
      const { options } = result.current;
      expect(options).toHaveLength(90);
      expect(new Set(options.map((o) => o.value))).toEqual(new Set(INVITATION_LOCALES));
      expect(byValue(options, 'de')).toEqual({ value: 'de', label: 'German', nativeLabel: 'Deutsch', dir: 'ltr' });
      expect(byValue(options, 'fr').nativeLabel).toBe('Français');
      expect(byValue(options, 'ja').nativeLabel).toBe('日本語');
      expect(byValue(options, 'pt-BR').label).toBe('Brazilian Portuguese');
      for (const option of options) {
        expect(option.label.trim()).not.toBe('');
        expect(option.nativeLabel.trim()).not.toBe('');
      }
    });

    it('marks Arabic, Hebrew, Persian and Urdu right-to-left, and only them', () => {
      const { options } = setup().result.current;
      expect(options.filter((o) => o.dir === 'rtl').map((o) => o.value).sort()).toEqual(['ar', 'fa', 'he', 'ur']);
    });

    it('sorts by label, each language followed right away by its regional variants', () => {
      const { options } = setup().result.current;
      const values = options.map((o) => o.value);
      const en = values.indexOf('en');
      expect(new Set(values.slice(en + 1, en + 5))).toEqual(new Set(['en-AU', 'en-CA', 'en-GB', 'en-US']));
      const es = values.indexOf('es');
      expect(new Set(values.slice(es + 1, es + 4))).toEqual(new Set(['es-419', 'es-ES', 'es-US']));
      // Every variant sits right after its language or a sibling variant.
      values.forEach((value, i) => {
        if (!value.includes('-')) return;
        expect(values[i - 1]!.split('-')[0]).toBe(value.split('-')[0]);
      });
      // The languages themselves are in alphabetical order of their labels.
      const bases = options.filter((o) => !o.value.includes('-')).map((o) => o.label);
      expect(bases).toEqual([...bases].sort(new Intl.Collator('en').compare));
      // Names cased on purpose keep their casing; Georgian is never capitalized.
      expect(byValue(options, 'zu').nativeLabel).toBe('isiZulu');
      expect(byValue(options, 'ka').nativeLabel).toBe('ქართული');
    });

    it('writes labels in the display language', () => {
      const { options } = setup({ displayLocale: 'de' }).result.current;
      expect(byValue(options, 'en')).toMatchObject({ label: 'Englisch', nativeLabel: 'English' });
      expect(byValue(options, 'fr').label).toBe('Französisch');
    });

    it('matches any BCP 47 input to the best supported tag', () => {
      const { match } = setup().result.current;
      expect(match('de-AT')).toBe('de');
      expect(match('pt-br')).toBe('pt-BR');
      expect(match('EN-gb')).toBe('en-GB');
      expect(match('es-MX')).toBe('es-419');
      expect(match('xx')).toBeUndefined();
      expect(match('not a tag')).toBeUndefined();
    });
  });

  describe('given a subset in its own spelling (Stytch)', () => {
    it('keeps the list spelling and matches to it', () => {
      const { result } = setup({ locales: STYTCH });
      expect(result.current.options.map((o) => o.value)).toEqual(['en', 'fr', 'pt-br', 'es']);
      expect(byValue(result.current.options, 'pt-br')).toMatchObject({ label: 'Brazilian Portuguese', nativeLabel: 'Português (Brasil)' });
      expect(result.current.match('pt-BR')).toBe('pt-br');
      expect(result.current.match('de-CH')).toBeUndefined();
    });

    it('keeps the same options for a new array with the same tags', () => {
      const { result, rerender } = setup({ locales: [...STYTCH] });
      const first = result.current;
      rerender({ locales: [...STYTCH] });
      expect(result.current).toBe(first);
    });
  });

  describe('given the person’s own languages', () => {
    it('defaults to the best match for navigator.languages', () => {
      mockLanguages(['fr-CH', 'en']);
      expect(setup().result.current.defaultValue).toBe('fr');
      expect(setup({ locales: STYTCH }).result.current.defaultValue).toBe('fr');
      mockLanguages(['de-DE', 'pt-BR']);
      expect(setup({ locales: STYTCH }).result.current.defaultValue).toBe('pt-br');
    });

    it('falls back to en when listed, else to nothing', () => {
      mockLanguages(['xx-YY']);
      expect(setup().result.current.defaultValue).toBe('en');
      expect(setup({ locales: ['es', 'fr'] }).result.current.defaultValue).toBeUndefined();
    });

    it('honours value when the list supports it', () => {
      mockLanguages(['fr']);
      expect(setup({ value: 'es' }).result.current.defaultValue).toBe('es');
      expect(setup({ value: 'pt-BR', locales: STYTCH }).result.current.defaultValue).toBe('pt-br');
      expect(setup({ value: 'de', locales: STYTCH }).result.current.defaultValue).toBe('fr');
    });

    it('follows a languagechange event', () => {
      const languages = mockLanguages(['fr']);
      const { result } = setup();
      expect(result.current.defaultValue).toBe('fr');
      languages.mockReturnValue(['ja']);
      act(() => {
        window.dispatchEvent(new Event('languagechange'));
      });
      expect(result.current.defaultValue).toBe('ja');
    });

    it('renders on the server without the browser’s languages, so hydration matches', () => {
      mockLanguages(['fr']);
      function Probe() {
        return <output>{useLocaleOptions().defaultValue}</output>;
      }
      expect(renderToString(<Probe />)).toContain('>en<');
      render(<Probe />);
      expect(screen.getByRole('status')).toHaveTextContent('fr');
    });
  });

  describe('given a runtime without some names', () => {
    it('labels a variant it cannot name by its language plus the region', async () => {
      class PartialNames extends RealDisplayNames {
        override of(code: string) {
          // Like a runtime with language data but no regional names: it echoes the code.
          return code.includes('-') ? code : super.of(code);
        }
      }
      const { getLocaleOptions } = await useDisplayNames(PartialNames);
      const options = getLocaleOptions(['pt', 'pt-BR', 'zh-TW'], 'en');
      expect(byValue(options, 'pt-BR')).toMatchObject({ label: 'Portuguese (BR)', nativeLabel: 'Português (BR)' });
      expect(byValue(options, 'zh-TW').label).toBe('Chinese (TW)');
    });

    it('never gives an empty label, even when DisplayNames throws', async () => {
      class BrokenNames {
        constructor() {
          throw new RangeError('no data');
        }
      }
      const { getLocaleOptions } = await useDisplayNames(BrokenNames);
      const options = getLocaleOptions(['de', 'pt-BR'], 'en');
      expect(options.map((o) => [o.value, o.label, o.nativeLabel])).toEqual([
        ['de', 'de', 'de'],
        ['pt-BR', 'pt-BR', 'pt-BR'],
      ]);
    });
  });
});
