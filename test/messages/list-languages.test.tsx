/**
 * The invitations list in the sixteen languages (issue #15): each module's
 * `invitationListMessages` says every string for any value, has words for every code the list can
 * be told of, and the list speaks it — relative times through Intl in that language, the system
 * roles by its names, roles listed as it lists them, its `lang` and direction, and failures by
 * code in its words (a server's English only for a code the kit does not know).
 */
import { renderHook, waitFor, act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { INVITE_ERROR_CODES } from '../../src/core/error-codes';
import { INVITATION_CALL_MESSAGES, INVITATION_ERROR_CODES } from '../../src/core/invitations';
import { InvitationError } from '../../src/core/invitation-error';
import type { InvitationsTransport } from '../../src/core/types';
import {
  defaultInvitationListMessages,
  describeListError,
  formatRelativeTime,
  type InvitationListActionKind,
  type InvitationListTranslation,
} from '../../src/hooks/invitation-messages';
import type { InviteKitMessages } from '../../src/hooks/messages';
import { useInvitationList, type UseInvitationListOptions } from '../../src/hooks/use-invitation-list';
import arDialog, { invitationListMessages as ar } from '../../src/messages/ar';
import deDialog, { invitationListMessages as de } from '../../src/messages/de';
import enDialog, { invitationListMessages as en } from '../../src/messages/en';
import esDialog, { invitationListMessages as es } from '../../src/messages/es';
import frDialog, { invitationListMessages as fr } from '../../src/messages/fr';
import heDialog, { invitationListMessages as he } from '../../src/messages/he';
import it_Dialog, { invitationListMessages as it_ } from '../../src/messages/it';
import jaDialog, { invitationListMessages as ja } from '../../src/messages/ja';
import koDialog, { invitationListMessages as ko } from '../../src/messages/ko';
import nlDialog, { invitationListMessages as nl } from '../../src/messages/nl';
import plDialog, { invitationListMessages as pl } from '../../src/messages/pl';
import ptBRDialog, { invitationListMessages as ptBR } from '../../src/messages/pt-BR';
import svDialog, { invitationListMessages as sv } from '../../src/messages/sv';
import trDialog, { invitationListMessages as tr } from '../../src/messages/tr';
import zhCNDialog, { invitationListMessages as zhCN } from '../../src/messages/zh-CN';
import zhTWDialog, { invitationListMessages as zhTW } from '../../src/messages/zh-TW';
import { createMemoryInvitationApi, type MemorySeedInvitation } from '../../src/transports/memory-api';

const LANGUAGES: Record<string, InvitationListTranslation> = {
  en, de, fr, es, 'pt-BR': ptBR, it: it_, nl, pl, sv, tr, ja, ko, 'zh-CN': zhCN, 'zh-TW': zhTW, ar, he,
};
const DIALOG: Record<string, InviteKitMessages> = {
  'ar': arDialog, 'de': deDialog, 'en': enDialog, 'es': esDialog, 'fr': frDialog, 'he': heDialog, 'it': it_Dialog, 'ja': jaDialog, 'ko': koDialog, 'nl': nlDialog, 'pl': plDialog, 'pt-BR': ptBRDialog, 'sv': svDialog, 'tr': trDialog, 'zh-CN': zhCNDialog, 'zh-TW': zhTWDialog,
};
const OTHERS = Object.entries(LANGUAGES).filter(([tag]) => tag !== 'en');
const BROKEN = /#|\{\w+\}|\bundefined\b|\bNaN\b|\bnull\b|\[object/;
const ACTIONS: InvitationListActionKind[] = ['resend', 'revoke', 'reinvite', 'copyLink'];
const LIST_CODES = [...Object.keys(INVITE_ERROR_CODES), ...Object.keys(INVITATION_ERROR_CODES), 'invite.busy', 'invite.not_revoked'].sort();
const DAY = 86_400_000;

/** Every string of a list's messages, each function called with every action and several counts. */
function everyText(messages: InvitationListTranslation, tag: string): string[] {
  const texts: string[] = [];
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'function') {
      // Only actionFor names Copy link; the others word what is sent or revoked.
      for (const action of key === 'actionFor' ? ACTIONS : ACTIONS.filter((a) => a !== 'copyLink'))
        for (const count of [0, 1, 2, 3, 5, 11, 100]) {
          const values = { action, count, email: 'ana@acme.com', message: 'Oops.', name: 'Jane Doe', label: messages.states.pending, state: messages.states.expired, time: formatRelativeTime(3 * DAY, tag) };
          const text = (value as (values: object) => unknown)(values);
          expect(typeof text, `${key}(${action}, ${count})`).toBe('string');
          texts.push(text as string);
        }
    } else if (value && typeof value === 'object') for (const [inner, v] of Object.entries(value)) visit(v, `${key}.${inner}`);
  };
  for (const [key, value] of Object.entries(messages)) if (key !== 'locale') visit(value, key);
  return texts;
}

