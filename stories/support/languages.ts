/**
 * The sixteen languages for the stories: each one's messages as a host imports them, its name in
 * itself for the toolbar, and the demo organization's custom roles named in it (a host's catalog
 * is the host's data, in the host's language; the system roles come named by the messages).
 */
import type { InvitationListTranslation } from '../../src/hooks/invitation-messages';
import type { InviteKitMessages } from '../../src/hooks/messages';
import type { RoleCatalog } from '../../src/core/types';
import ar, { invitationListMessages as arList } from 'invite-kit/messages/ar';
import de, { invitationListMessages as deList } from 'invite-kit/messages/de';
import en, { invitationListMessages as enList } from 'invite-kit/messages/en';
import es, { invitationListMessages as esList } from 'invite-kit/messages/es';
import fr, { invitationListMessages as frList } from 'invite-kit/messages/fr';
import he, { invitationListMessages as heList } from 'invite-kit/messages/he';
import it, { invitationListMessages as itList } from 'invite-kit/messages/it';
import ja, { invitationListMessages as jaList } from 'invite-kit/messages/ja';
import ko, { invitationListMessages as koList } from 'invite-kit/messages/ko';
import nl, { invitationListMessages as nlList } from 'invite-kit/messages/nl';
import pl, { invitationListMessages as plList } from 'invite-kit/messages/pl';
import ptBR, { invitationListMessages as ptBRList } from 'invite-kit/messages/pt-BR';
import sv, { invitationListMessages as svList } from 'invite-kit/messages/sv';
import tr, { invitationListMessages as trList } from 'invite-kit/messages/tr';
import zhCN, { invitationListMessages as zhCNList } from 'invite-kit/messages/zh-CN';
import zhTW, { invitationListMessages as zhTWList } from 'invite-kit/messages/zh-TW';
import { ROLES } from './fixtures';

export const LANGUAGES = { en, de, fr, es, 'pt-BR': ptBR, it, nl, pl, sv, tr, ja, ko, 'zh-CN': zhCN, 'zh-TW': zhTW, ar, he } satisfies Record<
  string,
  InviteKitMessages
>;

export type LanguageTag = keyof typeof LANGUAGES;

/** Each language's strings for the invitations list (the same modules' `invitationListMessages`). */
export const LIST_LANGUAGES = {
  en: enList,
  de: deList,
  fr: frList,
  es: esList,
  'pt-BR': ptBRList,
  it: itList,
  nl: nlList,
  pl: plList,
  sv: svList,
  tr: trList,
  ja: jaList,
  ko: koList,
  'zh-CN': zhCNList,
  'zh-TW': zhTWList,
  ar: arList,
  he: heList,
} satisfies Record<LanguageTag, InvitationListTranslation>;

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
