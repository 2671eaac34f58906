// @vitest-environment node
/**
 * The sixteen languages (issue #15): each says everything the kit says, with counts in its own
 * plural forms and numbers, every reason core gives in its own words, and every code the kit
 * knows. The reasons are produced by core from real input here, so a reason core stops giving (or
 * starts giving without words) fails too.
 */
import { describe, expect, it } from 'vitest';
import { checkEmail } from '../../src/core/email';
import { parseEmailList } from '../../src/core/email-list';
import { INVITE_ERROR_CODES } from '../../src/core/error-codes';
import { createInviteBatchStore } from '../../src/core/invite-store';
import type { InviteIssueReason } from '../../src/core/reasons';
import { validateInviteBatch } from '../../src/core/rules';
import type { InviteIssue, OnSend } from '../../src/core/types';
import { defaultInviteMessages, describeError, type InviteKitMessages } from '../../src/hooks/messages';
import ar from '../../src/messages/ar';
import de from '../../src/messages/de';
import en from '../../src/messages/en';
import es from '../../src/messages/es';
import fr from '../../src/messages/fr';
import he from '../../src/messages/he';
import it_ from '../../src/messages/it';
import ja from '../../src/messages/ja';
import ko from '../../src/messages/ko';
import nl from '../../src/messages/nl';
import pl from '../../src/messages/pl';
import ptBR from '../../src/messages/pt-BR';
import sv from '../../src/messages/sv';
import tr from '../../src/messages/tr';
import zhCN from '../../src/messages/zh-CN';
import zhTW from '../../src/messages/zh-TW';

const LANGUAGES: Record<string, InviteKitMessages> = {
  en, de, fr, es, 'pt-BR': ptBR, it: it_, nl, pl, sv, tr, ja, ko, 'zh-CN': zhCN, 'zh-TW': zhTW, ar, he,
};
const OTHERS = Object.entries(LANGUAGES).filter(([tag]) => tag !== 'en');

// What a person must never read: a placeholder left in, a value that did not arrive, an object.
const BROKEN = /#|\{\w+\}|\bundefined\b|\bNaN\b|\bnull\b|\[object/;
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 101, 1200];

/** Every message of a language, called with every count (and the other values it takes). */
function everyText(messages: InviteKitMessages): string[] {
  const texts: string[] = [];
  const email = 'ana@acme.com';
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') texts.push(value);
    if (typeof value !== 'function') continue;
    const call = value as (values: object) => string;
    for (const count of COUNTS) {
      const values = {
        count,
        max: Math.max(count, 1),
        current: Math.min(count, 1),
        total: Math.max(count, 1),
        email,
        suggestion: 'ana@gmail.com',
        message: 'Oops.',
        member: 'M',
        role: 'admin',
        name: 'Admin',
        time: '1:30',
        seconds: 90,
        min: 1,
        unit: count % 2 ? 'days' : 'minutes',
        full: count % 2 === 0,
        added: count,
        duplicates: count,
        invalid: count,
        skippedHeader: count === 2,
        rolesIgnored: count,
        sent: count,
        alreadyInvited: count,
        alreadyMember: Math.floor(count / 2),
        failed: count,
        unknown: count,
        waiting: count,
      };
      const text = call(values);
      expect(typeof text, `${key}(${count})`).toBe('string');
      texts.push(text);
    }
  }
  return texts;
}

describe.each(Object.entries(LANGUAGES))('%s', (tag, messages) => {
  it('names its own language, which Intl knows', () => {
    expect(messages.locale).toBe(tag);
    expect(Intl.getCanonicalLocales(messages.locale)).toEqual([tag]);
  });

  it('says every string, for any count, with no placeholder or missing value left', () => {
    for (const text of everyText(messages)) {
      expect(text.trim(), text).not.toBe('');
      expect(text, text).not.toMatch(BROKEN);
    }
  });

  it('has words for every code the kit knows, and names the four system roles', () => {
    expect(Object.keys(messages.errors).sort()).toEqual(Object.keys(INVITE_ERROR_CODES).sort());
    for (const text of Object.values(messages.errors)) expect(text).toMatch(/\S/);
    expect(Object.keys(messages.roleNames).sort()).toEqual(['admin', 'billing', 'member', 'owner']);
  });
});

