/**
 * Deutsch: `import de from 'invite-kit/messages/de'`. Sie-Form, wie in Geschäftssoftware üblich;
 * Begriffe und Ton: `glossary/de.md`.
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, pluralsOf } from './format';

const locale = 'de';
const p = pluralsOf(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: 'Mitglied', billing: 'Abrechnung', admin: 'Admin', owner: 'Inhaber' };
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => `„${roleNames[slug as SystemRole] ?? slug}“`;
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um Einladungen zu senden.',
  'authorize.forbidden': 'Sie sind nicht berechtigt, Personen in diese Organisation einzuladen.',
  'mfa.step_up_required': 'Bestätigen Sie Ihre Identität, um Personen mit dieser Rolle einzuladen.',
  'invite.ip_rate_limited': 'Zu viele Einladungen aus diesem Netzwerk. Versuchen Sie es gleich noch einmal.',
  'invite.org_rate_limited': 'Ihre Organisation hat ihr Einladungslimit erreicht. Versuchen Sie es später noch einmal.',
  'invite.invalid_org_id': 'Die Organisations-ID ist ungültig.',
  'invite.org_not_found': 'Diese Organisation gibt es nicht.',
  'invite.unauthorized': 'Zum Senden von Einladungen ist eine Anmeldung nötig.',
  'invite.org_mismatch': 'Sie haben keinen Zugriff auf diese Organisation.',
  'invite.user_lookup_failed': 'Der Server konnte Ihr Konto nicht abrufen. Versuchen Sie es noch einmal.',
  'invite.member_lookup_failed': 'Der Server konnte Ihre Mitgliedschaft nicht prüfen. Versuchen Sie es noch einmal.',
  'invite.decode_failed': 'Die Anfrage ist kein gültiges JSON.',
  'invite.empty_batch': 'Fügen Sie mindestens eine E-Mail-Adresse hinzu.',
  'invite.batch_too_large': 'Zu viele Einladungen auf einmal.',
  'invite.duplicate_email': 'Diese Adresse steht schon in der Liste.',
  'invite.invalid_email': 'Das ist keine gültige E-Mail-Adresse.',
  'invite.self_invite': 'Sie können sich nicht selbst einladen.',
  'invite.invalid_role': 'Unbekannte Rolle.',
  'invite.no_system_role': 'Wählen Sie eine der Rollen Mitglied, Abrechnung, Admin oder Inhaber.',
  'invite.multiple_system_roles': 'Wählen Sie nur eine der Rollen Mitglied, Abrechnung, Admin oder Inhaber.',
  'invite.custom_roles_not_allowed': 'Eigene Rollen lassen sich nur zusammen mit der Rolle „Mitglied“ vergeben.',
  'invite.insufficient_role': 'Sie können keine Rolle vergeben, die über Ihrer eigenen liegt.',
  'invite.already_member': 'Bereits Mitglied dieser Organisation.',
  'invite.already_pending': 'Für diese Adresse steht schon eine Einladung aus.',
  'invite.role_resolve_failed': 'Der Server konnte die Rollen nicht zuordnen.',
  'invite.send_failed': 'Die Einladung konnte nicht zugestellt werden. Versuchen Sie es noch einmal.',
  'invite.invalid_expiry': 'Die Gültigkeit der Einladung liegt außerhalb des erlaubten Bereichs.',
  'invite.roles_not_supported': 'Diese Rollen lassen sich hier nicht vergeben.',
  'invite.server_misconfigured': 'Einladungen sind auf dem Server nicht eingerichtet. Wenden Sie sich an Ihr Admin-Team.',
  'invite.network_error': 'Die Verbindung brach ab, bevor eine Antwort kam. Die Einladung wurde möglicherweise gesendet.',
  'invite.timeout': 'Keine Antwort in der erwarteten Zeit. Die Einladung wurde möglicherweise gesendet.',
  'invite.aborted': 'Senden abgebrochen.',
  'invite.invalid_response': 'Die Antwort des Servers war nicht lesbar. Die Einladung wurde möglicherweise gesendet.',
};

const de: InviteKitMessages = {
  locale,
  roleNames,

  // ─── Rollen- und Sprachauswahl ───
  roleSelectLabel: 'Rolle',
  rolePlaceholder: 'Rolle wählen',
  customRolesLabel: 'Eigene Rollen',
  customRolesNeedMember: ({ member }) => `Eigene Rollen lassen sich nur zusammen mit der Rolle „${member}“ vergeben.`,
  roleAboveYourLevel: ({ name }) => `Höher als Ihre eigene Rolle („${name}“).`,
  roleNotHeld: 'Nur wer diese Rolle selbst hat, kann sie vergeben.',
  roleUnknown: 'Keine Rolle dieser Organisation – bitte abwählen.',
  localeSelectLabel: 'Sprache',
  localePlaceholder: 'Sprache wählen',

  // ─── Dialog ───
  trigger: 'Personen einladen',
  title: 'Personen einladen',
  description: 'Jede Person erhält eine E-Mail mit einem Link, über den sie Ihrer Organisation beitritt.',
  close: 'Schließen',
  emailLabel: 'E-Mail-Adressen',
  emailPlaceholder: 'name@firma.de',
  emailHint: 'Adressen mit Eingabetaste, Komma oder Semikolon trennen – oder eine Liste einfügen.',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) => p(max, { one: `${n(count)} von höchstens # Adresse`, other: `${n(count)} von höchstens # Adressen` }),
  entriesLabel: 'Einzuladende Adressen',
  chipHint: 'Eingabetaste zum Bearbeiten, Entf zum Entfernen.',
  editEntry: ({ email }) => `${email} bearbeiten`,
  removeEntry: ({ email }) => `${email} entfernen`,
  entryLocked: 'Wird gerade gesendet und lässt sich jetzt nicht ändern.',
  clearAll: 'Alle entfernen',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      p(added, { zero: 'Keine neue Adresse hinzugefügt.', one: '# Adresse hinzugefügt.', other: '# Adressen hinzugefügt.' }),
      duplicates > 0 && p(duplicates, { one: '# Duplikat zusammengeführt.', other: '# Duplikate zusammengeführt.' }),
      invalid > 0 && p(invalid, { one: '# Eintrag ist keine gültige Adresse.', other: '# Einträge sind keine gültigen Adressen.' }),
      skippedHeader && 'Kopfzeile übersprungen.',
      rolesIgnored > 0 &&
        p(rolesIgnored, {
          one: 'Die Rolle für # Person wurde nicht übernommen: Dieser Dienst vergibt keine Rollen.',
          other: 'Die Rollen für # Personen wurden nicht übernommen: Dieser Dienst vergibt keine Rollen.',
        }),
    ]
      .filter(Boolean)
      .join(' '),
  statusSending: 'Wird gesendet',
  statusSent: 'Eingeladen',
  statusAlreadyMember: 'Bereits Mitglied',
  statusAlreadyPending: 'Bereits eingeladen',
  statusWaiting: 'Wartet',
  statusFailed: 'Fehlgeschlagen',
  statusUnknown: 'Evtl. gesendet',
  statusInvalid: 'Korrektur nötig',
  roleLabel: 'Rolle',
  rolePerPerson: 'Rolle pro Person festlegen',
  roleFor: ({ email }) => `Rolle für ${email}`,
  roleNote: ({ email, message }) => `Rolle für ${email}: ${message}`,
  blockedRoles: ({ count }) =>
    p(count, { one: 'Wählen Sie für # Person eine gültige Rolle, um zu senden.', other: 'Wählen Sie für # Personen eine gültige Rolle, um zu senden.' }),
  noteGroup: ({ count, message }) => `${p(count, { one: '# Person', other: '# Personen' })}: ${message}`,
  retryIn: ({ time }) => `Neuer Versuch in ${time} möglich.`,
  retryNow: 'Die Wartezeit ist vorbei: Sie können es jetzt erneut versuchen.',
  kept: ({ count, max, full }) =>
    `Höchstens ${n(max)} Personen auf einmal. ${p(count, {
      zero: 'Der Rest ist vorgemerkt.',
      one: '# weitere Adresse ist vorgemerkt.',
      other: '# weitere Adressen sind vorgemerkt.',
    })}${full ? ' Sie kommen nach dem Senden in die Liste.' : ''}`,
  keptAdd: ({ count }) => `Nächste ${n(count)} hinzufügen`,
  keptCopy: 'Alle kopieren',
  didYouMean: ({ suggestion }) => `Meinten Sie ${suggestion}?`,
  typoWarning: ({ count }) =>
    p(count, { one: 'Prüfen Sie # Adresse: Sie enthält womöglich einen Tippfehler.', other: 'Prüfen Sie # Adressen: Sie enthalten womöglich Tippfehler.' }),
  removedMany: ({ count, email }) => (count === 1 ? `${email} entfernt.` : p(count, { other: '# Adressen entfernt.' })),
  undo: 'Rückgängig',
  restored: ({ count }) => p(count, { one: '# Adresse wiederhergestellt.', other: '# Adressen wiederhergestellt.' }),
  localeLabel: 'Sprache der E-Mail',
  expiryLabel: ({ unit: of }) => `Gültigkeit der Einladung (${of === 'days' ? 'Tage' : 'Minuten'})`,
  expiryHint: ({ min, max, unit: of }) => `${n(min)} bis ${unit(max, of)}.`,
  send: ({ count }) => p(count, { zero: 'Einladungen senden', one: '# Einladung senden', other: '# Einladungen senden' }),
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    `${
      waiting > 0
        ? n(count)
        : [failed > 0 && p(failed, { other: '# fehlgeschlagene' }), unknown > 0 && p(unknown, { other: '# unbestätigte' })].filter(Boolean).join(', ')
    } erneut senden`,
  cancelSend: 'Abbrechen',
  done: 'Fertig',
  progress: ({ current, total }) => `Wird gesendet: ${n(current)} von ${n(total)} …`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) && p(sent, { other: '# eingeladen' }),
      alreadyMember !== undefined && alreadyMember > 0 && p(alreadyMember, { one: '# bereits Mitglied', other: '# bereits Mitglieder' }),
      alreadyPending > 0 && p(alreadyPending, { other: '# bereits eingeladen' }),
      failed > 0 && p(failed, { other: '# fehlgeschlagen' }),
      waiting > 0 && p(waiting, { one: '# wartet', other: '# warten' }),
      unknown > 0 && p(unknown, { other: '# möglicherweise gesendet' }),
    ]
      .filter(Boolean)
      .join(', ') + '.',
  blockedEmpty: 'Fügen Sie mindestens eine E-Mail-Adresse hinzu, um zu senden.',
  blockedInvalid: ({ count }) =>
    p(count, { one: 'Korrigieren oder entfernen Sie # Adresse, um zu senden.', other: 'Korrigieren oder entfernen Sie # Adressen, um zu senden.' }),
  offline: 'Sie sind offline. Sobald Sie wieder online sind, können Sie die Einladungen senden.',
  rateLimited: ({ time }) => `Gerade zu viele Einladungen. Sie können es in ${time} erneut versuchen.`,
  unauthenticated: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und versuchen Sie es dann noch einmal – Ihre Liste bleibt erhalten.',
  forbidden: 'Sie sind nicht berechtigt, Personen in diese Organisation einzuladen. Ihre Liste bleibt erhalten.',
  copyAddresses: 'Adressen kopieren',
  copied: 'Adressen kopiert.',
  copyFailed: 'Der Browser hat das Kopieren der Adressen nicht erlaubt.',
  stepUp: 'Bestätigen Sie Ihre Identität, um diese Einladungen zu senden, und versuchen Sie es dann erneut – Ihre Liste bleibt erhalten.',
  awaitingAuth: 'Warten auf Ihre Anmeldung …',
  awaitingStepUp: 'Warten auf die Bestätigung Ihrer Identität …',
  cancelled: 'Senden abgebrochen. Ihre Eingaben sind alle noch da.',
  resendInvitation: 'Einladung erneut senden',
  resending: 'Wird erneut gesendet …',
  resent: 'Einladung erneut gesendet.',
  resendFailed: ({ message }) => `Nicht erneut gesendet. ${message}`,

  // ─── Fehler nach Code ───
  errors,


  // ─── Gründe, die der Kern mitliefert ───
  reasons: {
    missing: 'Die E-Mail-Adresse fehlt.',
    too_long: ({ max }) => `Das ist länger als jede mögliche Adresse (über ${n(max)} Zeichen).`,
    invisible_char: 'Enthält ein unsichtbares Zeichen (etwa ein Leerzeichen ohne Breite).',
    control_char: 'Enthält ein Steuerzeichen.',
    missing_at: 'Das @ fehlt (eine Adresse sieht so aus: name@beispiel.de).',
    many_at: 'Enthält mehr als ein @.',
    empty_local: 'Vor dem @ steht nichts.',
    empty_domain: 'Nach dem @ fehlt die Domain.',
    quoted_local: 'Namen in Anführungszeichen vor dem @ sind nicht erlaubt.',
    space: 'Enthält ein Leerzeichen.',
    local_not_ascii: 'Vor dem @ sind nur ASCII-Buchstaben, Ziffern und Zeichen wie . _ - + erlaubt.',
    local_char: ({ char }) => `Vor dem @ steht „${char}“ – dieses Zeichen ist nicht erlaubt.`,
    local_dot_edge: 'Der Teil vor dem @ beginnt oder endet mit einem Punkt.',
    local_double_dot: 'Vor dem @ stehen zwei Punkte hintereinander.',
    local_too_long: 'Der Teil vor dem @ ist länger als 64 Zeichen.',
    address_too_long: 'Die Adresse ist länger als 254 Zeichen.',
    ip_domain: 'Adressen mit einer IP-Adresse statt einer Domain sind nicht erlaubt.',
    domain_char: ({ char }) => `Die Domain enthält „${char}“ – dieses Zeichen ist nicht erlaubt.`,
    mixed_scripts: ({ label, unicode }) =>
      `Der Domain-Teil „${label}“${unicode ? ` (${unicode})` : ''} mischt Schriftsysteme – Verwechslungsgefahr.`,
    idn_invalid: 'Die Domain ist kein gültiger internationaler Name.',
    punycode_invalid: ({ label }) => `Der Domain-Teil „${label}“ ist kein gültiger internationaler Name.`,
    domain_dot_end: 'Die Domain endet mit einem Punkt.',
    domain_dot_start: 'Die Domain beginnt mit einem Punkt.',
    domain_no_dot: 'Die Domain enthält keinen Punkt (wie in beispiel.de).',
    domain_double_dot: 'Die Domain enthält zwei Punkte hintereinander.',
    label_too_long: 'Ein Teil der Domain ist länger als 63 Zeichen.',
    label_hyphen: 'Ein Teil der Domain beginnt oder endet mit einem Bindestrich.',
    domain_not_ldh: 'Die Domain darf nur Buchstaben, Ziffern und Bindestriche enthalten.',
    tld_not_alpha: 'Die Endung der Domain muss aus Buchstaben bestehen (wie bei .de).',
    domain_too_long: 'Die Domain ist länger als 253 Zeichen.',
    not_alone: 'Für sich genommen keine E-Mail-Adresse.',
    row_without_email: 'Diese Zeile enthält keine E-Mail-Adresse.',
    cell_not_read: 'Diese Zelle ist weder eine Adresse noch ein Name oder eine Rolle dazu.',
    too_many: ({ max, count }) => `Höchstens ${n(max)} Einladungen auf einmal – hier sind es ${n(count)}.`,
    unknown_role: ({ roles: slugs }) => p(slugs.length, { one: `Unbekannte Rolle ${roles(slugs)}.`, other: `Unbekannte Rollen ${roles(slugs)}.` }),
    one_role_only: ({ roles: slugs }) => `Hier ist nur eine Rolle pro Einladung möglich, nicht ${roles(slugs)}.`,
    no_roles: ({ roles: slugs }) => `Hier lassen sich keine Rollen vergeben, auch nicht ${roles(slugs)}.`,
    several_system_roles: ({ roles: slugs }) => `Wählen Sie nur eine Rolle: ${roles(slugs, 'or')}.`,
    custom_needs_member: ({ roles: slugs }) => `Eigene Rollen (${roles(slugs)}) lassen sich nur zusammen mit der Rolle „Mitglied“ vergeben.`,
    role_above_own: ({ roles: slugs, own }) =>
      p(slugs.length, {
        one: `Sie können die Rolle ${roles(slugs)} nicht vergeben: Sie liegt über Ihrer eigenen (${role(own)}).`,
        other: `Sie können die Rollen ${roles(slugs)} nicht vergeben: Sie liegen über Ihrer eigenen (${role(own)}).`,
      }),
    role_not_held: ({ roles: slugs }) => `Sie können ${roles(slugs)} nicht vergeben: Eigene Rollen vergibt nur, wer sie selbst hat.`,
    expiry_out_of_range: ({ unit: of, min, max }) => `Eine Einladung gilt ${n(min)} bis ${unit(max, of)} (nur ganze Zahlen).`,
  },
};

export default de;

const listVerb = { resend: 'erneut senden', revoke: 'widerrufen', reinvite: 'erneut einladen' } as const;

// Intl says the current minute as "in dieser Minute", which no sentence of the list takes: „gerade eben“ instead.
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const soon = (time: string) => (time === thisMinute ? 'in weniger als einer Minute' : time);

/** Die Einladungsliste auf Deutsch: `import { invitationListMessages } from 'invite-kit/messages/de'`. */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: 'Einladungen',
  listLabel: 'Gesendete Einladungen',
  filterLabel: 'Anzeigen',
  filterOption: ({ label, count }) => `${label} (${n(count)})`,
  filterAll: 'Alle',
  states: { pending: 'Ausstehend', expired: 'Abgelaufen', revoked: 'Widerrufen', accepted: 'Angenommen' },
  roleLabel: 'Rolle',
  roleNames,
  expiresIn: ({ time }) => `Läuft ${soon(time)} ab`,
  expiredAgo: ({ time }) => (time === thisMinute ? 'Gerade eben abgelaufen' : `Abgelaufen ${time}`),
  acceptedAgo: ({ time }) => (time === thisMinute ? 'Gerade eben angenommen' : `Angenommen ${time}`),
  revokedAgo: ({ time }) => (time === thisMinute ? 'Gerade eben widerrufen' : `Widerrufen ${time}`),
  sentAgo: ({ time }) => (time === thisMinute ? 'Gerade eben gesendet' : `Gesendet ${time}`),
  invitedBy: ({ name }) => `Eingeladen von ${name}`,
  actions: { resend: 'Erneut senden', revoke: 'Widerrufen', reinvite: 'Erneut einladen', copyLink: 'Link kopieren' },
  actionFor: ({ action, email }) =>
    ({
      resend: `Einladung an ${email} erneut senden`,
      revoke: `Einladung an ${email} widerrufen`,
      reinvite: `${email} erneut einladen`,
      copyLink: `Link kopieren: Einladung an ${email}`,
    })[action],
  confirmRevoke: ({ email }) => `Einladung an ${email} widerrufen? Der Link funktioniert dann nicht mehr.`,
  confirmRevokeAction: 'Widerrufen',
  cancelRevoke: 'Behalten',
  acting: { resend: 'Wird erneut gesendet …', revoke: 'Wird widerrufen …', reinvite: 'Wird erneut eingeladen …' },
  done: ({ action, email }) =>
    ({ resend: `Einladung an ${email} erneut gesendet.`, revoke: `Einladung an ${email} widerrufen.`, reinvite: `${email} erneut eingeladen.` })[action],
  failed: ({ action, email, message }) => `${email} ließ sich nicht ${listVerb[action]}: ${message}`,
  unknown: ({ action, email }) =>
    `Keine Antwort für ${email} – möglicherweise wurde ${{ resend: 'die Einladung erneut gesendet', revoke: 'die Einladung widerrufen', reinvite: 'die Person erneut eingeladen' }[action]}. Aktualisieren Sie die Liste, um es zu sehen.`,
  aboveYourRole: 'Diese Einladung gilt für eine Rolle über Ihrer eigenen.',
  notHeld: 'Diese Einladung vergibt eine Rolle, die Sie selbst nicht haben.',
  linkCopied: ({ email }) => `Einladungslink für ${email} kopiert.`,
  copyFailed: 'Der Browser hat das Kopieren des Links nicht erlaubt.',
  loading: 'Einladungen werden geladen …',
  empty: 'Noch keine Einladungen. Eingeladene Personen erscheinen hier, bis sie beitreten.',
  emptyFiltered: ({ state }) => `Keine Einladungen mit dem Status „${state}“.`,
  loadFailed: ({ message }) => `Die Einladungen konnten nicht geladen werden. ${message}`,
  refreshFailed: ({ message }) => `Die Liste konnte nicht aktualisiert werden. ${message}`,
  moreFailed: ({ message }) => `Weitere Einladungen konnten nicht geladen werden. ${message}`,
  retry: 'Erneut versuchen',
  refresh: 'Aktualisieren',
  loadMore: 'Mehr laden',
  loadingMore: 'Wird geladen …',
  loadedMore: ({ count }) =>
    p(count, { zero: 'Keine weiteren Einladungen.', one: '# weitere Einladung angezeigt.', other: '# weitere Einladungen angezeigt.' }),
  refreshed: 'Einladungen aktualisiert.',
  unsupported:
    'Dieser Einladungsdienst versendet Einladungs-E-Mails, führt aber keine Liste darüber. Gesendete Einladungen lassen sich hier daher weder anzeigen noch erneut senden oder widerrufen.',
  forbidden: 'Sie sind nicht berechtigt, die Einladungen dieser Organisation zu sehen.',
  unauthenticated: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um die Einladungen zu sehen.',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': 'Die Verbindung brach ab, bevor eine Antwort kam.',
    'invite.timeout': 'Keine Antwort in der erwarteten Zeit.',
    'invite.aborted': 'Abgebrochen, bevor eine Antwort kam.',
    'invite.invalid_response': 'Die Antwort des Servers war nicht lesbar.',
    'invite.invitation_not_found': 'Diese Einladung gibt es nicht mehr.',
    'invite.not_pending': 'Diese Einladung steht nicht mehr aus.',
    'invite.invitation_expired': 'Diese Einladung ist abgelaufen – laden Sie die Person stattdessen erneut ein.',
    'invite.invitation_revoked': 'Diese Einladung wurde widerrufen.',
    'invite.invitation_accepted': 'Diese Einladung wurde bereits angenommen.',
    'invite.not_supported': 'Das kann dieser Einladungsdienst nicht.',
    'invite.busy': 'Für diese Einladung ist noch eine andere Aktion unterwegs.',
    'invite.not_revoked': 'Sie wurde nicht widerrufen.',
  }),
};