describe.each(Object.entries(LANGUAGES))('%s: invitationListMessages', (tag, messages) => {
  it('names its language and the four system roles, and has words for every code the list can be told of', () => {
    expect(messages.locale).toBe(tag);
    expect(Object.keys(messages.roleNames).sort()).toEqual(['admin', 'billing', 'member', 'owner']);
    expect(Object.keys(messages.errors).sort()).toEqual(LIST_CODES);
  });

  it('says every string, for any action and count, with no placeholder or missing value left', () => {
    for (const text of everyText(messages, tag)) {
      expect(text.trim(), text).not.toBe('');
      expect(text, text).not.toMatch(BROKEN);
    }
  });
});

describe.each(Object.entries(LANGUAGES))('%s: the actions’ names', (_tag, messages) => {
  it('hold the words the button shows, so a person who says them reaches it (WCAG 2.5.3, Label in Name)', () => {
    for (const action of ACTIONS) {
      const name = messages.actionFor({ action, email: 'ana@acme.com' }).toLocaleLowerCase(messages.locale);
      expect(name, action).toContain(messages.actions[action].toLocaleLowerCase(messages.locale));
    }
  });
});

describe.each(Object.entries(LANGUAGES))('%s: a call about invitations that failed on its way', (tag, messages) => {
  it('is worded for the list, not as a send ("may have been sent")', () => {
    for (const code of Object.keys(INVITATION_CALL_MESSAGES) as Array<keyof typeof INVITATION_CALL_MESSAGES>) {
      expect(messages.errors[code], code).not.toBe(DIALOG[tag]!.errors[code]);
    }
  });
});

const NATURAL_THIS_MINUTE = new Set(['nl.expiresIn', 'ja.expiresIn']);

describe.each(Object.entries(LANGUAGES))('%s: a time within the current minute', (tag, messages) => {
  it('reads as the language says "just now", never as Intl’s "this minute" after a verb', () => {
    const thisMinute = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }).format(0, 'minute');
    const time = formatRelativeTime(0, tag);
    expect(time).toBe(thisMinute);
    for (const key of ['expiresIn', 'expiredAgo', 'acceptedAgo', 'revokedAgo', 'sentAgo'] as const) {
      const text = messages[key]({ time });
      // Where Intl's words read as the language would say it: "Verloopt binnen een minuut", "1 分以内に期限切れ".
      if (NATURAL_THIS_MINUTE.has(`${tag}.${key}`)) continue;
      expect(text, key).not.toContain(thisMinute);
      expect(text, key).toMatch(/\S/);
    }
  });
});

describe.each(OTHERS)('%s is a translation', (_tag, messages) => {
  it('shares almost no string with English', () => {
    const english = new Set(everyText({ ...en, ...defaultInvitationListMessages } as InvitationListTranslation, 'en'));
    const texts = everyText(messages, messages.locale);
    const same = texts.filter((text) => english.has(text) && !/^[\w.@]+$/.test(text));
    // Role names such as "Admin" may be the same word; sentences never are.
    expect(same.filter((text) => text.includes(' '))).toEqual([]);
  });
});

const seeds: MemorySeedInvitation[] = [
  { email: 'ana@acme.com', createdAt: Date.now() - DAY, roleSlugs: ['admin', 'org-support'] },
  { email: 'ben@acme.com', createdAt: Date.now() - 10 * DAY, roleSlugs: ['billing'] },
];

