import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { INVITATION_LOCALES, canonicalizeLocale, localeDirection, matchLocale } from '../core/locales';

/** One language a person can pick for the invitation email. */
export interface LocaleOption {
  /** The tag as the locale list spells it (`pt-br` for Stytch, `pt-BR` for WorkOS). */
  value: string;
  /** The language's name in the display language ("German"). */
  label: string;
  /** The language's name in itself ("Deutsch"). */
  nativeLabel: string;
  /** Writing direction: `rtl` for Arabic, Hebrew, Persian, Urdu and the like. */
  dir: 'ltr' | 'rtl';
}

/** The options of {@link useLocaleOptions}. */
export interface UseLocaleOptionsOptions {
  /**
   * The tags to offer, in the API's own spelling.
   * @default INVITATION_LOCALES (the 90 WorkOS invitation locales)
   */
  locales?: readonly string[];
  /**
   * The language the labels are written in: pass your UI's language.
   * @default 'en'
   */
  displayLocale?: string;
  /** The current value: honoured as `defaultValue` when the list supports it. */
  value?: string;
}

/** What {@link useLocaleOptions} returns. */
export interface LocaleOptions {
  /** Sorted by label, each language's regional variants right after it. */
  options: LocaleOption[];
  /** The best supported tag for any BCP 47 input (`'de-AT'` → `'de'`), or `undefined`. */
  match: (tag: string) => string | undefined;
  /** `value` when supported, else the best match for the person's own languages, else `en` when listed. */
  defaultValue: string | undefined;
}

// A list reads better with each name starting in upper case ("Français", not "français"), in the
// casing rules of the name's own language. Only for scripts that capitalize the start of a
// sentence (Georgian has capitals but never uses them so), and never for a name cased on purpose
// inside its first word ("isiZulu").
const CAPITALIZING_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
const capitalize = (text: string, locale: string) => {
  const first = text.split(' ')[0] ?? '';
  if (!CAPITALIZING_SCRIPT.test(text) || first.slice(1) !== first.slice(1).toLowerCase()) return text;
  try {
    return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  } catch {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
};

type Names = (tag: string) => string | undefined;

// One formatter per display language: building one is far dearer than asking it.
const namesCache = new Map<string, Names>();

/** A name lookup that answers `undefined` where the runtime has no real name (never the code itself). */
function namesIn(displayLocale: string): Names {
  let names = namesCache.get(displayLocale);
  if (names) return names;
  let format: Intl.DisplayNames | undefined;
  try {
    format = new Intl.DisplayNames([displayLocale], { type: 'language', fallback: 'none' });
  } catch {
    // No Intl.DisplayNames, or no data for this display language: fallbacks below.
    format = undefined;
  }
  names = (tag) => {
    try {
      const name = format?.of(tag);
      // Some runtimes ignore `fallback: 'none'` and echo the code.
      return name && name.toLowerCase() !== tag.toLowerCase() ? capitalize(name, displayLocale) : undefined;
    } catch {
      return undefined;
    }
  };
  namesCache.set(displayLocale, names);
  return names;
}

/** The base language subtag of a canonical tag (`pt-BR` → `pt`). */
const baseOf = (tag: string) => tag.split('-')[0]!;

/** A name that is never empty: the runtime's, else the base language's plus the rest of the tag, else the tag. */
function nameOf(tag: string, names: Names): string {
  const whole = names(tag);
  if (whole) return whole;
  const base = baseOf(tag);
  const rest = tag.slice(base.length + 1);
  const baseName = base !== tag ? names(base) : undefined;
  if (baseName) return rest ? `${baseName} (${rest})` : baseName;
  return tag;
}

// A display language that is not a well-formed tag sorts by the runtime's default rules.
const collatorFor = (locale: string) => {
  try {
    return new Intl.Collator(locale);
  } catch {
    return new Intl.Collator();
  }
};

/**
 * The option list behind {@link useLocaleOptions}, for code outside React.
 * @example getLocaleOptions(['en', 'es', 'pt-br', 'fr'], 'de')[0] // { value: 'en', label: 'Englisch', nativeLabel: 'English', dir: 'ltr' }
 */
export function getLocaleOptions(locales: readonly string[] = INVITATION_LOCALES, displayLocale = 'en'): LocaleOption[] {
  const names = namesIn(displayLocale);
  const collator = collatorFor(displayLocale);
  const rows = locales.map((value) => {
    const tag = canonicalizeLocale(value) ?? value;
    const base = baseOf(tag);
    return {
      option: {
        value,
        label: nameOf(tag, names),
        nativeLabel: nameOf(tag, namesIn(tag)),
        dir: localeDirection(tag),
      } satisfies LocaleOption,
      base,
      // The group sorts under its language's own name, even when only regional variants are listed.
      groupLabel: nameOf(base, names),
      isBase: tag === base,
    };
  });
  rows.sort(
    (a, b) =>
      collator.compare(a.groupLabel, b.groupLabel) ||
      (a.base === b.base ? 0 : a.base < b.base ? -1 : 1) ||
      Number(b.isBase) - Number(a.isBase) ||
      collator.compare(a.option.label, b.option.label),
  );
  return rows.map((row) => row.option);
}

// ─── The person's own languages (SSR-safe) ───────────────────────────────────────────────────────

const subscribeLanguages = (onChange: () => void) => {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
};

// A string, so the snapshot compares equal while the languages stay the same.
const readLanguages = () => {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  const list = nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
  return list.join(',');
};

const serverLanguages = () => '';

/**
 * The languages an invitation email can be written in, as options for a picker: labels in the
 * display language and in each language itself, writing direction, sorted for people. Also finds
 * the best supported tag for any input and a sensible default for this person.
 *
 * On the server (and during hydration) `defaultValue` ignores the browser's languages, so the first
 * client render matches the server's.
 * @example
 * const { options, defaultValue, match } = useLocaleOptions({ locales: ['en', 'es', 'pt-br', 'fr'] });
 * match('pt-BR') // 'pt-br'
 */
export function useLocaleOptions(options: UseLocaleOptionsOptions = {}): LocaleOptions {
  const { displayLocale = 'en', value } = options;
  const locales = options.locales ?? INVITATION_LOCALES;
  // Hosts often pass a new array literal each render: compare by content.
  const localesKey = locales.join('\n');
  const stableLocales = useMemo(() => locales, [localesKey]);

  const list = useMemo(() => getLocaleOptions(stableLocales, displayLocale), [stableLocales, displayLocale]);

  const match = useCallback(
    (tag: string) => {
      try {
        return matchLocale(tag, stableLocales);
      } catch {
        return undefined;
      }
    },
    [stableLocales],
  );

  const languages = useSyncExternalStore(subscribeLanguages, readLanguages, serverLanguages);

  const defaultValue = useMemo(() => {
    const preferred = [...(value === undefined ? [] : [value]), ...(languages ? languages.split(',') : []), 'en'];
    for (const tag of preferred) {
      const hit = match(tag);
      if (hit) return hit;
    }
    return undefined;
  }, [value, languages, match]);

  return useMemo(() => ({ options: list, match, defaultValue }), [list, match, defaultValue]);
}
