/**
 * Español: `import es from 'invite-kit/messages/es'`. Español neutro para España y América, tuteo,
 * comillas “ ”. Términos y tono: `glossary/es.md`.
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, pluralsOf } from './format';

const locale = 'es';
const p = pluralsOf(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: 'Miembro', billing: 'Facturación', admin: 'Admin', owner: 'Propietario' };
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => `“${roleNames[slug as SystemRole] ?? slug}”`;
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': 'Tu sesión ha caducado. Vuelve a iniciar sesión para enviar invitaciones.',
  'authorize.forbidden': 'No tienes permiso para invitar a personas a esta organización.',
  'mfa.step_up_required': 'Confirma tu identidad para invitar a personas con este rol.',
  'invite.ip_rate_limited': 'Demasiadas invitaciones desde esta red. Inténtalo de nuevo en un momento.',
  'invite.org_rate_limited': 'Tu organización alcanzó su límite de invitaciones. Inténtalo más tarde.',
  'invite.invalid_org_id': 'El ID de la organización no es válido.',
  'invite.org_not_found': 'La organización no existe.',
  'invite.unauthorized': 'Hay que iniciar sesión para enviar invitaciones.',
  'invite.org_mismatch': 'No tienes acceso a esta organización.',
  'invite.user_lookup_failed': 'El servidor no pudo encontrar tu cuenta. Inténtalo de nuevo.',
  'invite.member_lookup_failed': 'El servidor no pudo comprobar que perteneces a la organización. Inténtalo de nuevo.',
  'invite.decode_failed': 'El cuerpo de la solicitud no es JSON válido.',
  'invite.empty_batch': 'Añade al menos una dirección de correo.',
  'invite.batch_too_large': 'Demasiadas invitaciones de una vez.',
  'invite.duplicate_email': 'Esta dirección ya está en la lista.',
  'invite.invalid_email': 'No es una dirección de correo válida.',
  'invite.self_invite': 'No puedes enviarte una invitación a ti.',
  'invite.invalid_role': 'Rol desconocido.',
  'invite.no_system_role': 'Elige uno de los roles Miembro, Facturación, Admin o Propietario.',
  'invite.multiple_system_roles': 'Elige solo uno de los roles Miembro, Facturación, Admin o Propietario.',
  'invite.custom_roles_not_allowed': 'Los roles personalizados solo se pueden asignar junto con el rol “Miembro”.',
  'invite.insufficient_role': 'No puedes asignar un rol superior al tuyo.',
  'invite.already_member': 'Ya es miembro de esta organización.',
  'invite.already_pending': 'Ya hay una invitación pendiente para esta dirección.',
  'invite.role_resolve_failed': 'El servidor no pudo resolver los roles.',
  'invite.send_failed': 'No se pudo entregar la invitación. Inténtalo de nuevo.',
  'invite.invalid_expiry': 'La validez de la invitación está fuera del rango permitido.',
  'invite.roles_not_supported': 'Estos roles no se pueden asignar aquí.',
  'invite.server_misconfigured': 'Las invitaciones no están configuradas en el servidor. Consulta con un administrador.',
  'invite.network_error': 'La red falló antes de recibir respuesta. Es posible que la invitación se haya enviado.',
  'invite.timeout': 'No hubo respuesta a tiempo. Es posible que la invitación se haya enviado.',
  'invite.aborted': 'Envío cancelado.',
  'invite.invalid_response': 'No se pudo leer la respuesta del servidor. Es posible que la invitación se haya enviado.',
};

const es: InviteKitMessages = {
  locale,
  roleNames,

  // ─── Selección de rol e idioma ───
  roleSelectLabel: 'Rol',
  rolePlaceholder: 'Elige un rol',
  customRolesLabel: 'Roles personalizados',
  customRolesNeedMember: ({ member }) => `Los roles personalizados solo se pueden asignar junto con el rol “${member}”.`,
  roleAboveYourLevel: ({ name }) => `Por encima de tu rol (“${name}”).`,
  roleNotHeld: 'Solo quien tiene este rol puede asignarlo.',
  roleUnknown: 'No es un rol de esta organización: desmárcalo.',
  localeSelectLabel: 'Idioma',
  localePlaceholder: 'Elige un idioma',

  // ─── Diálogo ───
  trigger: 'Invitar a personas',
  title: 'Invitar a personas',
  description: 'Cada persona recibirá un correo con un enlace para unirse a tu organización.',
  close: 'Cerrar',
  emailLabel: 'Direcciones de correo',
  emailPlaceholder: 'nombre@empresa.com',
  emailHint: 'Separa las direcciones con Enter, una coma o un punto y coma, o pega una lista.',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) => p(max, { one: `${n(count)} de # dirección como máximo`, other: `${n(count)} de # direcciones como máximo` }),
  entriesLabel: 'Direcciones que invitar',
  chipHint: 'Enter para editar, Supr para quitar.',
  editEntry: ({ email }) => `Editar ${email}`,
  removeEntry: ({ email }) => `Quitar ${email}`,
  entryLocked: 'Se está enviando: no se puede cambiar ahora.',
  clearAll: 'Quitar todas',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      p(added, { zero: 'No se añadió ninguna dirección nueva.', one: 'Se añadió # dirección.', other: 'Se añadieron # direcciones.' }),
      duplicates > 0 && p(duplicates, { one: 'Se unificó # duplicado.', other: 'Se unificaron # duplicados.' }),
      invalid > 0 && p(invalid, { one: '# entrada no es una dirección válida.', other: '# entradas no son direcciones válidas.' }),
      skippedHeader && 'Se omitió la fila de encabezado.',
      rolesIgnored > 0 &&
        p(rolesIgnored, {
          one: 'No se aplicó el rol indicado para # persona: este servicio no asigna roles.',
          other: 'No se aplicaron los roles indicados para # personas: este servicio no asigna roles.',
        }),
    ]
      .filter(Boolean)
      .join(' '),
  statusSending: 'Enviando',
  statusSent: 'Invitado',
  statusAlreadyMember: 'Ya es miembro',
  statusAlreadyPending: 'Ya invitado',
  statusWaiting: 'En espera',
  statusFailed: 'Error',
  statusUnknown: 'Quizá enviado',
  statusInvalid: 'Por corregir',
  roleLabel: 'Rol',
  rolePerPerson: 'Un rol por persona',
  roleFor: ({ email }) => `Rol de ${email}`,
  roleNote: ({ email, message }) => `Rol de ${email}: ${message}`,
  blockedRoles: ({ count }) =>
    p(count, { one: 'Para enviar, elige un rol válido para # persona.', other: 'Para enviar, elige un rol válido para # personas.' }),
  noteGroup: ({ count, message }) => `${p(count, { one: '# persona', other: '# personas' })}: ${message}`,
  retryIn: ({ time }) => `Podrás reintentarlo en ${time}.`,
  retryNow: 'Terminó la espera: ya puedes reintentarlo.',
  kept: ({ count, max, full }) =>
    `Máximo ${n(max)} personas a la vez. ${p(count, {
      zero: 'El resto queda guardado.',
      one: 'Queda guardada # dirección más.',
      other: 'Quedan guardadas # direcciones más.',
    })}${full ? ' Se añadirán a la lista después del envío.' : ''}`,
  keptAdd: ({ count }) => p(count, { one: 'Añadir la siguiente', other: 'Añadir las # siguientes' }),
  keptCopy: 'Copiar todas',
  didYouMean: ({ suggestion }) => `¿Quisiste decir ${suggestion}?`,
  typoWarning: ({ count }) => p(count, { one: 'Revisa # dirección: puede tener una errata.', other: 'Revisa # direcciones: pueden tener erratas.' }),
  removedMany: ({ count, email }) => (count === 1 ? `Se quitó ${email}.` : p(count, { other: 'Se quitaron # direcciones.' })),
  undo: 'Deshacer',
  restored: ({ count }) => p(count, { one: 'Se restauró # dirección.', other: 'Se restauraron # direcciones.' }),
  localeLabel: 'Idioma del correo',
  expiryLabel: ({ unit: of }) => `Validez de la invitación (${of === 'days' ? 'días' : 'minutos'})`,
  expiryHint: ({ min, max, unit: of }) => `De ${n(min)} a ${unit(max, of)}.`,
  send: ({ count }) => p(count, { zero: 'Enviar invitaciones', one: 'Enviar # invitación', other: 'Enviar # invitaciones' }),
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    `Reintentar ${
      waiting > 0
        ? `(${n(count)})`
        : [failed > 0 && p(failed, { one: '# fallida', other: '# fallidas' }), unknown > 0 && p(unknown, { other: '# sin confirmar' })]
            .filter(Boolean)
            .join(', ')
    }`,
  cancelSend: 'Cancelar',
  done: 'Listo',
  progress: ({ current, total }) => `Enviando ${n(current)} de ${n(total)}…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) && p(sent, { one: '# invitación enviada', other: '# invitaciones enviadas' }),
      alreadyMember !== undefined && alreadyMember > 0 && p(alreadyMember, { one: '# ya es miembro', other: '# ya son miembros' }),
      alreadyPending > 0 && p(alreadyPending, { one: '# persona ya invitada', other: '# personas ya invitadas' }),
      failed > 0 && p(failed, { one: '# fallida', other: '# fallidas' }),
      waiting > 0 && p(waiting, { other: '# en espera' }),
      unknown > 0 && p(unknown, { one: '# quizá enviada', other: '# quizá enviadas' }),
    ]
      .filter(Boolean)
      .join(', ') + '.',
  blockedEmpty: 'Añade al menos una dirección de correo para enviar.',
  blockedInvalid: ({ count }) => p(count, { one: 'Corrige o quita # dirección para enviar.', other: 'Corrige o quita # direcciones para enviar.' }),
  offline: 'No tienes conexión. Podrás enviar las invitaciones cuando vuelvas a estar en línea.',
  rateLimited: ({ time }) => `Demasiadas invitaciones por ahora. Podrás reintentarlo en ${time}.`,
  unauthenticated: 'Tu sesión ha caducado. Vuelve a iniciar sesión y reinténtalo: tu lista se conserva.',
  forbidden: 'No tienes permiso para invitar a personas a esta organización. Tu lista se conserva.',
  copyAddresses: 'Copiar direcciones',
  copied: 'Direcciones copiadas.',
  copyFailed: 'El navegador no permitió copiar las direcciones.',
  stepUp: 'Confirma tu identidad para enviar estas invitaciones y reinténtalo: tu lista se conserva.',
  awaitingAuth: 'Esperando a que inicies sesión…',
  awaitingStepUp: 'Esperando a que confirmes tu identidad…',
  cancelled: 'Envío cancelado. No se perdió nada de lo que escribiste.',
  resendInvitation: 'Reenviar invitación',
  resending: 'Reenviando…',
  resent: 'Invitación reenviada.',
  resendFailed: ({ message }) => `No se pudo reenviar. ${message}`,

  // ─── Errores, por código ───
  errors,

  // ─── Motivos que da el núcleo ───
  reasons: {
    missing: 'Falta la dirección de correo.',
    too_long: ({ max }) => `Es más largo que cualquier dirección posible (más de ${n(max)} caracteres).`,
    invisible_char: 'Contiene un carácter invisible (como un espacio de ancho cero).',
    control_char: 'Contiene un carácter de control.',
    missing_at: 'Falta la @ (una dirección es así: nombre@ejemplo.com).',
    many_at: 'Contiene más de una @.',
    empty_local: 'No hay nada antes de la @.',
    empty_domain: 'No hay nada después de la @: falta el dominio.',
    quoted_local: 'No se aceptan nombres entre comillas antes de la @.',
    space: 'Contiene un espacio.',
    local_not_ascii: 'Antes de la @ solo se admiten letras ASCII, números y signos como . _ - +.',
    local_char: ({ char }) => `Antes de la @ hay “${char}”, que no está permitido.`,
    local_dot_edge: 'La parte antes de la @ empieza o termina con un punto.',
    local_double_dot: 'La parte antes de la @ tiene dos puntos seguidos.',
    local_too_long: 'La parte antes de la @ tiene más de 64 caracteres.',
    address_too_long: 'La dirección tiene más de 254 caracteres.',
    ip_domain: 'No se aceptan direcciones con una IP en lugar de un dominio.',
    domain_char: ({ char }) => `El dominio contiene “${char}”, que no está permitido.`,
    mixed_scripts: ({ label, unicode }) => `La parte del dominio “${label}”${unicode ? ` (${unicode})` : ''} mezcla alfabetos (posible suplantación).`,
    idn_invalid: 'El dominio no es un nombre internacionalizado válido.',
    punycode_invalid: ({ label }) => `La parte del dominio “${label}” no es un nombre internacionalizado válido.`,
    domain_dot_end: 'El dominio termina con un punto.',
    domain_dot_start: 'El dominio empieza con un punto.',
    domain_no_dot: 'El dominio no tiene ningún punto (como en ejemplo.com).',
    domain_double_dot: 'El dominio tiene dos puntos seguidos.',
    label_too_long: 'Una parte del dominio tiene más de 63 caracteres.',
    label_hyphen: 'Una parte del dominio empieza o termina con un guion.',
    domain_not_ldh: 'El dominio solo puede tener letras, números y guiones.',
    tld_not_alpha: 'La terminación del dominio debe ser de letras (como .com).',
    domain_too_long: 'El dominio tiene más de 253 caracteres.',
    not_alone: 'No es una dirección de correo por sí sola.',
    row_without_email: 'Esta fila no tiene ninguna dirección de correo.',
    cell_not_read: 'Esta celda no es una dirección, ni un nombre, ni un rol.',
    too_many: ({ max, count }) => `Como máximo ${n(max)} invitaciones a la vez; este lote tiene ${n(count)}.`,
    unknown_role: ({ roles: slugs }) => p(slugs.length, { one: `Rol desconocido: ${roles(slugs)}.`, other: `Roles desconocidos: ${roles(slugs)}.` }),
    one_role_only: ({ roles: slugs }) => `Aquí solo se admite un rol por invitación, no ${roles(slugs)}.`,
    no_roles: ({ roles: slugs }) => `Aquí no se pueden asignar roles, tampoco ${roles(slugs)}.`,
    several_system_roles: ({ roles: slugs }) => `Elige un solo rol: ${roles(slugs, 'or')}.`,
    custom_needs_member: ({ roles: slugs }) => `Los roles personalizados (${roles(slugs)}) solo se pueden asignar junto con el rol ${role('member')}.`,
    role_above_own: ({ roles: slugs, own }) =>
      p(slugs.length, {
        one: `No puedes asignar el rol ${roles(slugs)}: está por encima del tuyo (${role(own)}).`,
        other: `No puedes asignar los roles ${roles(slugs)}: están por encima del tuyo (${role(own)}).`,
      }),
    role_not_held: ({ roles: slugs }) => `No puedes asignar ${roles(slugs)}: solo quien tiene un rol personalizado puede asignarlo.`,
    expiry_out_of_range: ({ unit: of, min, max }) => `Una invitación puede durar de ${n(min)} a ${unit(max, of)} (número entero).`,
  },
};

export default es;

// Intl's "this minute" (under half a minute off) reads oddly after a verb: "hace un momento" instead.
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const ago = (time: string) => (time === thisMinute ? 'hace un momento' : time);
const soon = (time: string) => (time === thisMinute ? 'en unos segundos' : time);
const why = (message: string) => (message ? `: ${message}` : '.');

/** La lista de invitaciones en español: `import { invitationListMessages } from 'invite-kit/messages/es'`. */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: 'Invitaciones',
  listLabel: 'Invitaciones enviadas',
  filterLabel: 'Mostrar',
  filterOption: ({ label, count }) => `${label} (${n(count)})`,
  filterAll: 'Todas',
  states: { pending: 'Pendiente', expired: 'Caducada', revoked: 'Revocada', accepted: 'Aceptada' },
  roleLabel: 'Rol',
  roleNames,
  expiresIn: ({ time }) => `Caduca ${soon(time)}`,
  expiredAgo: ({ time }) => `Caducó ${ago(time)}`,
  acceptedAgo: ({ time }) => `Aceptada ${ago(time)}`,
  revokedAgo: ({ time }) => `Revocada ${ago(time)}`,
  sentAgo: ({ time }) => `Enviada ${ago(time)}`,
  invitedBy: ({ name }) => `Invitado por ${name}`,
  actions: { resend: 'Reenviar', revoke: 'Revocar', reinvite: 'Volver a invitar', copyLink: 'Copiar enlace' },
  actionFor: ({ action, email }) =>
    ({
      resend: `Reenviar la invitación a ${email}`,
      revoke: `Revocar la invitación de ${email}`,
      reinvite: `Volver a invitar a ${email}`,
      copyLink: `Copiar enlace de la invitación de ${email}`,
    })[action],
  confirmRevoke: ({ email }) => `¿Revocar la invitación de ${email}? Su enlace dejará de funcionar.`,
  confirmRevokeAction: 'Revocar',
  cancelRevoke: 'Mantener',
  acting: { resend: 'Reenviando…', revoke: 'Revocando…', reinvite: 'Volviendo a invitar…' },
  done: ({ action, email }) =>
    ({
      resend: `Invitación reenviada a ${email}.`,
      revoke: `Invitación de ${email} revocada.`,
      reinvite: `Se volvió a invitar a ${email}.`,
    })[action],
  failed: ({ action, email, message }) =>
    `${{ resend: `No se pudo reenviar la invitación a ${email}`, revoke: `No se pudo revocar la invitación de ${email}`, reinvite: `No se pudo volver a invitar a ${email}` }[action]}${why(message)}`,
  unknown: ({ action, email }) =>
    `No llegó respuesta para ${email}: ${{ resend: 'es posible que la invitación se haya reenviado', revoke: 'es posible que la invitación se haya revocado', reinvite: 'es posible que se haya vuelto a invitar a esta persona' }[action]}. Actualiza la lista para comprobarlo.`,
  aboveYourRole: 'Esta invitación es para un rol superior al tuyo.',
  notHeld: 'Esta invitación asigna un rol que no tienes.',
  linkCopied: ({ email }) => `Enlace de la invitación de ${email} copiado.`,
  copyFailed: 'El navegador no permitió copiar el enlace.',
  loading: 'Cargando invitaciones…',
  empty: 'Todavía no hay invitaciones. Las personas que invites aparecerán aquí hasta que se unan.',
  emptyFiltered: ({ state }) => `No hay invitaciones con el estado “${state}”.`,
  loadFailed: ({ message }) => `No se pudieron cargar las invitaciones. ${message}`,
  refreshFailed: ({ message }) => `No se pudo actualizar la lista. ${message}`,
  moreFailed: ({ message }) => `No se pudieron cargar más invitaciones. ${message}`,
  retry: 'Reintentar',
  refresh: 'Actualizar',
  loadMore: 'Cargar más',
  loadingMore: 'Cargando…',
  loadedMore: ({ count }) =>
    p(count, { zero: 'No hay más invitaciones.', one: 'Se muestra # invitación más.', other: 'Se muestran # invitaciones más.' }),
  refreshed: 'Invitaciones actualizadas.',
  unsupported:
    'Este servicio de invitaciones envía los correos de invitación, pero no guarda una lista de ellos, así que aquí no se pueden mostrar, reenviar ni revocar las invitaciones enviadas.',
  forbidden: 'No tienes permiso para ver las invitaciones de esta organización.',
  unauthenticated: 'Tu sesión ha caducado. Vuelve a iniciar sesión para ver las invitaciones.',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': 'La conexión falló antes de recibir respuesta.',
    'invite.timeout': 'No hubo respuesta a tiempo.',
    'invite.aborted': 'Se detuvo antes de recibir respuesta.',
    'invite.invalid_response': 'No se pudo leer la respuesta del servidor.',
    'invite.invitation_not_found': 'Esta invitación ya no existe.',
    'invite.not_pending': 'Esta invitación ya no está pendiente.',
    'invite.invitation_expired': 'Esta invitación caducó: vuelve a invitar a la persona.',
    'invite.invitation_revoked': 'Esta invitación se revocó.',
    'invite.invitation_accepted': 'Esta invitación ya se aceptó.',
    'invite.not_supported': 'El servicio de invitaciones no permite hacer esto.',
    'invite.busy': 'Todavía hay otra acción en curso en esta invitación.',
    'invite.not_revoked': 'La invitación no se revocó.',
  }),
};
