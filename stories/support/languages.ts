/**
 * The sixteen languages for the stories: each one's messages as a host imports them, its name in
 * itself for the toolbar, and the demo organization's custom roles named in it (a host's catalog
 * is the host's data, in the host's language; the system roles come named by the messages).
 */
import type { InviteKitMessages } from '../../src/hooks/messages';
import type { RoleCatalog } from '../../src/core/types';
import ar from 'invite-kit/messages/ar';
import de from 'invite-kit/messages/de';
import en from 'invite-kit/messages/en';
import es from 'invite-kit/messages/es';
import fr from 'invite-kit/messages/fr';
import he from 'invite-kit/messages/he';
import it from 'invite-kit/messages/it';
import ja from 'invite-kit/messages/ja';
import ko from 'invite-kit/messages/ko';
import nl from 'invite-kit/messages/nl';
import pl from 'invite-kit/messages/pl';
import ptBR from 'invite-kit/messages/pt-BR';
import sv from 'invite-kit/messages/sv';
import tr from 'invite-kit/messages/tr';
import zhCN from 'invite-kit/messages/zh-CN';
import zhTW from 'invite-kit/messages/zh-TW';
import { ROLES } from './fixtures';

export const LANGUAGES = { en, de, fr, es, 'pt-BR': ptBR, it, nl, pl, sv, tr, ja, ko, 'zh-CN': zhCN, 'zh-TW': zhTW, ar, he } satisfies Record<
  string,
  InviteKitMessages
>;

export type LanguageTag = keyof typeof LANGUAGES;

export const LANGUAGE_TAGS = Object.keys(LANGUAGES) as LanguageTag[];

/** Whether a toolbar value names one of the languages. */
export const isLanguage = (tag: unknown): tag is LanguageTag => typeof tag === 'string' && Object.hasOwn(LANGUAGES, tag);

/** Each language by its own name, for the toolbar. */
export const languageName = (tag: LanguageTag) => new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;

// The demo organization's two custom roles, as a host would name them in each language.
const CUSTOM_ROLE_NAMES: Record<LanguageTag, [support: string, analyst: string]> = {
  en: ['Support agent', 'Analyst'],
  de: ['Kundensupport', 'Analyse'],
  fr: ['Support client', 'Analyse'],
  es: ['Soporte', 'Análisis'],
  'pt-BR': ['Suporte', 'Análise'],
  it: ['Assistenza clienti', 'Analisi'],
  nl: ['Klantenservice', 'Analyse'],
  pl: ['Obsługa klienta', 'Analityka'],
  sv: ['Kundsupport', 'Analys'],
  tr: ['Müşteri desteği', 'Analiz'],
  ja: ['サポート担当', 'アナリスト'],
  ko: ['고객 지원', '분석가'],
  'zh-CN': ['客服', '分析师'],
  'zh-TW': ['客服', '分析師'],
  ar: ['وكيل دعم', 'محلّل'],
  he: ['תמיכה', 'ניתוח נתונים'],
};

/** The demo catalog in a language: English keeps its descriptions; the others name the custom roles only. */
export function rolesIn(tag: LanguageTag): RoleCatalog {
  if (tag === 'en') return ROLES;
  const [support, analyst] = CUSTOM_ROLE_NAMES[tag];
  return [
    { slug: 'org-support', name: support },
    { slug: 'org-analyst', name: analyst },
  ];
}