describe('plural forms, through Intl.PluralRules', () => {
  const send = (messages: InviteKitMessages) => (count: number) => messages.send({ count });

  it('gives Arabic its six forms: zero, one, two, few, many, other', () => {
    const texts = [0, 1, 2, 3, 11, 100].map(send(ar));
    expect(new Set(texts).size).toBe(6);
    expect(texts[2]).toBe('إرسال دعوتين');
    expect(texts[3]).toBe('إرسال 3 دعوات');
    expect(texts[4]).toBe('إرسال 11 دعوة');
  });

  it('gives Polish one, few and many', () => {
    expect([1, 2, 5, 22, 25].map(send(pl))).toEqual([
      'Wyślij 1 zaproszenie',
      'Wyślij 2 zaproszenia',
      'Wyślij 5 zaproszeń',
      'Wyślij 22 zaproszenia',
      'Wyślij 25 zaproszeń',
    ]);
  });

  it('gives Hebrew its dual, and French its singular for 0 and 1', () => {
    expect([1, 2, 3].map(send(he))).toEqual(['שליחת הזמנה אחת', 'שליחת שתי הזמנות', 'שליחת 3 הזמנות']);
    expect(fr.summary({ sent: 0, alreadyInvited: 0, failed: 0, unknown: 0 })).toBe('0 invitation envoyée.');
    expect(fr.summary({ sent: 2, alreadyInvited: 0, failed: 0, unknown: 0 })).toBe('2 invitations envoyées.');
  });

  it('writes numbers as the language does', () => {
    expect(de.send({ count: 1200 })).toBe('1.200 Einladungen senden');
    expect(fr.send({ count: 1200 })).toBe('Envoyer 1\u202f200 invitations');
    expect(ja.send({ count: 1200 })).toBe('1,200 件の招待を送信');
  });

  it('words a lifetime with the unit spelt out by Intl', () => {
    expect(de.expiryHint({ min: 1, max: 30, unit: 'days' })).toBe('1 bis 30 Tage.');
    expect(ja.expiryHint({ min: 5, max: 10080, unit: 'minutes' })).toBe('5〜10,080 分。');
    expect(ar.expiryHint({ min: 1, max: 30, unit: 'days' })).toBe('من 1 إلى 30 يومًا.');
  });
});

// ─── Reasons: produced by core, worded by each language ───

const onSend: OnSend = async () => undefined;
const store = createInviteBatchStore({ onSend: Object.assign(onSend, { capabilities: { roles: 'many' as const, idempotencyKeys: false } }), expiresInDays: 31 });
const issue = (found: InviteIssue | undefined, reason: InviteIssueReason) => {
  expect(found, reason).toBeDefined();
  return found!;
};
const emailIssue = (raw: string) => {
  const checked = checkEmail(raw);
  if (checked.ok) throw new Error(`${raw} is valid`);
  return checked;
};
const rule = (entries: Array<{ email: string; roleSlugs?: string[] }>, options: Parameters<typeof validateInviteBatch>[1] = {}) =>
  validateInviteBatch(entries, options).find((found) => found.reason);

/** Real input for every reason core gives (`not_alone` is core's wording for a case the grammar no longer reaches). */
const PRODUCED: Array<Omit<InviteIssue, 'code'> & { code: string }> = [
  emailIssue(''),
  emailIssue('a'.repeat(1001)),
  emailIssue('ja\u200Bne@acme.com'),
  emailIssue('ja\u0007ne@acme.com'),
  emailIssue('jane.acme.com'),
  emailIssue('a@b@acme.com'),
  emailIssue('@acme.com'),
  emailIssue('jane@'),
  emailIssue('"jane doe"@acme.com'),
  emailIssue('ja ne@acme.com'),
  emailIssue('jöhn@acme.com'),
  emailIssue('ja(ne@acme.com'),
  emailIssue('.jane@acme.com'),
  emailIssue('ja..ne@acme.com'),
  emailIssue(`${'a'.repeat(65)}@acme.com`),
  emailIssue(`${'a'.repeat(64)}@${['b', 'c', 'd'].map((c) => c.repeat(63)).join('.')}.com`),
  emailIssue('jane@[192.168.0.1]'),
  emailIssue('jane@acme.com/x'),
  emailIssue('jane@аpple.com'),
  emailIssue('a@xn--pypal-4ve.com'),
  emailIssue('a@\u0300a.com'),
  emailIssue('a@xn--a.com'),
  emailIssue('jane@acme.com.'),
  emailIssue('jane@.acme.com'),
  emailIssue('jane@acme'),
  emailIssue('jane@acme..com'),
  emailIssue(`jane@${'b'.repeat(64)}.com`),
  emailIssue('jane@-acme.com'),
  emailIssue('jane@ac_me.com'),
  emailIssue('jane@acme.c'),
  emailIssue(`a@${['b', 'c', 'd', 'e'].map((c) => c.repeat(63)).join('.')}`),
  parseEmailList('email,name\n,Bob').invalid[0]!,
  parseEmailList('email\tname\na@x.com\tBob\textra').invalid[0]!,
  issue(rule(Array.from({ length: 21 }, (_, i) => ({ email: `p${i}@acme.com` }))), 'too_many'),
  issue(rule([{ email: 'a@acme.com', roleSlugs: ['member', 'org-ops'] }], { roles: [{ slug: 'org-sales' }] }), 'unknown_role'),
  issue(rule([{ email: 'a@acme.com', roleSlugs: ['member', 'org-eng'] }], { rolesPerInvitation: 'one' }), 'one_role_only'),
  issue(rule([{ email: 'a@acme.com', roleSlugs: ['admin'] }], { rolesPerInvitation: 'none' }), 'no_roles'),
  issue(rule([{ email: 'a@acme.com', roleSlugs: ['admin', 'owner'] }]), 'several_system_roles'),
  issue(rule([{ email: 'a@acme.com', roleSlugs: ['admin', 'org-sales'] }]), 'custom_needs_member'),
  issue(rule([{ email: 'a@acme.com', roleSlugs: ['owner'] }], { caller: { roleSlugs: ['admin'] } }), 'role_above_own'),
  issue(rule([{ email: 'a@acme.com', roleSlugs: ['member', 'org-ops'] }], { caller: { roleSlugs: ['admin', 'org-sales'] } }), 'role_not_held'),
  issue(
    store.getState().issues.find((found) => found.reason === 'expiry_out_of_range'),
    'expiry_out_of_range',
  ),
];

