/**
 * Svenska: `import sv from 'invite-kit/messages/sv'`. Du-tilltal, citattecken ” ”. Termer och
 * ton: `glossary/sv.md`.
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, pluralsOf } from './format';

const locale = 'sv';
const p = pluralsOf(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: 'Medlem', billing: 'Fakturering', admin: 'Admin', owner: 'Ägare' };
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => `”${roleNames[slug as SystemRole] ?? slug}”`;
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': 'Din session har gått ut. Logga in igen för att skicka inbjudningar.',
  'authorize.forbidden': 'Du har inte behörighet att bjuda in personer till den här organisationen.',
  'mfa.step_up_required': 'Bekräfta din identitet för att bjuda in personer med den här rollen.',
  'invite.ip_rate_limited': 'För många inbjudningar från det här nätverket. Försök igen om en stund.',
  'invite.org_rate_limited': 'Din organisation har nått sin gräns för inbjudningar. Försök igen senare.',
  'invite.invalid_org_id': 'Organisationens id är ogiltigt.',
  'invite.org_not_found': 'Organisationen finns inte.',
  'invite.unauthorized': 'Du måste vara inloggad för att skicka inbjudningar.',
  'invite.org_mismatch': 'Du har inte åtkomst till den här organisationen.',
  'invite.user_lookup_failed': 'Servern kunde inte hitta ditt konto. Försök igen.',
  'invite.member_lookup_failed': 'Servern kunde inte kontrollera ditt medlemskap. Försök igen.',
  'invite.decode_failed': 'Förfrågan innehåller ingen giltig JSON.',
  'invite.empty_batch': 'Lägg till minst en e-postadress.',
  'invite.batch_too_large': 'För många inbjudningar på en gång.',
  'invite.duplicate_email': 'Adressen finns redan i listan.',
  'invite.invalid_email': 'Det här är ingen giltig e-postadress.',
  'invite.self_invite': 'Du kan inte bjuda in dig själv.',
  'invite.invalid_role': 'Okänd roll.',
  'invite.no_system_role': 'Välj en av rollerna Medlem, Fakturering, Admin eller Ägare.',
  'invite.multiple_system_roles': 'Välj bara en av rollerna Medlem, Fakturering, Admin eller Ägare.',
  'invite.custom_roles_not_allowed': 'Anpassade roller kan bara ges tillsammans med rollen ”Medlem”.',
  'invite.insufficient_role': 'Du kan inte ge en roll som är högre än din egen.',
  'invite.already_member': 'Redan medlem i den här organisationen.',
  'invite.already_pending': 'Det finns redan en väntande inbjudan till den här adressen.',
  'invite.role_resolve_failed': 'Servern kunde inte tolka rollerna.',
  'invite.send_failed': 'Inbjudan kunde inte levereras. Försök igen.',
  'invite.invalid_expiry': 'Inbjudans giltighetstid ligger utanför det tillåtna intervallet.',
  'invite.roles_not_supported': 'De här rollerna kan inte ges här.',
  'invite.server_misconfigured': 'Inbjudningar är inte konfigurerade på servern. Kontakta en administratör.',
  'invite.network_error': 'Nätverket bröts innan svaret kom. Inbjudan kan ha skickats.',
  'invite.timeout': 'Inget svar i tid. Inbjudan kan ha skickats.',
  'invite.aborted': 'Skickandet avbröts.',
  'invite.invalid_response': 'Serverns svar gick inte att läsa. Inbjudan kan ha skickats.',
};

const sv: InviteKitMessages = {
  locale,
  roleNames,

  // ─── Val av roll och språk ───
  roleSelectLabel: 'Roll',
  rolePlaceholder: 'Välj en roll',
  customRolesLabel: 'Anpassade roller',
  customRolesNeedMember: ({ member }) => `Anpassade roller kan bara ges tillsammans med rollen ”${member}”.`,
  roleAboveYourLevel: ({ name }) => `Högre än din egen roll (”${name}”).`,
  roleNotHeld: 'Bara den som har den här rollen kan ge den.',
  roleUnknown: 'Inte en roll i den här organisationen: avmarkera den.',
  localeSelectLabel: 'Språk',
  localePlaceholder: 'Välj ett språk',

  // ─── Dialogrutan ───
  trigger: 'Bjud in personer',
  title: 'Bjud in personer',
  description: 'Var och en får ett mejl med en länk för att gå med i din organisation.',
  close: 'Stäng',
  emailLabel: 'E-postadresser',
  emailPlaceholder: 'namn@foretag.se',
  emailHint: 'Avsluta varje adress med Enter, kommatecken eller semikolon, eller klistra in en lista.',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) => p(max, { one: `${n(count)} av högst # adress`, other: `${n(count)} av högst # adresser` }),
  entriesLabel: 'Adresser att bjuda in',
  chipHint: 'Enter för att redigera, Delete för att ta bort.',
  editEntry: ({ email }) => `Redigera ${email}`,
  removeEntry: ({ email }) => `Ta bort ${email}`,
  entryLocked: 'Skickas just nu och kan inte ändras.',
  clearAll: 'Ta bort alla',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      p(added, { zero: 'Ingen ny adress lades till.', one: '# adress lades till.', other: '# adresser lades till.' }),
      duplicates > 0 && p(duplicates, { one: '# dubblett slogs ihop.', other: '# dubbletter slogs ihop.' }),
      invalid > 0 && p(invalid, { one: '# post är ingen giltig adress.', other: '# poster är inga giltiga adresser.' }),
      skippedHeader && 'Rubrikraden hoppades över.',
      rolesIgnored > 0 &&
        p(rolesIgnored, {
          one: 'Rollen för # person användes inte: den här tjänsten ger inga roller.',
          other: 'Rollerna för # personer användes inte: den här tjänsten ger inga roller.',
        }),
    ]
      .filter(Boolean)
      .join(' '),
  statusSending: 'Skickas',
  statusSent: 'Inbjuden',
  statusAlreadyMember: 'Redan medlem',
  statusAlreadyPending: 'Redan inbjuden',
  statusWaiting: 'Väntar',
  statusFailed: 'Misslyckades',
  statusUnknown: 'Kanske skickad',
  statusInvalid: 'Behöver rättas',
  roleLabel: 'Roll',
  rolePerPerson: 'Välj roll per person',
  roleFor: ({ email }) => `Roll för ${email}`,
  roleNote: ({ email, message }) => `Roll för ${email}: ${message}`,
  blockedRoles: ({ count }) =>
    p(count, { one: 'Välj en giltig roll för # person för att skicka.', other: 'Välj en giltig roll för # personer för att skicka.' }),
  noteGroup: ({ count, message }) => `${p(count, { one: '# person', other: '# personer' })}: ${message}`,
  retryIn: ({ time }) => `Försök igen om ${time}.`,
  retryNow: 'Väntetiden är slut: du kan försöka igen nu.',
  kept: ({ count, max, full }) =>
    `Högst ${n(max)} personer åt gången. ${p(count, {
      zero: 'Resten har sparats.',
      one: '# adress till har sparats.',
      other: '# adresser till har sparats.',
    })}${full ? ' De hamnar i listan efter att du har skickat.' : ''}`,
  keptAdd: ({ count }) => p(count, { one: 'Lägg till nästa', other: 'Lägg till nästa #' }),
  keptCopy: 'Kopiera alla',
  didYouMean: ({ suggestion }) => `Menade du ${suggestion}?`,
  typoWarning: ({ count }) => p(count, { one: 'Kontrollera # adress: den kan vara felstavad.', other: 'Kontrollera # adresser: de kan vara felstavade.' }),
  removedMany: ({ count, email }) => (count === 1 ? `${email} togs bort.` : p(count, { other: '# adresser togs bort.' })),
  undo: 'Ångra',
  restored: ({ count }) => p(count, { one: '# adress återställdes.', other: '# adresser återställdes.' }),
  localeLabel: 'Språk i mejlet',
  expiryLabel: ({ unit: of }) => `Inbjudan gäller (${of === 'days' ? 'dagar' : 'minuter'})`,
  expiryHint: ({ min, max, unit: of }) => `Från ${n(min)} till ${unit(max, of)}.`,
  send: ({ count }) => p(count, { zero: 'Skicka inbjudningar', one: 'Skicka # inbjudan', other: 'Skicka # inbjudningar' }),
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    waiting > 0
      ? `Försök igen (${n(count)})`
      : `Skicka ${[failed > 0 && p(failed, { other: '# misslyckade' }), unknown > 0 && p(unknown, { other: '# obekräftade' })].filter(Boolean).join(', ')} igen`,
  cancelSend: 'Avbryt',
  done: 'Klar',
  progress: ({ current, total }) => `Skickar ${n(current)} av ${n(total)}…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) && p(sent, { one: '# inbjuden', other: '# inbjudna' }),
      alreadyMember !== undefined && alreadyMember > 0 && p(alreadyMember, { one: '# redan medlem', other: '# redan medlemmar' }),
      alreadyPending > 0 && p(alreadyPending, { one: '# redan inbjuden', other: '# redan inbjudna' }),
      failed > 0 && p(failed, { other: '# misslyckades' }),
      waiting > 0 && p(waiting, { other: '# väntar' }),
      unknown > 0 && p(unknown, { one: '# kanske skickad', other: '# kanske skickade' }),
    ]
      .filter(Boolean)
      .join(', ') + '.',
  blockedEmpty: 'Lägg till minst en e-postadress för att skicka.',
  blockedInvalid: ({ count }) => p(count, { one: 'Rätta eller ta bort # adress för att skicka.', other: 'Rätta eller ta bort # adresser för att skicka.' }),
  offline: 'Du är offline. Du kan skicka inbjudningarna när du är online igen.',
  rateLimited: ({ time }) => `För många inbjudningar just nu. Du kan försöka igen om ${time}.`,
  unauthenticated: 'Din session har gått ut. Logga in igen och försök sedan på nytt: din lista finns kvar.',
  forbidden: 'Du har inte behörighet att bjuda in personer till den här organisationen. Din lista finns kvar.',
  copyAddresses: 'Kopiera adresser',
  copied: 'Adresserna har kopierats.',
  copyFailed: 'Webbläsaren tillät inte att adresserna kopierades.',
  stepUp: 'Bekräfta din identitet för att skicka de här inbjudningarna och försök sedan igen: din lista finns kvar.',
  awaitingAuth: 'Väntar på att du loggar in…',
  awaitingStepUp: 'Väntar på att du bekräftar din identitet…',
  cancelled: 'Skickandet avbröts. Inget av det du skrev har gått förlorat.',
  resendInvitation: 'Skicka inbjudan igen',
  resending: 'Skickar igen…',
  resent: 'Inbjudan har skickats igen.',
  resendFailed: ({ message }) => `Det gick inte att skicka igen. ${message}`,

  // ─── Fel, per kod ───
  errors,

  // ─── Orsaker som kärnan anger ───
  reasons: {
    missing: 'E-postadressen saknas.',
    too_long: ({ max }) => `Det här är längre än någon adress kan vara (över ${n(max)} tecken).`,
    invisible_char: 'Innehåller ett osynligt tecken (till exempel ett blanksteg utan bredd).',
    control_char: 'Innehåller ett styrtecken.',
    missing_at: '@ saknas (en adress ser ut så här: namn@exempel.se).',
    many_at: 'Innehåller mer än ett @.',
    empty_local: 'Det står ingenting före @.',
    empty_domain: 'Det står ingenting efter @: domänen saknas.',
    quoted_local: 'Namn inom citattecken före @ accepteras inte.',
    space: 'Innehåller ett mellanslag.',
    local_not_ascii: 'Före @ får bara ASCII-bokstäver, siffror och tecken som . _ - + finnas.',
    local_char: ({ char }) => `Före @ står ”${char}”, som inte är tillåtet.`,
    local_dot_edge: 'Delen före @ börjar eller slutar med en punkt.',
    local_double_dot: 'Delen före @ har två punkter i rad.',
    local_too_long: 'Delen före @ är längre än 64 tecken.',
    address_too_long: 'Adressen är längre än 254 tecken.',
    ip_domain: 'Adresser med en IP-adress i stället för en domän accepteras inte.',
    domain_char: ({ char }) => `Domänen innehåller ”${char}”, som inte är tillåtet.`,
    mixed_scripts: ({ label, unicode }) => `Domändelen ”${label}”${unicode ? ` (${unicode})` : ''} blandar skriftsystem (kan vara en förfalskning).`,
    idn_invalid: 'Domänen är inget giltigt internationellt namn.',
    punycode_invalid: ({ label }) => `Domändelen ”${label}” är inget giltigt internationellt namn.`,
    domain_dot_end: 'Domänen slutar med en punkt.',
    domain_dot_start: 'Domänen börjar med en punkt.',
    domain_no_dot: 'Domänen har ingen punkt (som i exempel.se).',
    domain_double_dot: 'Domänen har två punkter i rad.',
    label_too_long: 'En del av domänen är längre än 63 tecken.',
    label_hyphen: 'En del av domänen börjar eller slutar med ett bindestreck.',
    domain_not_ldh: 'Domänen får bara innehålla bokstäver, siffror och bindestreck.',
    tld_not_alpha: 'Domänens ändelse måste bestå av bokstäver (som .se).',
    domain_too_long: 'Domänen är längre än 253 tecken.',
    not_alone: 'Ingen e-postadress i sig.',
    row_without_email: 'Den här raden innehåller ingen e-postadress.',
    cell_not_read: 'Den här cellen är varken en adress, ett namn eller en roll.',
    too_many: ({ max, count }) => `Högst ${n(max)} inbjudningar åt gången; här är det ${n(count)}.`,
    unknown_role: ({ roles: slugs }) => p(slugs.length, { one: `Okänd roll ${roles(slugs)}.`, other: `Okända roller ${roles(slugs)}.` }),
    one_role_only: ({ roles: slugs }) => `Här går det bara en roll per inbjudan, inte ${roles(slugs)}.`,
    no_roles: ({ roles: slugs }) => `Här kan inga roller ges, inte heller ${roles(slugs)}.`,
    several_system_roles: ({ roles: slugs }) => `Välj bara en roll: ${roles(slugs, 'or')}.`,
    custom_needs_member: ({ roles: slugs }) => `Anpassade roller (${roles(slugs)}) kan bara ges tillsammans med rollen ${role('member')}.`,
    role_above_own: ({ roles: slugs, own }) =>
      p(slugs.length, {
        one: `Du kan inte ge rollen ${roles(slugs)}: den är högre än din egen (${role(own)}).`,
        other: `Du kan inte ge rollerna ${roles(slugs)}: de är högre än din egen (${role(own)}).`,
      }),
    role_not_held: ({ roles: slugs }) => `Du kan inte ge ${roles(slugs)}: bara den som har en anpassad roll kan ge den.`,
    expiry_out_of_range: ({ unit: of, min, max }) => `En inbjudan kan gälla från ${n(min)} till ${unit(max, of)} (heltal).`,
  },
};

export default sv;

// Intl says the current minute as ”denna minut”, which no sentence of the list takes.
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const ago = (time: string) => (time === thisMinute ? 'nyss' : time);
const soon = (time: string) => (time === thisMinute ? 'inom en minut' : time);

/** Inbjudningslistan på svenska: `import { invitationListMessages } from 'invite-kit/messages/sv'`. */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: 'Inbjudningar',
  listLabel: 'Skickade inbjudningar',
  filterLabel: 'Visa',
  filterOption: ({ label, count }) => `${label} (${n(count)})`,
  filterAll: 'Alla',
  states: { pending: 'Väntande', expired: 'Utgången', revoked: 'Återkallad', accepted: 'Accepterad' },
  roleLabel: 'Roll',
  roleNames,
  expiresIn: ({ time }) => `Går ut ${soon(time)}`,
  expiredAgo: ({ time }) => `Gick ut ${ago(time)}`,
  acceptedAgo: ({ time }) => `Accepterad ${ago(time)}`,
  revokedAgo: ({ time }) => `Återkallad ${ago(time)}`,
  sentAgo: ({ time }) => `Skickad ${ago(time)}`,
  invitedBy: ({ name }) => `Inbjuden av ${name}`,
  actions: { resend: 'Skicka igen', revoke: 'Återkalla', reinvite: 'Bjud in igen', copyLink: 'Kopiera länk' },
  actionFor: ({ action, email }) =>
    ({
      resend: `Skicka igen: inbjudan till ${email}`,
      revoke: `Återkalla inbjudan till ${email}`,
      reinvite: `Bjud in igen: ${email}`,
      copyLink: `Kopiera länk till inbjudan för ${email}`,
    })[action],
  confirmRevoke: ({ email }) => `Återkalla inbjudan till ${email}? Länken slutar då att fungera.`,
  confirmRevokeAction: 'Återkalla',
  cancelRevoke: 'Behåll',
  acting: { resend: 'Skickar igen…', revoke: 'Återkallar…', reinvite: 'Bjuder in igen…' },
  done: ({ action, email }) =>
    ({
      resend: `Inbjudan till ${email} har skickats igen.`,
      revoke: `Inbjudan till ${email} har återkallats.`,
      reinvite: `${email} har bjudits in igen.`,
    })[action],
  failed: ({ action, email, message }) =>
    `Det gick inte att ${{ resend: `skicka inbjudan till ${email} igen`, revoke: `återkalla inbjudan till ${email}`, reinvite: `bjuda in ${email} igen` }[action]}: ${message}`,
  unknown: ({ action, email }) =>
    `Inget svar kom för ${email}: ${{
      resend: 'inbjudan kan ha skickats igen',
      revoke: 'inbjudan kan ha återkallats',
      reinvite: 'personen kan ha bjudits in igen',
    }[action]}. Uppdatera listan för att se hur det gick.`,
  aboveYourRole: 'Den här inbjudan gäller en roll som är högre än din egen.',
  notHeld: 'Den här inbjudan ger en roll som du inte själv har.',
  linkCopied: ({ email }) => `Inbjudningslänken för ${email} har kopierats.`,
  copyFailed: 'Webbläsaren tillät inte att länken kopierades.',
  loading: 'Läser in inbjudningar…',
  empty: 'Inga inbjudningar än. De du bjuder in visas här tills de går med.',
  emptyFiltered: ({ state }) => `Inga inbjudningar med status ”${state}”.`,
  loadFailed: ({ message }) => `Inbjudningarna kunde inte läsas in. ${message}`,
  refreshFailed: ({ message }) => `Listan kunde inte uppdateras. ${message}`,
  moreFailed: ({ message }) => `Fler inbjudningar kunde inte läsas in. ${message}`,
  retry: 'Försök igen',
  refresh: 'Uppdatera',
  loadMore: 'Läs in fler',
  loadingMore: 'Läser in…',
  loadedMore: ({ count }) => p(count, { zero: 'Inga fler inbjudningar.', one: 'Ytterligare # inbjudan visas.', other: 'Ytterligare # inbjudningar visas.' }),
  refreshed: 'Inbjudningarna har uppdaterats.',
  unsupported:
    'Den här inbjudningstjänsten skickar inbjudningsmejl men för ingen lista över dem, så skickade inbjudningar kan inte visas, skickas igen eller återkallas här.',
  forbidden: 'Du har inte behörighet att se den här organisationens inbjudningar.',
  unauthenticated: 'Din session har gått ut. Logga in igen för att se inbjudningarna.',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': 'Anslutningen bröts innan svaret kom.',
    'invite.timeout': 'Inget svar i tid.',
    'invite.aborted': 'Avbröts innan svaret kom.',
    'invite.invalid_response': 'Serverns svar gick inte att läsa.',
    'invite.invitation_not_found': 'Den här inbjudan finns inte längre.',
    'invite.not_pending': 'Den här inbjudan är inte längre väntande.',
    'invite.invitation_expired': 'Den här inbjudan har gått ut: bjud in personen igen i stället.',
    'invite.invitation_revoked': 'Den här inbjudan har återkallats.',
    'invite.invitation_accepted': 'Den här inbjudan har redan accepterats.',
    'invite.not_supported': 'Inbjudningstjänsten kan inte göra det här.',
    'invite.busy': 'En annan åtgärd för den här inbjudan pågår fortfarande.',
    'invite.not_revoked': 'Inbjudan återkallades inte.',
  }),
};
