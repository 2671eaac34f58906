/**
 * How the kit's messages put values into words in any language, through `Intl`: plural forms,
 * numbers, countdowns, quantities with a unit and lists. No React and no DOM, so the language
 * files (`invite-kit/messages/de` …) carry nothing else, and a host writing a language of its own
 * uses the same helpers.
 * @module
 */

/** Plural forms by CLDR category; `#` stands for the formatted count. `other` is always needed. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

// One formatter per language and kind: building one is far dearer than asking it.
const formatters = new Map<string, object>();

function cached<T extends object>(key: string, make: () => T): T {
  let value = formatters.get(key) as T | undefined;
  if (!value) formatters.set(key, (value = make()));
  return value;
}

/**
 * A number written for the locale: its digits (Arabic-Indic in `ar`) and its grouping.
 * @default locale 'en'
 * @example formatNumber(1200, 'de') // '1.200'
 */
export function formatNumber(value: number, locale = 'en'): string {
  return cached(`n${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/**
 * Picks the plural form for `count` with `Intl.PluralRules` and puts the count (formatted for the
 * locale) where `#` stands. An exact `zero` form wins for 0 even in languages whose rules have none.
 * @default locale 'en'
 * @example plural(3, { one: '# invitation', other: '# invitations' }) // '3 invitations'
 * @example plural(2, { zero: '…', one: '…', two: 'دعوتان', few: '# دعوات', many: '# دعوة', other: '# دعوة' }, 'ar') // 'دعوتان'
 */
export function plural(count: number, forms: PluralForms, locale = 'en'): string {
  const category = cached(`p${locale}`, () => new Intl.PluralRules(locale)).select(count) as Intl.LDMLPluralRule;
  const form = (count === 0 ? forms.zero : undefined) ?? forms[category] ?? forms.other;
  return form.replace(/#/g, formatNumber(count, locale));
}

/**
 * Fills `{name}` placeholders from `values`; unknown placeholders stay as they are, so a typo shows
 * instead of vanishing.
 * @example formatMessage('Remove {email}', { email: 'ana@acme.com' }) // 'Remove ana@acme.com'
 */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole,
  );
}

/**
 * Seconds as a countdown, `m:ss` (or `h:mm:ss`), in the locale's digits (`١:٠٥` in Arabic).
 * @default locale 'en'
 * @example formatCountdown(65) // '1:05'
 */
export function formatCountdown(seconds: number, locale = 'en'): string {
  const s = Math.max(0, Math.ceil(seconds));
  const digits = (n: number, min = 1) =>
    cached(`${min}${locale}`, () => new Intl.NumberFormat(locale, { minimumIntegerDigits: min, useGrouping: false })).format(n);
  return `${s >= 3600 ? `${digits(Math.floor(s / 3600))}:${digits(Math.floor(s / 60) % 60, 2)}` : digits(Math.floor(s / 60))}:${digits(s % 60, 2)}`;
}

/**
 * Seconds as `m:ss` (or `h:mm:ss`) in ASCII digits, for a countdown. {@link formatCountdown} writes
 * a locale's own digits.
 */
export function formatDuration(seconds: number): string {
  return formatCountdown(seconds);
}

/**
 * A quantity with its unit, spelt out in the locale: "30 days", "30 Tage", "30日", "٣٠ يومًا".
 * @default locale 'en'
 * @example formatUnit(7, 'day', 'fr') // '7 jours'
 */
export function formatUnit(value: number, unit: 'day' | 'minute', locale = 'en'): string {
  return cached(`u${unit}${locale}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' })).format(value);
}

/**
 * Items joined as the locale joins a list: "admin and owner", "admin und owner", "admin、owner".
 * `or` for alternatives.
 * @default locale 'en', type 'and'
 * @example formatList(['Admin', 'Owner'], 'de') // 'Admin und Owner'
 */
export function formatList(items: readonly string[], locale = 'en', type: 'and' | 'or' = 'and'): string {
  return cached(`l${type}${locale}`, () => new Intl.ListFormat(locale, { type: type === 'and' ? 'conjunction' : 'disjunction' })).format(items);
}

/**
 * Text set apart from what surrounds it in the bidirectional algorithm (U+2068 FIRST STRONG
 * ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: what `<bdi>` is to markup, for a string): an address
 * or a role slug inside Arabic or Hebrew words keeps its own order and its punctuation in place.
 * @example `أُزيل ${isolate('ana@acme.com')}.`
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * {@link plural} bound to one language, its forms typed: `forms` must hold every category named
 * in `C` (Arabic's six, Polish's four …) besides `other`, so a form left out fails the typecheck.
 * @example
 * const pl = pluralsOf<'one' | 'few' | 'many'>('pl');
 * pl(5, { one: '# zaproszenie', few: '# zaproszenia', many: '# zaproszeń', other: '# zaproszenia' }) // '5 zaproszeń'
 */
export function pluralsOf<C extends Intl.LDMLPluralRule = never>(locale: string) {
  return (count: number, forms: Record<C, string> & PluralForms): string => plural(count, forms, locale);
}


/**
 * A time from now in the UI language, with `Intl.RelativeTimeFormat`: `ms` later (negative:
 * earlier), in the largest unit it makes at least one of ("in 3 days", "2 hours ago", "tomorrow").
 * Under a minute reads as the current minute (`formatRelativeTime(0, locale)`: "this minute"),
 * which a language's sentences compare against to say "just now" as the language says it.
 * @default locale 'en'
 * @example formatRelativeTime(3 * 86_400_000) // 'in 3 days'
 */
export function formatRelativeTime(ms: number, locale = 'en'): string {
  const format = cached(`r${locale}`, () => {
    try {
      return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    } catch {
      // A tag the runtime does not know: English rather than a crash.
      return new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    }
  });
  // Built here, not at the top of the module: a bundler keeps a top-level table of products
  // (`365 * DAY`) in every bundle that imports this module, the dialog's too.
  const MINUTE = 60_000;
  const DAY = 24 * 60 * MINUTE;
  // Each unit, its length, and from how far on it is used: days up to six weeks ("in 29 days" reads
  // better than "in 1 month"), then months, then years.
  const UNITS: Array<[Intl.RelativeTimeFormatUnit, number, number]> = [
    ['year', 365 * DAY, 365 * DAY],
    ['month', 30 * DAY, 45 * DAY],
    ['day', DAY, 23.5 * 60 * MINUTE],
    ['hour', 60 * MINUTE, 59.5 * MINUTE],
    ['minute', MINUTE, 0],
  ];
  const size = Math.abs(ms);
  const [unit, length] = UNITS.find(([, , from]) => size >= from)!;
  // `+ 0` turns a rounded -0 into 0: "this minute", not "0 minutes ago".
  return format.format(Math.round(ms / length) + 0, unit);
}