describe('the reasons core gives', () => {
  it('come from real input, one for every reason but not_alone, each with the values its message names', () => {
    const reasons = PRODUCED.map((found) => found.reason);
    expect(new Set(reasons).size).toBe(reasons.length - 1); // mixed_scripts twice: typed in Unicode and as xn--
    expect([...new Set(reasons), 'not_alone'].sort()).toEqual(Object.keys(en.reasons).sort());
    expect(PRODUCED.find((found) => found.reason === 'local_char')?.params).toEqual({ char: '(' });
    expect(PRODUCED.find((found) => found.reason === 'too_many')?.params).toEqual({ max: 20, count: 21 });
    expect(PRODUCED.find((found) => found.reason === 'role_above_own')?.params).toEqual({ roles: ['owner'], own: 'admin' });
    expect(PRODUCED.find((found) => found.reason === 'expiry_out_of_range')?.params).toEqual({ unit: 'days', min: 1, max: 30 });
  });

  it('are worded in English exactly as core words them, by the en module and by the built-in English', () => {
    for (const found of PRODUCED) {
      expect(describeError(found, en), found.reason).toBe(found.message);
      expect(describeError(found, defaultInviteMessages), found.reason).toBe(found.message);
    }
  });

  it.each(OTHERS)('are worded in %s, naming their values, never in English', (_, messages) => {
    for (const found of PRODUCED) {
      const text = describeError(found, messages);
      expect(text, found.reason).not.toBe(found.message);
      expect(text, found.reason).not.toMatch(BROKEN);
      const params = (found.params ?? {}) as Record<string, unknown>;
      if (typeof params.char === 'string') expect(text).toContain(params.char);
      if (typeof params.label === 'string') expect(text).toContain(params.label);
      if (typeof params.count === 'number') expect(text).toContain(String(params.count));
    }
    // A system role by the language's name for it; a custom role as it was given.
    const above = PRODUCED.find((found) => found.reason === 'role_above_own')!;
    expect(describeError(above, messages)).toContain(messages.roleNames.owner);
    expect(describeError(above, messages)).toContain(messages.roleNames.admin);
    const notHeld = PRODUCED.find((found) => found.reason === 'role_not_held')!;
    expect(describeError(notHeld, messages)).toContain('org-ops');
  });
});

describe('describeError', () => {
  const serverSays = (code: string) => ({ code, message: 'Request could not be processed.' });

  it("says a code the kit knows in the language's words, never the server's", () => {
    expect(describeError(serverSays('invite.send_failed'), de)).toBe(de.errors['invite.send_failed']);
    expect(describeError(serverSays('invite.send_failed'), defaultInviteMessages)).toBe(INVITE_ERROR_CODES['invite.send_failed'].message);
  });

  it("shows the server's own text only for a code the kit does not know", () => {
    expect(describeError(serverSays('vendor.quota_exceeded'), de)).toBe('Request could not be processed.');
    expect(describeError(serverSays('toString'), ja)).toBe('Request could not be processed.');
    expect(describeError({ ...serverSays('vendor.x'), reason: 'constructor' }, ja)).toBe('Request could not be processed.');
  });

  it("takes a host's words for one code over the language's, and falls back to the code for a reason it has no words for", () => {
    const messages = { ...de, errors: { ...de.errors, 'invite.invalid_email': 'Bitte prüfen.' }, reasons: {} };
    expect(describeError(emailIssue('jane.acme.com'), messages)).toBe('Bitte prüfen.');
    expect(describeError(serverSays('invite.send_failed'), messages)).toBe(de.errors['invite.send_failed']);
  });
});
