/**
 * Nederlands: `import nl from 'invite-kit/messages/nl'`. Je-vorm, zoals in de meeste
 * zakelijke software; aanhalingstekens ‘ ’. Termen en toon: `glossary/nl.md`.
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, pluralsOf } from './format';

const locale = 'nl';
const p = pluralsOf(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: 'Lid', billing: 'Facturering', admin: 'Beheerder', owner: 'Eigenaar' };
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => `‘${roleNames[slug as SystemRole] ?? slug}’`;
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': 'Je sessie is verlopen. Log opnieuw in om uitnodigingen te versturen.',
  'authorize.forbidden': 'Je hebt geen toestemming om mensen uit te nodigen voor deze organisatie.',
  'mfa.step_up_required': 'Bevestig je identiteit om mensen met deze rol uit te nodigen.',
  'invite.ip_rate_limited': 'Te veel uitnodigingen vanaf dit netwerk. Probeer het zo opnieuw.',
  'invite.org_rate_limited': 'Je organisatie heeft de limiet voor uitnodigingen bereikt. Probeer het later opnieuw.',
  'invite.invalid_org_id': 'De organisatie-ID is ongeldig.',
  'invite.org_not_found': 'Deze organisatie bestaat niet.',
  'invite.unauthorized': 'Je moet ingelogd zijn om uitnodigingen te versturen.',
  'invite.org_mismatch': 'Je hebt geen toegang tot deze organisatie.',
  'invite.user_lookup_failed': 'De server kon je account niet vinden. Probeer het opnieuw.',
  'invite.member_lookup_failed': 'De server kon je lidmaatschap niet controleren. Probeer het opnieuw.',
  'invite.decode_failed': 'De inhoud van het verzoek is geen geldige JSON.',
  'invite.empty_batch': 'Voeg minstens één e-mailadres toe.',
  'invite.batch_too_large': 'Te veel uitnodigingen tegelijk.',
  'invite.duplicate_email': 'Dit adres staat al in de lijst.',
  'invite.invalid_email': 'Dit is geen geldig e-mailadres.',
  'invite.self_invite': 'Je kunt jezelf niet uitnodigen.',
  'invite.invalid_role': 'Onbekende rol.',
  'invite.no_system_role': 'Kies een van de rollen Lid, Facturering, Beheerder of Eigenaar.',
  'invite.multiple_system_roles': 'Kies maar één van de rollen Lid, Facturering, Beheerder of Eigenaar.',
  'invite.custom_roles_not_allowed': 'Aangepaste rollen kun je alleen samen met de rol ‘Lid’ toekennen.',
  'invite.insufficient_role': 'Je kunt geen rol toekennen die hoger is dan je eigen rol.',
  'invite.already_member': 'Al lid van deze organisatie.',
  'invite.already_pending': 'Er staat al een uitnodiging open voor dit adres.',
  'invite.role_resolve_failed': 'De server kon de rollen niet herleiden.',
  'invite.send_failed': 'De uitnodiging kon niet worden bezorgd. Probeer het opnieuw.',
  'invite.invalid_expiry': 'De geldigheidsduur van de uitnodiging valt buiten het toegestane bereik.',
  'invite.roles_not_supported': 'Deze rollen kun je hier niet toekennen.',
  'invite.server_misconfigured': 'Uitnodigingen zijn niet ingesteld op de server. Neem contact op met een beheerder.',
  'invite.network_error': 'De verbinding viel weg voordat er antwoord kwam. De uitnodiging is mogelijk verstuurd.',
  'invite.timeout': 'Geen antwoord op tijd. De uitnodiging is mogelijk verstuurd.',
  'invite.aborted': 'Versturen geannuleerd.',
  'invite.invalid_response': 'Het antwoord van de server was onleesbaar. De uitnodiging is mogelijk verstuurd.',
};

const nl: InviteKitMessages = {
  locale,
  roleNames,

  // ─── Rol en taal kiezen ───
  roleSelectLabel: 'Rol',
  rolePlaceholder: 'Kies een rol',
  customRolesLabel: 'Aangepaste rollen',
  customRolesNeedMember: ({ member }) => `Aangepaste rollen kun je alleen samen met de rol ‘${member}’ toekennen.`,
  roleAboveYourLevel: ({ name }) => `Hoger dan je eigen rol (‘${name}’).`,
  roleNotHeld: 'Alleen wie deze rol heeft, kan hem toekennen.',
  roleUnknown: 'Geen rol in deze organisatie: vink hem uit.',
  localeSelectLabel: 'Taal',
  localePlaceholder: 'Kies een taal',

  // ─── Dialoogvenster ───
  trigger: 'Mensen uitnodigen',
  title: 'Mensen uitnodigen',
  description: 'Iedereen krijgt een e-mail met een link om lid te worden van je organisatie.',
  close: 'Sluiten',
  emailLabel: 'E-mailadressen',
  emailPlaceholder: 'naam@bedrijf.nl',
  emailHint: 'Scheid adressen met Enter, een komma of een puntkomma, of plak een lijst.',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) => p(max, { one: `${n(count)} van maximaal # adres`, other: `${n(count)} van maximaal # adressen` }),
  entriesLabel: 'Adressen om uit te nodigen',
  chipHint: 'Enter om te bewerken, Delete om te verwijderen.',
  editEntry: ({ email }) => `${email} bewerken`,
  removeEntry: ({ email }) => `${email} verwijderen`,
  entryLocked: 'Wordt verstuurd: je kunt dit nu niet wijzigen.',
  clearAll: 'Alles verwijderen',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      p(added, { zero: 'Geen nieuw adres toegevoegd.', one: '# adres toegevoegd.', other: '# adressen toegevoegd.' }),
      duplicates > 0 && p(duplicates, { one: '# dubbel adres samengevoegd.', other: '# dubbele adressen samengevoegd.' }),
      invalid > 0 && p(invalid, { one: '# item is geen geldig adres.', other: '# items zijn geen geldige adressen.' }),
      skippedHeader && 'Kopregel overgeslagen.',
      rolesIgnored > 0 &&
        p(rolesIgnored, {
          one: 'De rol voor # persoon is niet toegepast: deze dienst kent geen rollen toe.',
          other: 'De rollen voor # personen zijn niet toegepast: deze dienst kent geen rollen toe.',
        }),
    ]
      .filter(Boolean)
      .join(' '),
  statusSending: 'Wordt verstuurd',
  statusSent: 'Uitgenodigd',
  statusAlreadyMember: 'Al lid',
  statusAlreadyPending: 'Al uitgenodigd',
  statusWaiting: 'Wacht',
  statusFailed: 'Mislukt',
  statusUnknown: 'Mogelijk verstuurd',
  statusInvalid: 'Aanpassen',
  roleLabel: 'Rol',
  rolePerPerson: 'Rol per persoon instellen',
  roleFor: ({ email }) => `Rol voor ${email}`,
  roleNote: ({ email, message }) => `Rol voor ${email}: ${message}`,
  blockedRoles: ({ count }) =>
    p(count, { one: 'Kies voor # persoon een geldige rol om te versturen.', other: 'Kies voor # personen een geldige rol om te versturen.' }),
  noteGroup: ({ count, message }) => `${p(count, { one: '# persoon', other: '# personen' })}: ${message}`,
  retryIn: ({ time }) => `Opnieuw proberen kan over ${time}.`,
  retryNow: 'De wachttijd is voorbij: je kunt het nu opnieuw proberen.',
  kept: ({ count, max, full }) =>
    `Maximaal ${n(max)} personen tegelijk. ${p(count, {
      zero: 'De rest is bewaard.',
      one: 'Nog # adres is bewaard.',
      other: 'Nog # adressen zijn bewaard.',
    })}${full ? ' Ze komen na het versturen in de lijst.' : ''}`,
  keptAdd: ({ count }) => p(count, { one: 'Volgende toevoegen', other: 'Volgende # toevoegen' }),
  keptCopy: 'Alles kopiëren',
  didYouMean: ({ suggestion }) => `Bedoelde je ${suggestion}?`,
  typoWarning: ({ count }) =>
    p(count, { one: 'Controleer # adres: er zit mogelijk een typfout in.', other: 'Controleer # adressen: er zitten mogelijk typfouten in.' }),
  removedMany: ({ count, email }) => (count === 1 ? `${email} verwijderd.` : p(count, { other: '# adressen verwijderd.' })),
  undo: 'Ongedaan maken',
  restored: ({ count }) => p(count, { one: '# adres teruggezet.', other: '# adressen teruggezet.' }),
  localeLabel: 'Taal van de e-mail',
  expiryLabel: ({ unit: of }) => `Uitnodiging geldig (${of === 'days' ? 'dagen' : 'minuten'})`,
  expiryHint: ({ min, max, unit: of }) => `Van ${n(min)} tot ${unit(max, of)}.`,
  send: ({ count }) => p(count, { zero: 'Uitnodigingen versturen', one: '# uitnodiging versturen', other: '# uitnodigingen versturen' }),
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    waiting > 0
      ? `Opnieuw proberen (${n(count)})`
      : `${[failed > 0 && p(failed, { other: '# mislukte' }), unknown > 0 && p(unknown, { other: '# onbevestigde' })].filter(Boolean).join(', ')} opnieuw versturen`,
  cancelSend: 'Annuleren',
  done: 'Klaar',
  progress: ({ current, total }) => `Versturen: ${n(current)} van ${n(total)}…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) && p(sent, { other: '# uitgenodigd' }),
      alreadyMember !== undefined && alreadyMember > 0 && p(alreadyMember, { other: '# al lid' }),
      alreadyPending > 0 && p(alreadyPending, { other: '# al uitgenodigd' }),
      failed > 0 && p(failed, { other: '# mislukt' }),
      waiting > 0 && p(waiting, { one: '# wacht', other: '# wachten' }),
      unknown > 0 && p(unknown, { other: '# mogelijk verstuurd' }),
    ]
      .filter(Boolean)
      .join(', ') + '.',
  blockedEmpty: 'Voeg minstens één e-mailadres toe om te versturen.',
  blockedInvalid: ({ count }) =>
    p(count, { one: 'Pas # adres aan of verwijder het om te versturen.', other: 'Pas # adressen aan of verwijder ze om te versturen.' }),
  offline: 'Je bent offline. Zodra je weer online bent, kun je de uitnodigingen versturen.',
  rateLimited: ({ time }) => `Te veel uitnodigingen op dit moment. Je kunt het over ${time} opnieuw proberen.`,
  unauthenticated: 'Je sessie is verlopen. Log opnieuw in en probeer het dan nog eens: je lijst blijft bewaard.',
  forbidden: 'Je hebt geen toestemming om mensen uit te nodigen voor deze organisatie. Je lijst blijft bewaard.',
  copyAddresses: 'Adressen kopiëren',
  copied: 'Adressen gekopieerd.',
  copyFailed: 'De browser stond het kopiëren van de adressen niet toe.',
  stepUp: 'Bevestig je identiteit om deze uitnodigingen te versturen en probeer het dan opnieuw: je lijst blijft bewaard.',
  awaitingAuth: 'Wachten tot je bent ingelogd…',
  awaitingStepUp: 'Wachten tot je je identiteit hebt bevestigd…',
  cancelled: 'Versturen geannuleerd. Er is niets verloren gegaan van wat je hebt ingevoerd.',
  resendInvitation: 'Uitnodiging opnieuw versturen',
  resending: 'Wordt opnieuw verstuurd…',
  resent: 'Uitnodiging opnieuw verstuurd.',
  resendFailed: ({ message }) => `Niet opnieuw verstuurd. ${message}`,

  // ─── Fouten, per code ───
  errors,

  // ─── Redenen die de kern meegeeft ───
  reasons: {
    missing: 'Het e-mailadres ontbreekt.',
    too_long: ({ max }) => `Dit is langer dan een adres kan zijn (meer dan ${n(max)} tekens).`,
    invisible_char: 'Bevat een onzichtbaar teken (zoals een spatie zonder breedte).',
    control_char: 'Bevat een stuurteken.',
    missing_at: 'De @ ontbreekt (een adres ziet eruit als naam@voorbeeld.nl).',
    many_at: 'Bevat meer dan één @.',
    empty_local: 'Er staat niets vóór de @.',
    empty_domain: 'Er staat niets na de @: het domein ontbreekt.',
    quoted_local: 'Namen tussen aanhalingstekens vóór de @ zijn niet toegestaan.',
    space: 'Bevat een spatie.',
    local_not_ascii: 'Vóór de @ mogen alleen ASCII-letters, cijfers en tekens als . _ - + staan.',
    local_char: ({ char }) => `Vóór de @ staat ‘${char}’, en dat teken is niet toegestaan.`,
    local_dot_edge: 'Het deel vóór de @ begint of eindigt met een punt.',
    local_double_dot: 'Het deel vóór de @ bevat twee punten achter elkaar.',
    local_too_long: 'Het deel vóór de @ is langer dan 64 tekens.',
    address_too_long: 'Het adres is langer dan 254 tekens.',
    ip_domain: 'Adressen met een IP-adres in plaats van een domein zijn niet toegestaan.',
    domain_char: ({ char }) => `Het domein bevat ‘${char}’, en dat teken is niet toegestaan.`,
    mixed_scripts: ({ label, unicode }) => `Het domeindeel ‘${label}’${unicode ? ` (${unicode})` : ''} mengt schriften (mogelijk een namaakdomein).`,
    idn_invalid: 'Het domein is geen geldige internationale naam.',
    punycode_invalid: ({ label }) => `Het domeindeel ‘${label}’ is geen geldige internationale naam.`,
    domain_dot_end: 'Het domein eindigt met een punt.',
    domain_dot_start: 'Het domein begint met een punt.',
    domain_no_dot: 'Het domein bevat geen punt (zoals in voorbeeld.nl).',
    domain_double_dot: 'Het domein bevat twee punten achter elkaar.',
    label_too_long: 'Een deel van het domein is langer dan 63 tekens.',
    label_hyphen: 'Een deel van het domein begint of eindigt met een streepje.',
    domain_not_ldh: 'Het domein mag alleen letters, cijfers en streepjes bevatten.',
    tld_not_alpha: 'De extensie van het domein moet uit letters bestaan (zoals .nl).',
    domain_too_long: 'Het domein is langer dan 253 tekens.',
    not_alone: 'Op zichzelf geen e-mailadres.',
    row_without_email: 'Deze regel bevat geen e-mailadres.',
    cell_not_read: 'Deze cel is geen adres en ook geen naam of rol.',
    too_many: ({ max, count }) => `Maximaal ${n(max)} uitnodigingen tegelijk; dit zijn er ${n(count)}.`,
    unknown_role: ({ roles: slugs }) => p(slugs.length, { one: `Onbekende rol ${roles(slugs)}.`, other: `Onbekende rollen ${roles(slugs)}.` }),
    one_role_only: ({ roles: slugs }) => `Hier kan maar één rol per uitnodiging, niet ${roles(slugs)}.`,
    no_roles: ({ roles: slugs }) => `Hier kun je geen rollen toekennen, ook niet ${roles(slugs)}.`,
    several_system_roles: ({ roles: slugs }) => `Kies maar één rol: ${roles(slugs, 'or')}.`,
    custom_needs_member: ({ roles: slugs }) => `Aangepaste rollen (${roles(slugs)}) kun je alleen samen met de rol ${role('member')} toekennen.`,
    role_above_own: ({ roles: slugs, own }) =>
      p(slugs.length, {
        one: `Je kunt de rol ${roles(slugs)} niet toekennen: die is hoger dan je eigen rol (${role(own)}).`,
        other: `Je kunt de rollen ${roles(slugs)} niet toekennen: die zijn hoger dan je eigen rol (${role(own)}).`,
      }),
    role_not_held: ({ roles: slugs }) => `Je kunt ${roles(slugs)} niet toekennen: alleen wie een aangepaste rol heeft, kan die toekennen.`,
    expiry_out_of_range: ({ unit: of, min, max }) => `Een uitnodiging is ${n(min)} tot ${unit(max, of)} geldig (een heel getal).`,
  },
};

export default nl;

// A past time goes first and the participle last ("2 dagen geleden verstuurd", "Gisteren
// verstuurd"); Intl's "this minute" ("binnen een minuut") reads as the future there: "Zojuist".
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const ago = (time: string, participle: string) => {
  const when = time === thisMinute ? 'zojuist' : time;
  return `${when.charAt(0).toUpperCase()}${when.slice(1)} ${participle}`;
};
const why = (message: string) => (message ? `: ${message}` : '.');

/** De lijst met uitnodigingen in het Nederlands: `import { invitationListMessages } from 'invite-kit/messages/nl'`. */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: 'Uitnodigingen',
  listLabel: 'Verstuurde uitnodigingen',
  filterLabel: 'Tonen',
  filterOption: ({ label, count }) => `${label} (${n(count)})`,
  filterAll: 'Alle',
  states: { pending: 'Openstaand', expired: 'Verlopen', revoked: 'Ingetrokken', accepted: 'Geaccepteerd' },
  roleLabel: 'Rol',
  roleNames,
  expiresIn: ({ time }) => `Verloopt ${time}`,
  expiredAgo: ({ time }) => ago(time, 'verlopen'),
  acceptedAgo: ({ time }) => ago(time, 'geaccepteerd'),
  revokedAgo: ({ time }) => ago(time, 'ingetrokken'),
  sentAgo: ({ time }) => ago(time, 'verstuurd'),
  invitedBy: ({ name }) => `Uitgenodigd door ${name}`,
  actions: { resend: 'Opnieuw versturen', revoke: 'Intrekken', reinvite: 'Opnieuw uitnodigen', copyLink: 'Link kopiëren' },
  actionFor: ({ action, email }) =>
    ({
      resend: `Uitnodiging voor ${email} opnieuw versturen`,
      revoke: `Uitnodiging voor ${email} intrekken`,
      reinvite: `${email} opnieuw uitnodigen`,
      copyLink: `Link kopiëren van de uitnodiging voor ${email}`,
    })[action],
  confirmRevoke: ({ email }) => `Uitnodiging voor ${email} intrekken? De link werkt daarna niet meer.`,
  confirmRevokeAction: 'Intrekken',
  cancelRevoke: 'Behouden',
  acting: { resend: 'Wordt opnieuw verstuurd…', revoke: 'Wordt ingetrokken…', reinvite: 'Wordt opnieuw uitgenodigd…' },
  done: ({ action, email }) =>
    ({
      resend: `Uitnodiging voor ${email} opnieuw verstuurd.`,
      revoke: `Uitnodiging voor ${email} ingetrokken.`,
      reinvite: `${email} opnieuw uitgenodigd.`,
    })[action],
  failed: ({ action, email, message }) =>
    `${{ resend: `De uitnodiging voor ${email} kon niet opnieuw worden verstuurd`, revoke: `De uitnodiging voor ${email} kon niet worden ingetrokken`, reinvite: `${email} kon niet opnieuw worden uitgenodigd` }[action]}${why(message)}`,
  unknown: ({ action, email }) =>
    `Geen antwoord ontvangen voor ${email}: ${{ resend: 'de uitnodiging is mogelijk opnieuw verstuurd', revoke: 'de uitnodiging is mogelijk ingetrokken', reinvite: 'mogelijk is er een nieuwe uitnodiging verstuurd' }[action]}. Vernieuw de lijst om het te controleren.`,
  aboveYourRole: 'Deze uitnodiging is voor een rol die hoger is dan je eigen rol.',
  notHeld: 'Deze uitnodiging kent een rol toe die je zelf niet hebt.',
  linkCopied: ({ email }) => `Uitnodigingslink voor ${email} gekopieerd.`,
  copyFailed: 'De browser stond het kopiëren van de link niet toe.',
  loading: 'Uitnodigingen laden…',
  empty: 'Nog geen uitnodigingen. Mensen die je uitnodigt, staan hier tot ze lid zijn geworden.',
  emptyFiltered: ({ state }) => `Geen uitnodigingen met de status ‘${state}’.`,
  loadFailed: ({ message }) => `De uitnodigingen konden niet worden geladen. ${message}`,
  refreshFailed: ({ message }) => `De lijst kon niet worden vernieuwd. ${message}`,
  moreFailed: ({ message }) => `Er konden geen extra uitnodigingen worden geladen. ${message}`,
  retry: 'Opnieuw proberen',
  refresh: 'Vernieuwen',
  loadMore: 'Meer laden',
  loadingMore: 'Laden…',
  loadedMore: ({ count }) => p(count, { zero: 'Geen uitnodigingen meer.', one: 'Nog # uitnodiging weergegeven.', other: 'Nog # uitnodigingen weergegeven.' }),
  refreshed: 'Uitnodigingen vernieuwd.',
  unsupported:
    'Deze uitnodigingsdienst verstuurt uitnodigingsmails, maar houdt er geen lijst van bij. Verstuurde uitnodigingen kun je hier daarom niet bekijken, opnieuw versturen of intrekken.',
  forbidden: 'Je hebt geen toestemming om de uitnodigingen van deze organisatie te bekijken.',
  unauthenticated: 'Je sessie is verlopen. Log opnieuw in om de uitnodigingen te bekijken.',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': 'De verbinding viel weg voordat er antwoord kwam.',
    'invite.timeout': 'Geen antwoord binnen de verwachte tijd.',
    'invite.aborted': 'Gestopt voordat er antwoord kwam.',
    'invite.invalid_response': 'Het antwoord van de server was niet leesbaar.',
    'invite.invitation_not_found': 'Deze uitnodiging bestaat niet meer.',
    'invite.not_pending': 'Deze uitnodiging staat niet meer open.',
    'invite.invitation_expired': 'Deze uitnodiging is verlopen: nodig de persoon opnieuw uit.',
    'invite.invitation_revoked': 'Deze uitnodiging is ingetrokken.',
    'invite.invitation_accepted': 'Deze uitnodiging is al geaccepteerd.',
    'invite.not_supported': 'Dat kan deze uitnodigingsdienst niet.',
    'invite.busy': 'Er loopt nog een andere actie voor deze uitnodiging.',
    'invite.not_revoked': 'De uitnodiging is niet ingetrokken.',
  }),
};
