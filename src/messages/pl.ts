/**
 * Polski: `import pl from 'invite-kit/messages/pl'`. Tryb rozkazujący w 2. osobie (jak w
 * większości aplikacji), formy bezosobowe tam, gdzie rodzaj byłby nieznany („Dodano”); cudzysłów
 * „ ”. Każda liczba ma cztery formy (one, few, many, other). Terminy i ton: `glossary/pl.md`.
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, pluralsOf } from './format';

const locale = 'pl';
const p = pluralsOf<'one' | 'few' | 'many'>(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: 'Członek', billing: 'Rozliczenia', admin: 'Administrator', owner: 'Właściciel' };
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => `„${roleNames[slug as SystemRole] ?? slug}”`;
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);
const addresses = { one: '# adres', few: '# adresy', many: '# adresów', other: '# adresu' };

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': 'Sesja wygasła. Zaloguj się ponownie, aby wysyłać zaproszenia.',
  'authorize.forbidden': 'Nie masz uprawnień do zapraszania osób do tej organizacji.',
  'mfa.step_up_required': 'Potwierdź swoją tożsamość, aby zapraszać osoby z tą rolą.',
  'invite.ip_rate_limited': 'Zbyt wiele zaproszeń z tej sieci. Spróbuj ponownie za chwilę.',
  'invite.org_rate_limited': 'Twoja organizacja osiągnęła limit zaproszeń. Spróbuj ponownie później.',
  'invite.invalid_org_id': 'Identyfikator organizacji jest nieprawidłowy.',
  'invite.org_not_found': 'Ta organizacja nie istnieje.',
  'invite.unauthorized': 'Aby wysyłać zaproszenia, musisz się zalogować.',
  'invite.org_mismatch': 'Nie masz dostępu do tej organizacji.',
  'invite.user_lookup_failed': 'Serwer nie mógł odnaleźć Twojego konta. Spróbuj ponownie.',
  'invite.member_lookup_failed': 'Serwer nie mógł sprawdzić Twojego członkostwa. Spróbuj ponownie.',
  'invite.decode_failed': 'Treść żądania nie jest prawidłowym JSON-em.',
  'invite.empty_batch': 'Dodaj co najmniej jeden adres e-mail.',
  'invite.batch_too_large': 'Zbyt wiele zaproszeń naraz.',
  'invite.duplicate_email': 'Ten adres jest już na liście.',
  'invite.invalid_email': 'To nie jest prawidłowy adres e-mail.',
  'invite.self_invite': 'Nie możesz zaprosić samego siebie.',
  'invite.invalid_role': 'Nieznana rola.',
  'invite.no_system_role': 'Wybierz jedną z ról: Członek, Rozliczenia, Administrator lub Właściciel.',
  'invite.multiple_system_roles': 'Wybierz tylko jedną z ról: Członek, Rozliczenia, Administrator lub Właściciel.',
  'invite.custom_roles_not_allowed': 'Role niestandardowe można nadać tylko razem z rolą „Członek”.',
  'invite.insufficient_role': 'Nie możesz nadać roli wyższej niż Twoja.',
  'invite.already_member': 'Ta osoba już jest członkiem tej organizacji.',
  'invite.already_pending': 'Na ten adres czeka już zaproszenie.',
  'invite.role_resolve_failed': 'Serwer nie mógł ustalić ról.',
  'invite.send_failed': 'Nie udało się dostarczyć zaproszenia. Spróbuj ponownie.',
  'invite.invalid_expiry': 'Czas ważności zaproszenia wykracza poza dozwolony zakres.',
  'invite.roles_not_supported': 'Tych ról nie można tu nadać.',
  'invite.server_misconfigured': 'Zaproszenia nie są skonfigurowane na serwerze. Skontaktuj się z administratorem.',
  'invite.network_error': 'Połączenie zostało przerwane przed odpowiedzią. Zaproszenie mogło zostać wysłane.',
  'invite.timeout': 'Brak odpowiedzi w wyznaczonym czasie. Zaproszenie mogło zostać wysłane.',
  'invite.aborted': 'Wysyłanie anulowano.',
  'invite.invalid_response': 'Nie udało się odczytać odpowiedzi serwera. Zaproszenie mogło zostać wysłane.',
};

const pl: InviteKitMessages = {
  locale,
  roleNames,

  // ─── Wybór roli i języka ───
  roleSelectLabel: 'Rola',
  rolePlaceholder: 'Wybierz rolę',
  customRolesLabel: 'Role niestandardowe',
  customRolesNeedMember: ({ member }) => `Role niestandardowe można nadać tylko razem z rolą „${member}”.`,
  roleAboveYourLevel: ({ name }) => `Wyżej niż Twoja rola („${name}”).`,
  roleNotHeld: 'Tę rolę może nadać tylko ktoś, kto ją ma.',
  roleUnknown: 'To nie jest rola w tej organizacji: odznacz ją.',
  localeSelectLabel: 'Język',
  localePlaceholder: 'Wybierz język',

  // ─── Okno dialogowe ───
  trigger: 'Zaproś osoby',
  title: 'Zaproś osoby',
  description: 'Każda osoba otrzyma e-mail z linkiem, dzięki któremu dołączy do Twojej organizacji.',
  close: 'Zamknij',
  emailLabel: 'Adresy e-mail',
  emailPlaceholder: 'imie@firma.pl',
  emailHint: 'Oddzielaj adresy klawiszem Enter, przecinkiem lub średnikiem albo wklej listę.',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) =>
    `${n(count)} z maksymalnie ${p(max, { one: '# adresu', few: '# adresów', many: '# adresów', other: '# adresu' })}`,
  entriesLabel: 'Adresy do zaproszenia',
  chipHint: 'Enter, aby edytować, Delete, aby usunąć.',
  editEntry: ({ email }) => `Edytuj ${email}`,
  removeEntry: ({ email }) => `Usuń ${email}`,
  entryLocked: 'Trwa wysyłanie: nie można tego teraz zmienić.',
  clearAll: 'Usuń wszystkie',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      added === 0 ? 'Nie dodano żadnego nowego adresu.' : `Dodano ${p(added, addresses)}.`,
      duplicates > 0 && p(duplicates, { one: 'Scalono # duplikat.', few: 'Scalono # duplikaty.', many: 'Scalono # duplikatów.', other: 'Scalono # duplikatu.' }),
      invalid > 0 &&
        p(invalid, {
          one: '# pozycja nie jest prawidłowym adresem.',
          few: '# pozycje nie są prawidłowymi adresami.',
          many: '# pozycji nie jest prawidłowymi adresami.',
          other: '# pozycji nie jest prawidłowymi adresami.',
        }),
      skippedHeader && 'Pominięto wiersz nagłówka.',
      rolesIgnored > 0 &&
        p(rolesIgnored, {
          one: 'Nie zastosowano roli podanej dla # osoby: ta usługa nie nadaje ról.',
          few: 'Nie zastosowano ról podanych dla # osób: ta usługa nie nadaje ról.',
          many: 'Nie zastosowano ról podanych dla # osób: ta usługa nie nadaje ról.',
          other: 'Nie zastosowano ról podanych dla # osoby: ta usługa nie nadaje ról.',
        }),
    ]
      .filter(Boolean)
      .join(' '),
  statusSending: 'Wysyłanie',
  statusSent: 'Zaproszono',
  statusAlreadyMember: 'Już jest członkiem',
  statusAlreadyPending: 'Już zaproszono',
  statusWaiting: 'Oczekuje',
  statusFailed: 'Błąd',
  statusUnknown: 'Może wysłano',
  statusInvalid: 'Do poprawy',
  roleLabel: 'Rola',
  rolePerPerson: 'Osobna rola dla każdej osoby',
  roleFor: ({ email }) => `Rola dla ${email}`,
  roleNote: ({ email, message }) => `Rola dla ${email}: ${message}`,
  blockedRoles: ({ count }) =>
    `Aby wysłać, wybierz prawidłową rolę dla ${p(count, { one: '# osoby', few: '# osób', many: '# osób', other: '# osoby' })}.`,
  noteGroup: ({ count, message }) => `${p(count, { one: '# osoba', few: '# osoby', many: '# osób', other: '# osoby' })}: ${message}`,
  retryIn: ({ time }) => `Ponowna próba możliwa za ${time}.`,
  retryNow: 'Czas oczekiwania minął: możesz spróbować ponownie.',
  kept: ({ count, max, full }) =>
    `Naraz maksymalnie ${p(max, { one: '# osoba', few: '# osoby', many: '# osób', other: '# osoby' })}. ${
      count === 0 ? 'Pozostałe adresy zachowano.' : `Zachowano jeszcze ${p(count, addresses)}.`
    }${full ? ' Trafią na listę po wysłaniu.' : ''}`,
  keptAdd: ({ count }) => p(count, { one: 'Dodaj następny', few: 'Dodaj następne #', many: 'Dodaj następnych #', other: 'Dodaj następne #' }),
  keptCopy: 'Kopiuj wszystkie',
  didYouMean: ({ suggestion }) => `Czy chodziło o ${suggestion}?`,
  typoWarning: ({ count }) =>
    p(count, {
      one: 'Sprawdź # adres: może zawierać literówkę.',
      few: 'Sprawdź # adresy: mogą zawierać literówki.',
      many: 'Sprawdź # adresów: mogą zawierać literówki.',
      other: 'Sprawdź # adresu: może zawierać literówki.',
    }),
  removedMany: ({ count, email }) => (count === 1 ? `Usunięto ${email}.` : `Usunięto ${p(count, addresses)}.`),
  undo: 'Cofnij',
  restored: ({ count }) => `Przywrócono ${p(count, addresses)}.`,
  localeLabel: 'Język wiadomości',
  expiryLabel: ({ unit: of }) => `Ważność zaproszenia (${of === 'days' ? 'dni' : 'minuty'})`,
  expiryHint: ({ min, max, unit: of }) => `Od ${n(min)} do ${unit(max, of)}.`,
  send: ({ count }) =>
    p(count, { zero: 'Wyślij zaproszenia', one: 'Wyślij # zaproszenie', few: 'Wyślij # zaproszenia', many: 'Wyślij # zaproszeń', other: 'Wyślij # zaproszenia' }),
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    waiting > 0
      ? `Spróbuj ponownie (${n(count)})`
      : `Wyślij ponownie ${[
          failed > 0 && p(failed, { one: '# nieudane', few: '# nieudane', many: '# nieudanych', other: '# nieudanego' }),
          unknown > 0 && p(unknown, { one: '# niepotwierdzone', few: '# niepotwierdzone', many: '# niepotwierdzonych', other: '# niepotwierdzonego' }),
        ]
          .filter(Boolean)
          .join(', ')}`,
  cancelSend: 'Anuluj',
  done: 'Gotowe',
  progress: ({ current, total }) => `Wysyłanie ${n(current)} z ${n(total)}…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) &&
        p(sent, { one: '# zaproszenie wysłane', few: '# zaproszenia wysłane', many: '# zaproszeń wysłanych', other: '# zaproszenia wysłanego' }),
      alreadyMember !== undefined &&
        alreadyMember > 0 &&
        p(alreadyMember, {
          one: '# osoba już jest członkiem',
          few: '# osoby już są członkami',
          many: '# osób już jest członkami',
          other: '# osoby już jest członkiem',
        }),
      alreadyPending > 0 &&
        p(alreadyPending, { one: '# osoba już zaproszona', few: '# osoby już zaproszone', many: '# osób już zaproszonych', other: '# osoby już zaproszonej' }),
      failed > 0 && p(failed, { one: '# nieudane', few: '# nieudane', many: '# nieudanych', other: '# nieudanego' }),
      waiting > 0 && p(waiting, { one: '# oczekuje', few: '# oczekują', many: '# oczekuje', other: '# oczekuje' }),
      unknown > 0 &&
        p(unknown, { one: '# mogło zostać wysłane', few: '# mogły zostać wysłane', many: '# mogło zostać wysłanych', other: '# mogło zostać wysłane' }),
    ]
      .filter(Boolean)
      .join(', ') + '.',
  blockedEmpty: 'Aby wysłać, dodaj co najmniej jeden adres e-mail.',
  blockedInvalid: ({ count }) => `Aby wysłać, popraw lub usuń ${p(count, addresses)}.`,
  offline: 'Brak połączenia z internetem. Zaproszenia wyślesz, gdy połączenie wróci.',
  rateLimited: ({ time }) => `Zbyt wiele zaproszeń naraz. Spróbuj ponownie za ${time}.`,
  unauthenticated: 'Sesja wygasła. Zaloguj się ponownie i spróbuj jeszcze raz: lista została zachowana.',
  forbidden: 'Nie masz uprawnień do zapraszania osób do tej organizacji. Lista została zachowana.',
  copyAddresses: 'Kopiuj adresy',
  copied: 'Skopiowano adresy.',
  copyFailed: 'Przeglądarka nie pozwoliła skopiować adresów.',
  stepUp: 'Potwierdź swoją tożsamość, aby wysłać te zaproszenia, i spróbuj ponownie: lista została zachowana.',
  awaitingAuth: 'Czekamy, aż się zalogujesz…',
  awaitingStepUp: 'Czekamy na potwierdzenie tożsamości…',
  cancelled: 'Wysyłanie anulowano. Nic z tego, co wpisano, nie zginęło.',
  resendInvitation: 'Wyślij zaproszenie ponownie',
  resending: 'Ponowne wysyłanie…',
  resent: 'Wysłano zaproszenie ponownie.',
  resendFailed: ({ message }) => `Nie udało się wysłać ponownie. ${message}`,

  // ─── Błędy według kodu ───
  errors,

  // ─── Przyczyny podawane przez rdzeń ───
  reasons: {
    missing: 'Brak adresu e-mail.',
    too_long: ({ max }) => `To dłuższe niż jakikolwiek adres (ponad ${n(max)} znaków).`,
    invisible_char: 'Zawiera niewidoczny znak (np. spację o zerowej szerokości).',
    control_char: 'Zawiera znak sterujący.',
    missing_at: 'Brakuje znaku @ (adres wygląda tak: imie@przyklad.pl).',
    many_at: 'Zawiera więcej niż jeden znak @.',
    empty_local: 'Przed znakiem @ nic nie ma.',
    empty_domain: 'Po znaku @ nic nie ma: brakuje domeny.',
    quoted_local: 'Nazwy w cudzysłowie przed znakiem @ są niedozwolone.',
    space: 'Zawiera spację.',
    local_not_ascii: 'Przed znakiem @ dozwolone są tylko litery ASCII, cyfry i znaki takie jak . _ - +.',
    local_char: ({ char }) => `Przed znakiem @ jest „${char}” – ten znak jest niedozwolony.`,
    local_dot_edge: 'Część przed znakiem @ zaczyna się lub kończy kropką.',
    local_double_dot: 'Część przed znakiem @ zawiera dwie kropki z rzędu.',
    local_too_long: 'Część przed znakiem @ ma ponad 64 znaki.',
    address_too_long: 'Adres ma ponad 254 znaki.',
    ip_domain: 'Adresy z adresem IP zamiast domeny są niedozwolone.',
    domain_char: ({ char }) => `Domena zawiera „${char}” – ten znak jest niedozwolony.`,
    mixed_scripts: ({ label, unicode }) => `Część domeny „${label}”${unicode ? ` (${unicode})` : ''} łączy różne alfabety (możliwe podszywanie się).`,
    idn_invalid: 'Domena nie jest prawidłową nazwą międzynarodową.',
    punycode_invalid: ({ label }) => `Część domeny „${label}” nie jest prawidłową nazwą międzynarodową.`,
    domain_dot_end: 'Domena kończy się kropką.',
    domain_dot_start: 'Domena zaczyna się kropką.',
    domain_no_dot: 'Domena nie zawiera kropki (jak w przyklad.pl).',
    domain_double_dot: 'Domena zawiera dwie kropki z rzędu.',
    label_too_long: 'Część domeny ma ponad 63 znaki.',
    label_hyphen: 'Część domeny zaczyna się lub kończy łącznikiem.',
    domain_not_ldh: 'Domena może zawierać tylko litery, cyfry i łączniki.',
    tld_not_alpha: 'Końcówka domeny musi składać się z liter (jak .pl).',
    domain_too_long: 'Domena ma ponad 253 znaki.',
    not_alone: 'Samo w sobie nie jest adresem e-mail.',
    row_without_email: 'Ten wiersz nie zawiera adresu e-mail.',
    cell_not_read: 'Ta komórka nie jest adresem, nazwą ani rolą.',
    too_many: ({ max, count }) =>
      `Naraz można wysłać maksymalnie ${p(max, { one: '# zaproszenie', few: '# zaproszenia', many: '# zaproszeń', other: '# zaproszenia' })}; tutaj jest ich ${n(count)}.`,
    unknown_role: ({ roles: slugs }) =>
      p(slugs.length, {
        one: `Nieznana rola ${roles(slugs)}.`,
        few: `Nieznane role ${roles(slugs)}.`,
        many: `Nieznane role ${roles(slugs)}.`,
        other: `Nieznane role ${roles(slugs)}.`,
      }),
    one_role_only: ({ roles: slugs }) => `Tu można nadać tylko jedną rolę na zaproszenie, a nie ${roles(slugs)}.`,
    no_roles: ({ roles: slugs }) => `Tu nie można nadawać ról – również ${roles(slugs)}.`,
    several_system_roles: ({ roles: slugs }) => `Wybierz tylko jedną rolę: ${roles(slugs, 'or')}.`,
    custom_needs_member: ({ roles: slugs }) => `Role niestandardowe (${roles(slugs)}) można nadać tylko razem z rolą ${role('member')}.`,
    role_above_own: ({ roles: slugs, own }) =>
      slugs.length === 1
        ? `Nie możesz nadać roli ${roles(slugs)}: jest wyższa niż Twoja (${role(own)}).`
        : `Nie możesz nadać ról ${roles(slugs)}: są wyższe niż Twoja (${role(own)}).`,
    role_not_held: ({ roles: slugs }) => `Nie możesz nadać ${roles(slugs)}: rolę niestandardową może nadać tylko ktoś, kto ją ma.`,
    expiry_out_of_range: ({ unit: of, min, max }) => `Zaproszenie może być ważne od ${n(min)} do ${unit(max, of)} (liczba całkowita).`,
  },
};

export default pl;

// Intl says the current minute as „ta minuta”, which no sentence of the list takes.
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const ago = (time: string) => (time === thisMinute ? 'przed chwilą' : time);
const soon = (time: string) => (time === thisMinute ? 'w ciągu minuty' : time);

/** Lista zaproszeń po polsku: `import { invitationListMessages } from 'invite-kit/messages/pl'`. */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: 'Zaproszenia',
  listLabel: 'Wysłane zaproszenia',
  filterLabel: 'Pokaż',
  filterOption: ({ label, count }) => `${label} (${n(count)})`,
  filterAll: 'Wszystkie',
  states: { pending: 'Oczekujące', expired: 'Wygasłe', revoked: 'Odwołane', accepted: 'Przyjęte' },
  roleLabel: 'Rola',
  roleNames,
  expiresIn: ({ time }) => `Wygasa ${soon(time)}`,
  expiredAgo: ({ time }) => `Wygasło ${ago(time)}`,
  acceptedAgo: ({ time }) => `Przyjęto ${ago(time)}`,
  revokedAgo: ({ time }) => `Odwołano ${ago(time)}`,
  sentAgo: ({ time }) => `Wysłano ${ago(time)}`,
  invitedBy: ({ name }) => `Osoba zapraszająca: ${name}`,
  actions: { resend: 'Wyślij ponownie', revoke: 'Odwołaj', reinvite: 'Zaproś ponownie', copyLink: 'Kopiuj link' },
  actionFor: ({ action, email }) =>
    ({
      resend: `Wyślij ponownie zaproszenie dla ${email}`,
      revoke: `Odwołaj zaproszenie dla ${email}`,
      reinvite: `Zaproś ponownie ${email}`,
      copyLink: `Kopiuj link zaproszenia dla ${email}`,
    })[action],
  confirmRevoke: ({ email }) => `Odwołać zaproszenie dla ${email}? Link z zaproszenia przestanie działać.`,
  confirmRevokeAction: 'Odwołaj',
  cancelRevoke: 'Zachowaj',
  acting: { resend: 'Ponowne wysyłanie…', revoke: 'Odwoływanie…', reinvite: 'Ponowne zapraszanie…' },
  done: ({ action, email }) =>
    ({
      resend: `Wysłano ponownie zaproszenie dla ${email}.`,
      revoke: `Odwołano zaproszenie dla ${email}.`,
      reinvite: `Zaproszono ponownie ${email}.`,
    })[action],
  failed: ({ action, email, message }) =>
    `${{
      resend: `Nie udało się ponownie wysłać zaproszenia dla ${email}`,
      revoke: `Nie udało się odwołać zaproszenia dla ${email}`,
      reinvite: `Nie udało się ponownie zaprosić ${email}`,
    }[action]}: ${message}`,
  unknown: ({ action, email }) =>
    `Brak odpowiedzi dla ${email}: ${{
      resend: 'zaproszenie mogło zostać wysłane ponownie',
      revoke: 'zaproszenie mogło zostać odwołane',
      reinvite: 'ta osoba mogła zostać zaproszona ponownie',
    }[action]}. Odśwież listę, aby sprawdzić.`,
  aboveYourRole: 'To zaproszenie dotyczy roli wyższej niż Twoja.',
  notHeld: 'To zaproszenie nadaje rolę, której nie masz.',
  linkCopied: ({ email }) => `Skopiowano link zaproszenia dla ${email}.`,
  copyFailed: 'Przeglądarka nie pozwoliła skopiować linku.',
  loading: 'Wczytywanie zaproszeń…',
  empty: 'Nie ma jeszcze zaproszeń. Osoby, które zaprosisz, będą tu widoczne, dopóki nie dołączą.',
  emptyFiltered: ({ state }) => `Brak zaproszeń o statusie „${state}”.`,
  loadFailed: ({ message }) => `Nie udało się wczytać zaproszeń. ${message}`,
  refreshFailed: ({ message }) => `Nie udało się odświeżyć listy. ${message}`,
  moreFailed: ({ message }) => `Nie udało się wczytać kolejnych zaproszeń. ${message}`,
  retry: 'Spróbuj ponownie',
  refresh: 'Odśwież',
  loadMore: 'Wczytaj więcej',
  loadingMore: 'Wczytywanie…',
  loadedMore: ({ count }) =>
    p(count, {
      zero: 'Nie ma więcej zaproszeń.',
      one: 'Wyświetlono # kolejne zaproszenie.',
      few: 'Wyświetlono # kolejne zaproszenia.',
      many: 'Wyświetlono # kolejnych zaproszeń.',
      other: 'Wyświetlono # kolejnego zaproszenia.',
    }),
  refreshed: 'Odświeżono zaproszenia.',
  unsupported:
    'Ta usługa zaproszeń wysyła e-maile z zaproszeniami, ale nie prowadzi ich listy, dlatego wysłanych zaproszeń nie można tu wyświetlić, wysłać ponownie ani odwołać.',
  forbidden: 'Nie masz uprawnień do przeglądania zaproszeń tej organizacji.',
  unauthenticated: 'Sesja wygasła. Zaloguj się ponownie, aby zobaczyć zaproszenia.',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': 'Połączenie zostało przerwane przed odpowiedzią.',
    'invite.timeout': 'Brak odpowiedzi w oczekiwanym czasie.',
    'invite.aborted': 'Przerwano przed odpowiedzią.',
    'invite.invalid_response': 'Nie udało się odczytać odpowiedzi serwera.',
    'invite.invitation_not_found': 'To zaproszenie już nie istnieje.',
    'invite.not_pending': 'To zaproszenie nie jest już oczekujące.',
    'invite.invitation_expired': 'To zaproszenie wygasło – zamiast tego zaproś tę osobę ponownie.',
    'invite.invitation_revoked': 'To zaproszenie zostało odwołane.',
    'invite.invitation_accepted': 'To zaproszenie zostało już przyjęte.',
    'invite.not_supported': 'Ta usługa zaproszeń tego nie obsługuje.',
    'invite.busy': 'Inna operacja na tym zaproszeniu jeszcze trwa.',
    'invite.not_revoked': 'Zaproszenie nie zostało odwołane.',
  }),
};
