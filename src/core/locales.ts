/**
 * Locales: the invitation-email languages, and helpers to canonicalize, match and orient any BCP 47
 * tag. Names come from `Intl.DisplayNames` at run time, never from a shipped table.
 */

/** The 90 invitation-email locales WorkOS accepts (seeds/001), in that order. */
export const INVITATION_LOCALES = [
  'af', 'am', 'ar', 'bg', 'bn', 'bs', 'ca', 'cs', 'da', 'de', 'de-DE', 'el', 'en', 'en-AU', 'en-CA', 'en-GB',
  'en-US', 'es', 'es-419', 'es-ES', 'es-US', 'et', 'fa', 'fi', 'fil', 'fr', 'fr-BE', 'fr-CA', 'fr-FR', 'fy',
  'gl', 'gu', 'ha', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'is', 'it', 'it-IT', 'ja', 'jv', 'ka', 'kk', 'km',
  'kn', 'ko', 'lt', 'lv', 'mk', 'ml', 'mn', 'mr', 'ms', 'my', 'nb', 'ne', 'nl', 'nl-BE', 'nl-NL', 'nn', 'no',
  'pa', 'pl', 'pt', 'pt-BR', 'pt-PT', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr', 'sv', 'sw', 'ta', 'te', 'th', 'tr',
  'uk', 'ur', 'uz', 'vi', 'zh', 'zh-CN', 'zh-HK', 'zh-TW', 'zu',
] as const;

/** One of {@link INVITATION_LOCALES}. */
export type InvitationLocale = (typeof INVITATION_LOCALES)[number];

/**
 * The canonical form of a BCP 47 tag (`EN-gb` → `en-GB`, `pt_br` → `pt-BR`, `iw` → `he`), or
 * `undefined` when it is not a well-formed tag.
 */
export function canonicalizeLocale(tag: string): string | undefined {
  if (typeof tag !== 'string' || tag.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

// Spanish as written in Latin America and the Caribbean: `es-419` before plain `es`.
const LATIN_AMERICA = new Set(
  'AR BO BR BZ CL CO CR CU DO EC GT HN MX NI PA PE PR PY SV UY VE 419'.split(' '),
);

function candidates(canonical: string): string[] {
  const locale = new Intl.Locale(canonical);
  const { language, script, region } = locale;
  const list = [canonical];
  if (script && region) list.push(`${language}-${region}`);
  if (language === 'es' && region && LATIN_AMERICA.has(region)) list.push('es-419');
  if (language === 'zh') {
    const max = locale.maximize();
    const traditional = max.script === 'Hant';
    const hk = region === 'HK' || region === 'MO' || max.region === 'HK' || max.region === 'MO';
    list.push(traditional ? (hk ? 'zh-HK' : 'zh-TW') : 'zh-CN');
  }
  list.push(language);
  if (!region) {
    const max = locale.maximize();
    if (max.region) list.push(`${language}-${max.region}`);
  }
  return list;
}

const indexes = new WeakMap<readonly string[], Map<string, string>>();

function indexOf(supported: readonly string[]): Map<string, string> {
  let index = indexes.get(supported);
  if (!index) {
    index = new Map();
    for (const tag of supported) {
      const key = (canonicalizeLocale(tag) ?? tag).toLowerCase();
      if (!index.has(key)) index.set(key, tag);
    }
    indexes.set(supported, index);
  }
  return index;
}

/**
 * The best tag in `supported` for any BCP 47 input, in the list's own spelling, or `undefined`.
 * Tries the exact tag, then the language with its region (`zh-Hant-TW` → `zh-TW`), Latin American
 * Spanish (`es-MX` → `es-419`), the bare language (`de-AT` → `de`), the language's likely region
 * (`pt` → `pt-br` for a list without `pt`), and last any tag of the same language.
 * @default supported INVITATION_LOCALES
 * @example
 * matchLocale('de-AT') // 'de'
 * matchLocale('pt-br') // 'pt-BR'
 * matchLocale('pt-BR', ['en', 'es', 'pt-br', 'fr']) // 'pt-br'
 * matchLocale('xx') // undefined
 */
export function matchLocale(tag: string, supported: readonly string[] = INVITATION_LOCALES): string | undefined {
  const canonical = canonicalizeLocale(tag);
  if (!canonical) return undefined;
  const index = indexOf(supported);
  for (const candidate of candidates(canonical)) {
    const hit = index.get(candidate.toLowerCase());
    if (hit) return hit;
  }
  const language = `${new Intl.Locale(canonical).language}-`;
  for (const [key, own] of index) if (key.startsWith(language)) return own;
  return undefined;
}

/**
 * The best tag in `supported` for a list of preferences (such as `navigator.languages`), trying
 * each in order.
 */
export function matchLocales(preferred: readonly string[], supported: readonly string[] = INVITATION_LOCALES): string | undefined {
  for (const tag of preferred) {
    const hit = matchLocale(tag, supported);
    if (hit) return hit;
  }
  return undefined;
}

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Mend']);

/** The writing direction of a language: `rtl` for Arabic, Hebrew, Persian, Urdu and the like. */
export function localeDirection(tag: string): 'ltr' | 'rtl' {
  const canonical = canonicalizeLocale(tag);
  if (!canonical) return 'ltr';
  const script = new Intl.Locale(canonical).maximize().script;
  return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}
