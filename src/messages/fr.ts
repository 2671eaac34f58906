/**
 * Français : `import fr from 'invite-kit/messages/fr'`. Vouvoiement ; espaces insécables devant
 * les deux-points (U+00A0) et devant ? ! ; (U+202F). Termes et ton : `glossary/fr.md`.
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, pluralsOf } from './format';

const locale = 'fr';
const p = pluralsOf(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: 'Membre', billing: 'Facturation', admin: 'Admin', owner: 'Propriétaire' };
const quote = (text: string) => `«\u00a0${text}\u00a0»`;
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => quote(roleNames[slug as SystemRole] ?? slug);
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': 'Votre session a expiré. Reconnectez-vous pour envoyer des invitations.',
  'authorize.forbidden': 'Vous n’avez pas l’autorisation d’inviter des personnes dans cette organisation.',
  'mfa.step_up_required': 'Confirmez votre identité pour inviter des personnes avec ce rôle.',
  'invite.ip_rate_limited': 'Trop d’invitations depuis ce réseau. Réessayez dans un instant.',
  'invite.org_rate_limited': 'Votre organisation a atteint sa limite d’invitations. Réessayez plus tard.',
  'invite.invalid_org_id': 'L’identifiant de l’organisation est mal formé.',
  'invite.org_not_found': 'Cette organisation n’existe pas.',
  'invite.unauthorized': 'Une connexion est nécessaire pour envoyer des invitations.',
  'invite.org_mismatch': 'Vous n’avez pas accès à cette organisation.',
  'invite.user_lookup_failed': 'Le serveur n’a pas pu retrouver votre compte. Réessayez.',
  'invite.member_lookup_failed': 'Le serveur n’a pas pu vérifier votre adhésion. Réessayez.',
  'invite.decode_failed': 'Le corps de la requête n’est pas un JSON valide.',
  'invite.empty_batch': 'Ajoutez au moins une adresse e-mail.',
  'invite.batch_too_large': 'Trop d’invitations en une seule fois.',
  'invite.duplicate_email': 'Cette adresse figure déjà dans la liste.',
  'invite.invalid_email': 'Ce n’est pas une adresse e-mail valide.',
  'invite.self_invite': 'Vous ne pouvez pas vous inviter vous-même.',
  'invite.invalid_role': 'Rôle inconnu.',
  'invite.no_system_role': 'Choisissez l’un des rôles Membre, Facturation, Admin ou Propriétaire.',
  'invite.multiple_system_roles': 'Choisissez un seul des rôles Membre, Facturation, Admin ou Propriétaire.',
  'invite.custom_roles_not_allowed': 'Les rôles personnalisés ne s’attribuent qu’avec le rôle «\u00a0Membre\u00a0».',
  'invite.insufficient_role': 'Vous ne pouvez pas attribuer un rôle supérieur au vôtre.',
  'invite.already_member': 'Déjà membre de cette organisation.',
  'invite.already_pending': 'Une invitation est déjà en attente pour cette adresse.',
  'invite.role_resolve_failed': 'Le serveur n’a pas pu déterminer les rôles.',
  'invite.send_failed': 'L’invitation n’a pas pu être envoyée. Réessayez.',
  'invite.invalid_expiry': 'La durée de validité de l’invitation sort de la plage autorisée.',
  'invite.roles_not_supported': 'Ces rôles ne peuvent pas être attribués ici.',
  'invite.server_misconfigured': 'Les invitations ne sont pas configurées sur le serveur. Contactez un administrateur.',
  'invite.network_error': 'Le réseau a été coupé avant la réponse. L’invitation a peut-être été envoyée.',
  'invite.timeout': 'Pas de réponse à temps. L’invitation a peut-être été envoyée.',
  'invite.aborted': 'Envoi annulé.',
  'invite.invalid_response': 'La réponse du serveur est illisible. L’invitation a peut-être été envoyée.',
};

const fr: InviteKitMessages = {
  locale,
  roleNames,

  // ─── Choix du rôle et de la langue ───
  roleSelectLabel: 'Rôle',
  rolePlaceholder: 'Choisir un rôle',
  customRolesLabel: 'Rôles personnalisés',
  customRolesNeedMember: ({ member }) => `Les rôles personnalisés ne s’attribuent qu’avec le rôle ${quote(member)}.`,
  roleAboveYourLevel: ({ name }) => `Au-dessus de votre rôle (${quote(name)}).`,
  roleNotHeld: 'Seules les personnes qui ont ce rôle peuvent l’attribuer.',
  roleUnknown: 'Ce rôle n’existe pas dans cette organisation\u00a0: décochez-le.',
  localeSelectLabel: 'Langue',
  localePlaceholder: 'Choisir une langue',

  // ─── Boîte de dialogue ───
  trigger: 'Inviter des personnes',
  title: 'Inviter des personnes',
  description: 'Chaque personne reçoit un e-mail avec un lien pour rejoindre votre organisation.',
  close: 'Fermer',
  emailLabel: 'Adresses e-mail',
  emailPlaceholder: 'nom@entreprise.fr',
  emailHint: 'Séparez les adresses par Entrée, une virgule ou un point-virgule, ou collez une liste.',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) => p(max, { one: `${n(count)} sur # adresse au maximum`, other: `${n(count)} sur # adresses au maximum` }),
  entriesLabel: 'Adresses à inviter',
  chipHint: 'Entrée pour modifier, Suppr pour retirer.',
  editEntry: ({ email }) => `Modifier ${email}`,
  removeEntry: ({ email }) => `Retirer ${email}`,
  entryLocked: 'Envoi en cours\u00a0: impossible de la modifier pour l’instant.',
  clearAll: 'Tout retirer',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      p(added, { zero: 'Aucune nouvelle adresse ajoutée.', one: '# adresse ajoutée.', other: '# adresses ajoutées.' }),
      duplicates > 0 && p(duplicates, { one: '# doublon fusionné.', other: '# doublons fusionnés.' }),
      invalid > 0 && p(invalid, { one: '# entrée n’est pas une adresse valide.', other: '# entrées ne sont pas des adresses valides.' }),
      skippedHeader && 'Ligne d’en-tête ignorée.',
      rolesIgnored > 0 &&
        p(rolesIgnored, {
          one: 'Le rôle indiqué pour # personne n’a pas été appliqué\u00a0: ce service n’attribue pas de rôles.',
          other: 'Les rôles indiqués pour # personnes n’ont pas été appliqués\u00a0: ce service n’attribue pas de rôles.',
        }),
    ]
      .filter(Boolean)
      .join(' '),
  statusSending: 'Envoi en cours',
  statusSent: 'Invité',
  statusAlreadyMember: 'Déjà membre',
  statusAlreadyPending: 'Déjà invité',
  statusWaiting: 'En attente',
  statusFailed: 'Échec',
  statusUnknown: 'Peut-être envoyé',
  statusInvalid: 'À corriger',
  roleLabel: 'Rôle',
  rolePerPerson: 'Un rôle par personne',
  roleFor: ({ email }) => `Rôle de ${email}`,
  roleNote: ({ email, message }) => `Rôle de ${email}\u00a0: ${message}`,
  blockedRoles: ({ count }) =>
    p(count, { one: 'Choisissez un rôle valide pour # personne avant d’envoyer.', other: 'Choisissez un rôle valide pour # personnes avant d’envoyer.' }),
  noteGroup: ({ count, message }) => `${p(count, { one: '# personne', other: '# personnes' })}\u00a0: ${message}`,
  retryIn: ({ time }) => `Nouvel essai possible dans ${time}.`,
  retryNow: 'L’attente est terminée\u00a0: vous pouvez réessayer.',
  kept: ({ count, max, full }) =>
    `${n(max)} personnes au maximum à la fois. ${p(count, {
      zero: 'Le reste est mis de côté.',
      one: '# autre adresse est mise de côté.',
      other: '# autres adresses sont mises de côté.',
    })}${full ? ' Elles rejoindront la liste après l’envoi.' : ''}`,
  keptAdd: ({ count }) => p(count, { one: 'Ajouter la suivante', other: 'Ajouter les # suivantes' }),
  keptCopy: 'Tout copier',
  didYouMean: ({ suggestion }) => `Vouliez-vous dire ${suggestion}\u202f?`,
  typoWarning: ({ count }) =>
    p(count, {
      one: 'Vérifiez # adresse\u00a0: elle contient peut-être une faute de frappe.',
      other: 'Vérifiez # adresses\u00a0: elles contiennent peut-être des fautes de frappe.',
    }),
  removedMany: ({ count, email }) => (count === 1 ? `${email} a été retirée.` : p(count, { other: '# adresses retirées.' })),
  undo: 'Annuler',
  restored: ({ count }) => p(count, { one: '# adresse rétablie.', other: '# adresses rétablies.' }),
  localeLabel: 'Langue de l’e-mail',
  expiryLabel: ({ unit: of }) => `Validité de l’invitation (${of === 'days' ? 'jours' : 'minutes'})`,
  expiryHint: ({ min, max, unit: of }) => `De ${n(min)} à ${unit(max, of)}.`,
  send: ({ count }) => p(count, { zero: 'Envoyer les invitations', one: 'Envoyer # invitation', other: 'Envoyer # invitations' }),
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    waiting > 0
      ? `Réessayer (${n(count)})`
      : `Renvoyer ${[
          failed > 0 && p(failed, { one: '# invitation en échec', other: '# invitations en échec' }),
          unknown > 0 && p(unknown, { one: '# non confirmée', other: '# non confirmées' }),
        ]
          .filter(Boolean)
          .join(', ')}`,
  cancelSend: 'Annuler',
  done: 'Terminé',
  progress: ({ current, total }) => `Envoi ${n(current)} sur ${n(total)}…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) && p(sent, { one: '# invitation envoyée', other: '# invitations envoyées' }),
      alreadyMember !== undefined && alreadyMember > 0 && p(alreadyMember, { one: '# déjà membre', other: '# déjà membres' }),
      alreadyPending > 0 && p(alreadyPending, { one: '# personne déjà invitée', other: '# personnes déjà invitées' }),
      failed > 0 && p(failed, { other: '# en échec' }),
      waiting > 0 && p(waiting, { other: '# en attente' }),
      unknown > 0 && p(unknown, { one: '# peut-être envoyée', other: '# peut-être envoyées' }),
    ]
      .filter(Boolean)
      .join(', ') + '.',
  blockedEmpty: 'Ajoutez au moins une adresse e-mail pour envoyer.',
  blockedInvalid: ({ count }) => p(count, { one: 'Corrigez ou retirez # adresse pour envoyer.', other: 'Corrigez ou retirez # adresses pour envoyer.' }),
  offline: 'Vous êtes hors ligne. Vous pourrez envoyer les invitations dès votre retour en ligne.',
  rateLimited: ({ time }) => `Trop d’invitations pour le moment. Vous pourrez réessayer dans ${time}.`,
  unauthenticated: 'Votre session a expiré. Reconnectez-vous, puis réessayez\u00a0: votre liste est conservée.',
  forbidden: 'Vous n’avez pas l’autorisation d’inviter des personnes dans cette organisation. Votre liste est conservée.',
  copyAddresses: 'Copier les adresses',
  copied: 'Adresses copiées.',
  copyFailed: 'Le navigateur n’a pas autorisé la copie des adresses.',
  stepUp: 'Confirmez votre identité pour envoyer ces invitations, puis réessayez\u00a0: votre liste est conservée.',
  awaitingAuth: 'En attente de votre connexion…',
  awaitingStepUp: 'En attente de la confirmation de votre identité…',
  cancelled: 'Envoi annulé. Rien de ce que vous avez saisi n’a été perdu.',
  resendInvitation: 'Renvoyer l’invitation',
  resending: 'Renvoi en cours…',
  resent: 'Invitation renvoyée.',
  resendFailed: ({ message }) => `Invitation non renvoyée. ${message}`,

  // ─── Erreurs, par code ───
  errors,

  // ─── Raisons données par le cœur ───
  reasons: {
    missing: 'L’adresse e-mail est manquante.',
    too_long: ({ max }) => `C’est plus long que toute adresse possible (plus de ${n(max)} caractères).`,
    invisible_char: 'Contient un caractère invisible (une espace de largeur nulle, par exemple).',
    control_char: 'Contient un caractère de contrôle.',
    missing_at: 'Il manque le @ (une adresse ressemble à nom@exemple.fr).',
    many_at: 'Contient plus d’un @.',
    empty_local: 'Rien avant le @.',
    empty_domain: 'Rien après le @\u00a0: le domaine manque.',
    quoted_local: 'Les noms entre guillemets avant le @ ne sont pas acceptés.',
    space: 'Contient un espace.',
    local_not_ascii: 'Avant le @, seuls les lettres ASCII, les chiffres et les signes comme . _ - + sont acceptés.',
    local_char: ({ char }) => `Avant le @, le caractère ${quote(char)} n’est pas autorisé.`,
    local_dot_edge: 'La partie avant le @ commence ou finit par un point.',
    local_double_dot: 'La partie avant le @ contient deux points à la suite.',
    local_too_long: 'La partie avant le @ dépasse 64 caractères.',
    address_too_long: 'L’adresse dépasse 254 caractères.',
    ip_domain: 'Une adresse IP à la place du domaine n’est pas acceptée.',
    domain_char: ({ char }) => `Le domaine contient ${quote(char)}, un caractère non autorisé.`,
    mixed_scripts: ({ label, unicode }) =>
      `La partie de domaine ${quote(label)}${unicode ? ` (${unicode})` : ''} mélange plusieurs écritures (risque d’usurpation).`,
    idn_invalid: 'Le domaine n’est pas un nom internationalisé valide.',
    punycode_invalid: ({ label }) => `La partie de domaine ${quote(label)} n’est pas un nom internationalisé valide.`,
    domain_dot_end: 'Le domaine finit par un point.',
    domain_dot_start: 'Le domaine commence par un point.',
    domain_no_dot: 'Le domaine ne contient pas de point (comme dans exemple.fr).',
    domain_double_dot: 'Le domaine contient deux points à la suite.',
    label_too_long: 'Une partie du domaine dépasse 63 caractères.',
    label_hyphen: 'Une partie du domaine commence ou finit par un trait d’union.',
    domain_not_ldh: 'Le domaine ne peut contenir que des lettres, des chiffres et des traits d’union.',
    tld_not_alpha: 'L’extension du domaine doit être faite de lettres (comme .fr).',
    domain_too_long: 'Le domaine dépasse 253 caractères.',
    not_alone: 'Ce n’est pas une adresse e-mail à elle seule.',
    row_without_email: 'Cette ligne ne contient aucune adresse e-mail.',
    cell_not_read: 'Cette cellule n’est ni une adresse, ni un nom, ni un rôle.',
    too_many: ({ max, count }) => `${n(max)} invitations au maximum à la fois\u202f; ce lot en compte ${n(count)}.`,
    unknown_role: ({ roles: slugs }) => p(slugs.length, { one: `Rôle inconnu\u00a0: ${roles(slugs)}.`, other: `Rôles inconnus\u00a0: ${roles(slugs)}.` }),
    one_role_only: ({ roles: slugs }) => `Un seul rôle par invitation ici, pas ${roles(slugs)}.`,
    no_roles: ({ roles: slugs }) => `Aucun rôle ne peut être attribué ici, pas même ${roles(slugs)}.`,
    several_system_roles: ({ roles: slugs }) => `Choisissez un seul rôle\u00a0: ${roles(slugs, 'or')}.`,
    custom_needs_member: ({ roles: slugs }) => `Les rôles personnalisés (${roles(slugs)}) ne s’attribuent qu’avec le rôle ${role('member')}.`,
    role_above_own: ({ roles: slugs, own }) =>
      p(slugs.length, {
        one: `Vous ne pouvez pas attribuer le rôle ${roles(slugs)}\u00a0: il est supérieur au vôtre (${role(own)}).`,
        other: `Vous ne pouvez pas attribuer les rôles ${roles(slugs)}\u00a0: ils sont supérieurs au vôtre (${role(own)}).`,
      }),
    role_not_held: ({ roles: slugs }) =>
      `Vous ne pouvez pas attribuer ${roles(slugs)}\u00a0: seules les personnes qui ont un rôle personnalisé peuvent l’attribuer.`,
    expiry_out_of_range: ({ unit: of, min, max }) => `Une invitation est valable de ${n(min)} à ${unit(max, of)} (nombre entier).`,
  },
};

export default fr;

// Intl's "this minute" (under half a minute off) reads oddly after a verb: "à l’instant" instead.
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const ago = (time: string) => (time === thisMinute ? 'à l’instant' : time);
const soon = (time: string) => (time === thisMinute ? 'dans un instant' : time);
const why = (message: string) => (message ? `\u00a0: ${message}` : '.');

/** La liste des invitations en français : `import { invitationListMessages } from 'invite-kit/messages/fr'`. */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: 'Invitations',
  listLabel: 'Invitations envoyées',
  filterLabel: 'Afficher',
  filterOption: ({ label, count }) => `${label} (${n(count)})`,
  filterAll: 'Toutes',
  states: { pending: 'En attente', expired: 'Expirée', revoked: 'Révoquée', accepted: 'Acceptée' },
  roleLabel: 'Rôle',
  roleNames,
  expiresIn: ({ time }) => `Expire ${soon(time)}`,
  expiredAgo: ({ time }) => `Expirée ${ago(time)}`,
  acceptedAgo: ({ time }) => `Acceptée ${ago(time)}`,
  revokedAgo: ({ time }) => `Révoquée ${ago(time)}`,
  sentAgo: ({ time }) => `Envoyée ${ago(time)}`,
  invitedBy: ({ name }) => `Invité par ${name}`,
  actions: { resend: 'Renvoyer', revoke: 'Révoquer', reinvite: 'Réinviter', copyLink: 'Copier le lien' },
  actionFor: ({ action, email }) =>
    ({
      resend: `Renvoyer l’invitation à ${email}`,
      revoke: `Révoquer l’invitation de ${email}`,
      reinvite: `Réinviter ${email}`,
      copyLink: `Copier le lien d’invitation de ${email}`,
    })[action],
  confirmRevoke: ({ email }) => `Révoquer l’invitation de ${email}\u202f? Son lien ne fonctionnera plus.`,
  confirmRevokeAction: 'Révoquer',
  cancelRevoke: 'Conserver',
  acting: { resend: 'Renvoi en cours…', revoke: 'Révocation en cours…', reinvite: 'Envoi d’une nouvelle invitation…' },
  done: ({ action, email }) =>
    ({
      resend: `Invitation renvoyée à ${email}.`,
      revoke: `Invitation de ${email} révoquée.`,
      reinvite: `Nouvelle invitation envoyée à ${email}.`,
    })[action],
  failed: ({ action, email, message }) =>
    `${{ resend: `Impossible de renvoyer l’invitation à ${email}`, revoke: `Impossible de révoquer l’invitation de ${email}`, reinvite: `Impossible de réinviter ${email}` }[action]}${why(message)}`,
  unknown: ({ action, email }) =>
    `Aucune réponse reçue pour ${email}\u00a0: ${{ resend: 'l’invitation a peut-être été renvoyée', revoke: 'l’invitation a peut-être été révoquée', reinvite: 'une nouvelle invitation a peut-être été envoyée' }[action]}. Actualisez la liste pour le vérifier.`,
  aboveYourRole: 'Cette invitation porte sur un rôle supérieur au vôtre.',
  notHeld: 'Cette invitation attribue un rôle que vous n’avez pas.',
  linkCopied: ({ email }) => `Lien d’invitation de ${email} copié.`,
  copyFailed: 'Le navigateur n’a pas autorisé la copie du lien.',
  loading: 'Chargement des invitations…',
  empty: 'Aucune invitation pour l’instant. Les personnes que vous invitez apparaissent ici jusqu’à ce qu’elles rejoignent l’organisation.',
  emptyFiltered: ({ state }) => `Aucune invitation avec le statut ${quote(state)}.`,
  loadFailed: ({ message }) => `Impossible de charger les invitations. ${message}`,
  refreshFailed: ({ message }) => `Impossible d’actualiser la liste. ${message}`,
  moreFailed: ({ message }) => `Impossible de charger d’autres invitations. ${message}`,
  retry: 'Réessayer',
  refresh: 'Actualiser',
  loadMore: 'Afficher plus',
  loadingMore: 'Chargement…',
  loadedMore: ({ count }) =>
    p(count, { zero: 'Aucune autre invitation.', one: '# autre invitation affichée.', other: '# autres invitations affichées.' }),
  refreshed: 'Invitations actualisées.',
  unsupported:
    'Ce service d’invitation envoie les e-mails d’invitation, mais n’en conserve pas la liste\u00a0: les invitations envoyées ne peuvent donc être ni affichées, ni renvoyées, ni révoquées ici.',
  forbidden: 'Vous n’avez pas l’autorisation de voir les invitations de cette organisation.',
  unauthenticated: 'Votre session a expiré. Reconnectez-vous pour voir les invitations.',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': 'La connexion a été interrompue avant la réponse.',
    'invite.timeout': 'Aucune réponse dans le délai prévu.',
    'invite.aborted': 'Interrompu avant la réponse.',
    'invite.invalid_response': 'La réponse du serveur est illisible.',
    'invite.invitation_not_found': 'Cette invitation n’existe plus.',
    'invite.not_pending': 'Cette invitation n’est plus en attente.',
    'invite.invitation_expired': 'Cette invitation a expiré\u00a0: réinvitez plutôt la personne.',
    'invite.invitation_revoked': 'Cette invitation a été révoquée.',
    'invite.invitation_accepted': 'Cette invitation a déjà été acceptée.',
    'invite.not_supported': 'Ce service d’invitation ne permet pas cette action.',
    'invite.busy': 'Une autre action est encore en cours sur cette invitation.',
    'invite.not_revoked': 'L’invitation n’a pas été révoquée.',
  }),
};