function listIn(messages: Partial<InvitationListTranslation> | undefined, transport?: (api: ReturnType<typeof createMemoryInvitationApi>) => InvitationsTransport) {
  const api = createMemoryInvitationApi({ invitations: seeds });
  const options = {
    transport: transport ? transport(api) : api,
    onSend: api.onSend,
    caller: { email: 'me@acme.com', roleSlugs: ['owner', 'org-support'] },
    roles: [{ slug: 'org-support', name: 'サポート担当' }],
    ...(messages && { messages }),
  } as UseInvitationListOptions;
  const hook = renderHook(() => useInvitationList(options));
  return { ...hook, row: (email: string) => hook.result.current.rows.find((r) => r.email === email)! };
}

describe('the list speaks the language it is given', () => {
  it('in Japanese: relative times through Intl, system roles by its names, roles listed with 、', async () => {
    const { result, row } = listIn(ja);
    await waitFor(() => expect(result.current.view).toBe('list'));
    expect(result.current.locale).toBe('ja');
    expect(result.current.lang).toBe('ja');
    expect(row('ana@acme.com').stateLabel).toBe(ja.states.pending);
    expect(row('ana@acme.com').time).toBe(ja.expiresIn({ time: new Intl.RelativeTimeFormat('ja', { numeric: 'auto' }).format(6, 'day') }));
    expect(row('ana@acme.com').roles).toBe(`${ja.roleNames.admin}、サポート担当`);
    expect(row('ben@acme.com').time).toBe(ja.expiredAgo({ time: new Intl.RelativeTimeFormat('ja', { numeric: 'auto' }).format(-3, 'day') }));
  });

  it('in Arabic: right to left, lang ar, relative times in Arabic', async () => {
    const { result, row } = listIn(ar);
    await waitFor(() => expect(result.current.view).toBe('list'));
    expect(result.current.dir).toBe('rtl');
    expect(result.current.lang).toBe('ar');
    expect(row('ana@acme.com').time).toBe(ar.expiresIn({ time: new Intl.RelativeTimeFormat('ar', { numeric: 'auto' }).format(6, 'day') }));
  });

  it('says a refused action by its code in the language, never in the server’s English', async () => {
    const refuse = (api: ReturnType<typeof createMemoryInvitationApi>): InvitationsTransport => ({
      ...api,
      resend: () => Promise.reject(new InvitationError({ code: 'invite.not_pending', message: 'Invitation is not pending.', retryable: false, uncertain: false, status: 409 })),
    });
    const { result, row } = listIn(de, refuse);
    await waitFor(() => expect(result.current.view).toBe('list'));
    await act(async () => {
      await result.current.invitations.resend(row('ana@acme.com').id);
    });
    expect(row('ana@acme.com').note?.text).toBe(de.failed({ action: 'resend', email: 'ana@acme.com', message: de.errors['invite.not_pending'] }));
  });
});

describe('describeListError', () => {
  it('takes the messages’ words for a code, else the kit’s English for a code of managing invitations or the network, else the server’s text', () => {
    expect(describeListError({ code: 'invite.not_pending', message: 'Nope.' }, de.errors)).toBe(de.errors['invite.not_pending']);
    expect(describeListError({ code: 'invite.not_pending', message: 'Nope.' }, {})).toBe(INVITATION_ERROR_CODES['invite.not_pending'].message);
    expect(describeListError({ code: 'invite.network_error', message: 'Failed to fetch' }, {})).toBe(INVITATION_CALL_MESSAGES['invite.network_error']);
    // The built-in English has no words for a send code; English's module has.
    expect(describeListError({ code: 'invite.send_failed', message: 'Request could not be processed.' }, {})).toBe('Request could not be processed.');
    expect(describeListError({ code: 'invite.send_failed', message: 'Request could not be processed.' }, en.errors)).toBe(INVITE_ERROR_CODES['invite.send_failed'].message);
    expect(describeListError({ code: 'vendor.quota', message: 'Quota exceeded.' }, de.errors)).toBe('Quota exceeded.');
    // A code named like an Object member is no key of the words.
    expect(describeListError({ code: 'toString', message: 'Odd.' }, de.errors)).toBe('Odd.');
  });
});
