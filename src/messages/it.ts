/**
 * Italiano: `import it from 'invite-kit/messages/it'`. Del "tu", come nei prodotti software
 * moderni; virgolette “ ”. Termini e tono: `glossary/it.md`.
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, pluralsOf } from './format';

const locale = 'it';
const p = pluralsOf(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: 'Membro', billing: 'Fatturazione', admin: 'Admin', owner: 'Proprietario' };
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => `“${roleNames[slug as SystemRole] ?? slug}”`;
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': 'La sessione è scaduta. Accedi di nuovo per inviare inviti.',
  'authorize.forbidden': 'Non hai l’autorizzazione per invitare persone in questa organizzazione.',
  'mfa.step_up_required': 'Conferma la tua identità per invitare persone con questo ruolo.',
  'invite.ip_rate_limited': 'Troppi inviti da questa rete. Riprova tra poco.',
  'invite.org_rate_limited': 'La tua organizzazione ha raggiunto il limite di inviti. Riprova più tardi.',
  'invite.invalid_org_id': 'L’ID dell’organizzazione non è valido.',
  'invite.org_not_found': 'L’organizzazione non esiste.',
  'invite.unauthorized': 'Per inviare inviti devi accedere.',
  'invite.org_mismatch': 'Non hai accesso a questa organizzazione.',
  'invite.user_lookup_failed': 'Il server non è riuscito a trovare il tuo account. Riprova.',
  'invite.member_lookup_failed': 'Il server non è riuscito a verificare la tua appartenenza all’organizzazione. Riprova.',
  'invite.decode_failed': 'Il corpo della richiesta non è un JSON valido.',
  'invite.empty_batch': 'Aggiungi almeno un indirizzo email.',
  'invite.batch_too_large': 'Troppi inviti in una volta sola.',
  'invite.duplicate_email': 'Questo indirizzo è già nell’elenco.',
  'invite.invalid_email': 'Non è un indirizzo email valido.',
  'invite.self_invite': 'Non puoi invitare te stesso.',
  'invite.invalid_role': 'Ruolo sconosciuto.',
  'invite.no_system_role': 'Scegli uno dei ruoli Membro, Fatturazione, Admin o Proprietario.',
  'invite.multiple_system_roles': 'Scegli solo uno dei ruoli Membro, Fatturazione, Admin o Proprietario.',
  'invite.custom_roles_not_allowed': 'I ruoli personalizzati si possono assegnare solo insieme al ruolo “Membro”.',
  'invite.insufficient_role': 'Non puoi assegnare un ruolo superiore al tuo.',
  'invite.already_member': 'Fa già parte di questa organizzazione.',
  'invite.already_pending': 'C’è già un invito in sospeso per questo indirizzo.',
  'invite.role_resolve_failed': 'Il server non è riuscito a risolvere i ruoli.',
  'invite.send_failed': 'Non è stato possibile recapitare l’invito. Riprova.',
  'invite.invalid_expiry': 'La validità dell’invito è fuori dall’intervallo consentito.',
  'invite.roles_not_supported': 'Questi ruoli non si possono assegnare qui.',
  'invite.server_misconfigured': 'Gli inviti non sono configurati sul server. Rivolgiti a un amministratore.',
  'invite.network_error': 'La rete si è interrotta prima della risposta. L’invito potrebbe essere stato inviato.',
  'invite.timeout': 'Nessuna risposta in tempo. L’invito potrebbe essere stato inviato.',
  'invite.aborted': 'Invio annullato.',
  'invite.invalid_response': 'Non è stato possibile leggere la risposta del server. L’invito potrebbe essere stato inviato.',
};

const it: InviteKitMessages = {
  locale,
  roleNames,

  // ─── Scelta di ruolo e lingua ───
  roleSelectLabel: 'Ruolo',
  rolePlaceholder: 'Scegli un ruolo',
  customRolesLabel: 'Ruoli personalizzati',
  customRolesNeedMember: ({ member }) => `I ruoli personalizzati si possono assegnare solo insieme al ruolo “${member}”.`,
  roleAboveYourLevel: ({ name }) => `Superiore al tuo ruolo (“${name}”).`,
  roleNotHeld: 'Può assegnarlo solo chi ha questo ruolo.',
  roleUnknown: 'Non è un ruolo di questa organizzazione: deselezionalo.',
  localeSelectLabel: 'Lingua',
  localePlaceholder: 'Scegli una lingua',

  // ─── Finestra di dialogo ───
  trigger: 'Invita persone',
  title: 'Invita persone',
  description: 'Ogni persona riceve un’email con un link per entrare nella tua organizzazione.',
  close: 'Chiudi',
  emailLabel: 'Indirizzi email',
  emailPlaceholder: 'nome@azienda.it',
  emailHint: 'Separa gli indirizzi con Invio, una virgola o un punto e virgola, oppure incolla un elenco.',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) => p(max, { one: `${n(count)} su massimo # indirizzo`, other: `${n(count)} su massimo # indirizzi` }),
  entriesLabel: 'Indirizzi da invitare',
  chipHint: 'Invio per modificare, Canc per rimuovere.',
  editEntry: ({ email }) => `Modifica ${email}`,
  removeEntry: ({ email }) => `Rimuovi ${email}`,
  entryLocked: 'Invio in corso: non è possibile modificarlo ora.',
  clearAll: 'Rimuovi tutti',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      p(added, { zero: 'Nessun nuovo indirizzo aggiunto.', one: '# indirizzo aggiunto.', other: '# indirizzi aggiunti.' }),
      duplicates > 0 && p(duplicates, { one: '# duplicato unito.', other: '# duplicati uniti.' }),
      invalid > 0 && p(invalid, { one: '# voce non è un indirizzo valido.', other: '# voci non sono indirizzi validi.' }),
      skippedHeader && 'Riga di intestazione ignorata.',
      rolesIgnored > 0 &&
        p(rolesIgnored, {
          one: 'Il ruolo indicato per # persona non è stato applicato: questo servizio non assegna ruoli.',
          other: 'I ruoli indicati per # persone non sono stati applicati: questo servizio non assegna ruoli.',
        }),
    ]
      .filter(Boolean)
      .join(' '),
  statusSending: 'Invio in corso',
  statusSent: 'Invitato',
  statusAlreadyMember: 'Già membro',
  statusAlreadyPending: 'Già invitato',
  statusWaiting: 'In attesa',
  statusFailed: 'Non riuscito',
  statusUnknown: 'Forse inviato',
  statusInvalid: 'Da correggere',
  roleLabel: 'Ruolo',
  rolePerPerson: 'Un ruolo per persona',
  roleFor: ({ email }) => `Ruolo di ${email}`,
  roleNote: ({ email, message }) => `Ruolo di ${email}: ${message}`,
  blockedRoles: ({ count }) =>
    p(count, { one: 'Per inviare, scegli un ruolo valido per # persona.', other: 'Per inviare, scegli un ruolo valido per # persone.' }),
  noteGroup: ({ count, message }) => `${p(count, { one: '# persona', other: '# persone' })}: ${message}`,
  retryIn: ({ time }) => `Nuovo tentativo tra ${time}.`,
  retryNow: 'L’attesa è finita: ora puoi riprovare.',
  kept: ({ count, max, full }) =>
    `Massimo ${n(max)} persone alla volta. ${p(count, {
      zero: 'Il resto è stato messo da parte.',
      one: 'C’è ancora # indirizzo in sospeso.',
      other: 'Ci sono ancora # indirizzi in sospeso.',
    })}${full ? ' Entreranno nell’elenco dopo l’invio.' : ''}`,
  keptAdd: ({ count }) => p(count, { one: 'Aggiungi il prossimo', other: 'Aggiungi i prossimi #' }),
  keptCopy: 'Copia tutti',
  didYouMean: ({ suggestion }) => `Forse intendevi ${suggestion}?`,
  typoWarning: ({ count }) =>
    p(count, {
      one: 'Controlla # indirizzo: potrebbe contenere un errore di battitura.',
      other: 'Controlla # indirizzi: potrebbero contenere errori di battitura.',
    }),
  removedMany: ({ count, email }) => (count === 1 ? `${email} rimosso.` : p(count, { other: '# indirizzi rimossi.' })),
  undo: 'Annulla',
  restored: ({ count }) => p(count, { one: '# indirizzo ripristinato.', other: '# indirizzi ripristinati.' }),
  localeLabel: 'Lingua dell’email',
  expiryLabel: ({ unit: of }) => `Validità dell’invito (${of === 'days' ? 'giorni' : 'minuti'})`,
  expiryHint: ({ min, max, unit: of }) => `Da ${n(min)} a ${unit(max, of)}.`,
  send: ({ count }) => p(count, { zero: 'Invia inviti', one: 'Invia # invito', other: 'Invia # inviti' }),
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    waiting > 0
      ? `Riprova (${n(count)})`
      : `Reinvia ${[
          failed > 0 && p(failed, { one: '# non riuscito', other: '# non riusciti' }),
          unknown > 0 && p(unknown, { one: '# non confermato', other: '# non confermati' }),
        ]
          .filter(Boolean)
          .join(', ')}`,
  cancelSend: 'Annulla',
  done: 'Fine',
  progress: ({ current, total }) => `Invio ${n(current)} di ${n(total)}…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) && p(sent, { one: '# invito inviato', other: '# inviti inviati' }),
      alreadyMember !== undefined && alreadyMember > 0 && p(alreadyMember, { one: '# già membro', other: '# già membri' }),
      alreadyPending > 0 && p(alreadyPending, { one: '# già invitato', other: '# già invitati' }),
      failed > 0 && p(failed, { one: '# non riuscito', other: '# non riusciti' }),
      waiting > 0 && p(waiting, { other: '# in attesa' }),
      unknown > 0 && p(unknown, { one: '# forse inviato', other: '# forse inviati' }),
    ]
      .filter(Boolean)
      .join(', ') + '.',
  blockedEmpty: 'Aggiungi almeno un indirizzo email per inviare.',
  blockedInvalid: ({ count }) => p(count, { one: 'Correggi o rimuovi # indirizzo per inviare.', other: 'Correggi o rimuovi # indirizzi per inviare.' }),
  offline: 'Sei offline. Potrai inviare gli inviti appena torni online.',
  rateLimited: ({ time }) => `Troppi inviti per ora. Potrai riprovare tra ${time}.`,
  unauthenticated: 'La sessione è scaduta. Accedi di nuovo e riprova: il tuo elenco è stato conservato.',
  forbidden: 'Non hai l’autorizzazione per invitare persone in questa organizzazione. Il tuo elenco è stato conservato.',
  copyAddresses: 'Copia indirizzi',
  copied: 'Indirizzi copiati.',
  copyFailed: 'Il browser non ha consentito di copiare gli indirizzi.',
  stepUp: 'Conferma la tua identità per inviare questi inviti, poi riprova: il tuo elenco è stato conservato.',
  awaitingAuth: 'In attesa del tuo accesso…',
  awaitingStepUp: 'In attesa della conferma della tua identità…',
  cancelled: 'Invio annullato. Non hai perso nulla di ciò che hai inserito.',
  resendInvitation: 'Reinvia invito',
  resending: 'Reinvio in corso…',
  resent: 'Invito reinviato.',
  resendFailed: ({ message }) => `Invito non reinviato. ${message}`,

  // ─── Errori, per codice ───
  errors,

  // ─── Motivi forniti dal nucleo ───
  reasons: {
    missing: 'Manca l’indirizzo email.',
    too_long: ({ max }) => `È più lungo di qualsiasi indirizzo possibile (oltre ${n(max)} caratteri).`,
    invisible_char: 'Contiene un carattere invisibile (come uno spazio a larghezza zero).',
    control_char: 'Contiene un carattere di controllo.',
    missing_at: 'Manca la @ (un indirizzo è fatto così: nome@esempio.it).',
    many_at: 'Contiene più di una @.',
    empty_local: 'Non c’è nulla prima della @.',
    empty_domain: 'Non c’è nulla dopo la @: manca il dominio.',
    quoted_local: 'Non sono accettati nomi tra virgolette prima della @.',
    space: 'Contiene uno spazio.',
    local_not_ascii: 'Prima della @ sono ammessi solo lettere ASCII, cifre e segni come . _ - +.',
    local_char: ({ char }) => `Prima della @ c’è “${char}”, che non è consentito.`,
    local_dot_edge: 'La parte prima della @ inizia o finisce con un punto.',
    local_double_dot: 'La parte prima della @ ha due punti di seguito.',
    local_too_long: 'La parte prima della @ supera i 64 caratteri.',
    address_too_long: 'L’indirizzo supera i 254 caratteri.',
    ip_domain: 'Non sono accettati indirizzi con un IP al posto del dominio.',
    domain_char: ({ char }) => `Il dominio contiene “${char}”, che non è consentito.`,
    mixed_scripts: ({ label, unicode }) =>
      `La parte di dominio “${label}”${unicode ? ` (${unicode})` : ''} mescola alfabeti diversi (possibile imitazione).`,
    idn_invalid: 'Il dominio non è un nome internazionalizzato valido.',
    punycode_invalid: ({ label }) => `La parte di dominio “${label}” non è un nome internazionalizzato valido.`,
    domain_dot_end: 'Il dominio finisce con un punto.',
    domain_dot_start: 'Il dominio inizia con un punto.',
    domain_no_dot: 'Il dominio non contiene punti (come in esempio.it).',
    domain_double_dot: 'Il dominio ha due punti di seguito.',
    label_too_long: 'Una parte del dominio supera i 63 caratteri.',
    label_hyphen: 'Una parte del dominio inizia o finisce con un trattino.',
    domain_not_ldh: 'Il dominio può contenere solo lettere, cifre e trattini.',
    tld_not_alpha: 'L’estensione del dominio deve essere di sole lettere (come .it).',
    domain_too_long: 'Il dominio supera i 253 caratteri.',
    not_alone: 'Da solo non è un indirizzo email.',
    row_without_email: 'Questa riga non contiene alcun indirizzo email.',
    cell_not_read: 'Questa cella non è un indirizzo, né un nome, né un ruolo.',
    too_many: ({ max, count }) => `Al massimo ${n(max)} inviti alla volta; questo gruppo ne ha ${n(count)}.`,
    unknown_role: ({ roles: slugs }) => p(slugs.length, { one: `Ruolo sconosciuto: ${roles(slugs)}.`, other: `Ruoli sconosciuti: ${roles(slugs)}.` }),
    one_role_only: ({ roles: slugs }) => `Qui è ammesso un solo ruolo per invito, non ${roles(slugs)}.`,
    no_roles: ({ roles: slugs }) => `Qui non si possono assegnare ruoli, nemmeno ${roles(slugs)}.`,
    several_system_roles: ({ roles: slugs }) => `Scegli un solo ruolo: ${roles(slugs, 'or')}.`,
    custom_needs_member: ({ roles: slugs }) => `I ruoli personalizzati (${roles(slugs)}) si possono assegnare solo insieme al ruolo ${role('member')}.`,
    role_above_own: ({ roles: slugs, own }) =>
      p(slugs.length, {
        one: `Non puoi assegnare il ruolo ${roles(slugs)}: è superiore al tuo (${role(own)}).`,
        other: `Non puoi assegnare i ruoli ${roles(slugs)}: sono superiori al tuo (${role(own)}).`,
      }),
    role_not_held: ({ roles: slugs }) => `Non puoi assegnare ${roles(slugs)}: solo chi ha un ruolo personalizzato può assegnarlo.`,
    expiry_out_of_range: ({ unit: of, min, max }) => `Un invito può valere da ${n(min)} a ${unit(max, of)} (numero intero).`,
  },
};

export default it;

// Intl's "this minute" (under half a minute off) reads oddly after a verb, and its "mese scorso",
// "anno prossimo" want their article there: "Inviato il mese scorso", "Inviato poco fa".
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const when = (time: string, now: string) =>
  time === thisMinute ? now : time.replace(/^mese /, 'il mese ').replace(/^anno /, 'l’anno ');
const ago = (time: string) => when(time, 'poco fa');
const soon = (time: string) => when(time, 'tra pochi istanti');
const why = (message: string) => (message ? `: ${message}` : '.');

/** L’elenco degli inviti in italiano: `import { invitationListMessages } from 'invite-kit/messages/it'`. */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: 'Inviti',
  listLabel: 'Inviti inviati',
  filterLabel: 'Mostra',
  filterOption: ({ label, count }) => `${label} (${n(count)})`,
  filterAll: 'Tutti',
  states: { pending: 'In sospeso', expired: 'Scaduto', revoked: 'Revocato', accepted: 'Accettato' },
  roleLabel: 'Ruolo',
  roleNames,
  expiresIn: ({ time }) => `Scade ${soon(time)}`,
  expiredAgo: ({ time }) => `Scaduto ${ago(time)}`,
  acceptedAgo: ({ time }) => `Accettato ${ago(time)}`,
  revokedAgo: ({ time }) => `Revocato ${ago(time)}`,
  sentAgo: ({ time }) => `Inviato ${ago(time)}`,
  invitedBy: ({ name }) => `Invitato da ${name}`,
  actions: { resend: 'Reinvia', revoke: 'Revoca', reinvite: 'Invita di nuovo', copyLink: 'Copia link' },
  actionFor: ({ action, email }) =>
    ({
      resend: `Reinvia l’invito a ${email}`,
      revoke: `Revoca l’invito per ${email}`,
      reinvite: `Invita di nuovo ${email}`,
      copyLink: `Copia link dell’invito per ${email}`,
    })[action],
  confirmRevoke: ({ email }) => `Revocare l’invito per ${email}? Il suo link smetterà di funzionare.`,
  confirmRevokeAction: 'Revoca',
  cancelRevoke: 'Mantieni',
  acting: { resend: 'Reinvio in corso…', revoke: 'Revoca in corso…', reinvite: 'Invio del nuovo invito…' },
  done: ({ action, email }) =>
    ({
      resend: `Invito reinviato a ${email}.`,
      revoke: `Invito per ${email} revocato.`,
      reinvite: `Nuovo invito inviato a ${email}.`,
    })[action],
  failed: ({ action, email, message }) =>
    `${{ resend: `Impossibile reinviare l’invito a ${email}`, revoke: `Impossibile revocare l’invito per ${email}`, reinvite: `Impossibile invitare di nuovo ${email}` }[action]}${why(message)}`,
  unknown: ({ action, email }) =>
    `Nessuna risposta per ${email}: ${{ resend: 'l’invito potrebbe essere stato reinviato', revoke: 'l’invito potrebbe essere stato revocato', reinvite: 'potrebbe essere stato inviato un nuovo invito' }[action]}. Aggiorna l’elenco per verificarlo.`,
  aboveYourRole: 'Questo invito è per un ruolo superiore al tuo.',
  notHeld: 'Questo invito assegna un ruolo che non hai.',
  linkCopied: ({ email }) => `Link dell’invito per ${email} copiato.`,
  copyFailed: 'Il browser non ha consentito di copiare il link.',
  loading: 'Caricamento degli inviti…',
  empty: 'Ancora nessun invito. Le persone che inviti compaiono qui finché non entrano nell’organizzazione.',
  emptyFiltered: ({ state }) => `Nessun invito con stato “${state}”.`,
  loadFailed: ({ message }) => `Impossibile caricare gli inviti. ${message}`,
  refreshFailed: ({ message }) => `Impossibile aggiornare l’elenco. ${message}`,
  moreFailed: ({ message }) => `Impossibile caricare altri inviti. ${message}`,
  retry: 'Riprova',
  refresh: 'Aggiorna',
  loadMore: 'Carica altri',
  loadingMore: 'Caricamento…',
  loadedMore: ({ count }) => p(count, { zero: 'Nessun altro invito.', one: '# altro invito mostrato.', other: 'Altri # inviti mostrati.' }),
  refreshed: 'Inviti aggiornati.',
  unsupported:
    'Questo servizio di inviti invia le email di invito, ma non ne tiene un elenco: per questo qui non è possibile mostrare, reinviare o revocare gli inviti inviati.',
  forbidden: 'Non hai l’autorizzazione per vedere gli inviti di questa organizzazione.',
  unauthenticated: 'La sessione è scaduta. Accedi di nuovo per vedere gli inviti.',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': 'La connessione si è interrotta prima della risposta.',
    'invite.timeout': 'Nessuna risposta in tempo.',
    'invite.aborted': 'Interrotto prima della risposta.',
    'invite.invalid_response': 'Non è stato possibile leggere la risposta del server.',
    'invite.invitation_not_found': 'Questo invito non esiste più.',
    'invite.not_pending': 'Questo invito non è più in sospeso.',
    'invite.invitation_expired': 'Questo invito è scaduto: invita di nuovo la persona.',
    'invite.invitation_revoked': 'Questo invito è stato revocato.',
    'invite.invitation_accepted': 'Questo invito è già stato accettato.',
    'invite.not_supported': 'Il servizio di inviti non consente questa operazione.',
    'invite.busy': 'C’è ancora un’altra operazione in corso su questo invito.',
    'invite.not_revoked': 'L’invito non è stato revocato.',
  }),
};
