/**
 * Português do Brasil: `import ptBR from 'invite-kit/messages/pt-BR'`. Tratamento por "você",
 * aspas “ ”. Termos e tom: `glossary/pt-BR.md`.
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, pluralsOf } from './format';

const locale = 'pt-BR';
const p = pluralsOf(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: 'Membro', billing: 'Faturamento', admin: 'Admin', owner: 'Proprietário' };
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => `“${roleNames[slug as SystemRole] ?? slug}”`;
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': 'Sua sessão expirou. Entre novamente para enviar convites.',
  'authorize.forbidden': 'Você não tem permissão para convidar pessoas para esta organização.',
  'mfa.step_up_required': 'Confirme sua identidade para convidar pessoas com esta função.',
  'invite.ip_rate_limited': 'Muitos convites a partir desta rede. Tente de novo daqui a pouco.',
  'invite.org_rate_limited': 'Sua organização atingiu o limite de convites. Tente mais tarde.',
  'invite.invalid_org_id': 'O ID da organização é inválido.',
  'invite.org_not_found': 'A organização não existe.',
  'invite.unauthorized': 'É preciso entrar na conta para enviar convites.',
  'invite.org_mismatch': 'Você não tem acesso a esta organização.',
  'invite.user_lookup_failed': 'O servidor não conseguiu localizar sua conta. Tente de novo.',
  'invite.member_lookup_failed': 'O servidor não conseguiu verificar sua participação na organização. Tente de novo.',
  'invite.decode_failed': 'O corpo da solicitação não é um JSON válido.',
  'invite.empty_batch': 'Adicione pelo menos um endereço de e-mail.',
  'invite.batch_too_large': 'Convites demais de uma só vez.',
  'invite.duplicate_email': 'Este endereço já está na lista.',
  'invite.invalid_email': 'Este não é um endereço de e-mail válido.',
  'invite.self_invite': 'Você não pode convidar a si mesmo.',
  'invite.invalid_role': 'Função desconhecida.',
  'invite.no_system_role': 'Escolha uma das funções Membro, Faturamento, Admin ou Proprietário.',
  'invite.multiple_system_roles': 'Escolha só uma das funções Membro, Faturamento, Admin ou Proprietário.',
  'invite.custom_roles_not_allowed': 'Funções personalizadas só podem ser atribuídas junto com a função “Membro”.',
  'invite.insufficient_role': 'Você não pode atribuir uma função acima da sua.',
  'invite.already_member': 'Já é membro desta organização.',
  'invite.already_pending': 'Já existe um convite pendente para este endereço.',
  'invite.role_resolve_failed': 'O servidor não conseguiu identificar as funções.',
  'invite.send_failed': 'Não foi possível entregar o convite. Tente de novo.',
  'invite.invalid_expiry': 'A validade do convite está fora do intervalo permitido.',
  'invite.roles_not_supported': 'Estas funções não podem ser atribuídas aqui.',
  'invite.server_misconfigured': 'Os convites não estão configurados no servidor. Fale com um administrador.',
  'invite.network_error': 'A rede caiu antes da resposta. O convite pode ter sido enviado.',
  'invite.timeout': 'Sem resposta a tempo. O convite pode ter sido enviado.',
  'invite.aborted': 'Envio cancelado.',
  'invite.invalid_response': 'Não foi possível ler a resposta do servidor. O convite pode ter sido enviado.',
};

const ptBR: InviteKitMessages = {
  locale,
  roleNames,

  // ─── Escolha de função e idioma ───
  roleSelectLabel: 'Função',
  rolePlaceholder: 'Escolha uma função',
  customRolesLabel: 'Funções personalizadas',
  customRolesNeedMember: ({ member }) => `Funções personalizadas só podem ser atribuídas junto com a função “${member}”.`,
  roleAboveYourLevel: ({ name }) => `Acima da sua função (“${name}”).`,
  roleNotHeld: 'Só quem tem esta função pode atribuí-la.',
  roleUnknown: 'Não é uma função desta organização: desmarque-a.',
  localeSelectLabel: 'Idioma',
  localePlaceholder: 'Escolha um idioma',

  // ─── Caixa de diálogo ───
  trigger: 'Convidar pessoas',
  title: 'Convidar pessoas',
  description: 'Cada pessoa recebe um e-mail com um link para entrar na sua organização.',
  close: 'Fechar',
  emailLabel: 'Endereços de e-mail',
  emailPlaceholder: 'nome@empresa.com.br',
  emailHint: 'Separe os endereços com Enter, vírgula ou ponto e vírgula, ou cole uma lista.',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) => p(max, { one: `${n(count)} de no máximo # endereço`, other: `${n(count)} de no máximo # endereços` }),
  entriesLabel: 'Endereços a convidar',
  chipHint: 'Enter para editar, Delete para remover.',
  editEntry: ({ email }) => `Editar ${email}`,
  removeEntry: ({ email }) => `Remover ${email}`,
  entryLocked: 'Em envio: não é possível alterar agora.',
  clearAll: 'Remover todos',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      p(added, { zero: 'Nenhum endereço novo adicionado.', one: '# endereço adicionado.', other: '# endereços adicionados.' }),
      duplicates > 0 && p(duplicates, { one: '# duplicado mesclado.', other: '# duplicados mesclados.' }),
      invalid > 0 && p(invalid, { one: '# item não é um endereço válido.', other: '# itens não são endereços válidos.' }),
      skippedHeader && 'Linha de cabeçalho ignorada.',
      rolesIgnored > 0 &&
        p(rolesIgnored, {
          one: 'A função indicada para # pessoa não foi aplicada: este serviço não atribui funções.',
          other: 'As funções indicadas para # pessoas não foram aplicadas: este serviço não atribui funções.',
        }),
    ]
      .filter(Boolean)
      .join(' '),
  statusSending: 'Enviando',
  statusSent: 'Convidado',
  statusAlreadyMember: 'Já é membro',
  statusAlreadyPending: 'Já convidado',
  statusWaiting: 'Aguardando',
  statusFailed: 'Falhou',
  statusUnknown: 'Talvez enviado',
  statusInvalid: 'Corrigir',
  roleLabel: 'Função',
  rolePerPerson: 'Uma função por pessoa',
  roleFor: ({ email }) => `Função de ${email}`,
  roleNote: ({ email, message }) => `Função de ${email}: ${message}`,
  blockedRoles: ({ count }) =>
    p(count, { one: 'Para enviar, escolha uma função válida para # pessoa.', other: 'Para enviar, escolha uma função válida para # pessoas.' }),
  noteGroup: ({ count, message }) => `${p(count, { one: '# pessoa', other: '# pessoas' })}: ${message}`,
  retryIn: ({ time }) => `Nova tentativa em ${time}.`,
  retryNow: 'A espera acabou: você já pode tentar de novo.',
  kept: ({ count, max, full }) =>
    `No máximo ${n(max)} pessoas de cada vez. ${p(count, {
      zero: 'O restante ficou guardado.',
      one: 'Mais # endereço ficou guardado.',
      other: 'Mais # endereços ficaram guardados.',
    })}${full ? ' Eles entram na lista depois do envio.' : ''}`,
  keptAdd: ({ count }) => p(count, { one: 'Adicionar o próximo', other: 'Adicionar os próximos #' }),
  keptCopy: 'Copiar todos',
  didYouMean: ({ suggestion }) => `Você quis dizer ${suggestion}?`,
  typoWarning: ({ count }) =>
    p(count, { one: 'Confira # endereço: ele pode ter um erro de digitação.', other: 'Confira # endereços: eles podem ter erros de digitação.' }),
  removedMany: ({ count, email }) => (count === 1 ? `${email} removido.` : p(count, { other: '# endereços removidos.' })),
  undo: 'Desfazer',
  restored: ({ count }) => p(count, { one: '# endereço restaurado.', other: '# endereços restaurados.' }),
  localeLabel: 'Idioma do e-mail',
  expiryLabel: ({ unit: of }) => `Validade do convite (${of === 'days' ? 'dias' : 'minutos'})`,
  expiryHint: ({ min, max, unit: of }) => `De ${n(min)} a ${unit(max, of)}.`,
  send: ({ count }) => p(count, { zero: 'Enviar convites', one: 'Enviar # convite', other: 'Enviar # convites' }),
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    waiting > 0
      ? `Tentar de novo (${n(count)})`
      : `Reenviar ${[failed > 0 && p(failed, { other: '# com falha' }), unknown > 0 && p(unknown, { one: '# não confirmado', other: '# não confirmados' })]
          .filter(Boolean)
          .join(', ')}`,
  cancelSend: 'Cancelar',
  done: 'Concluir',
  progress: ({ current, total }) => `Enviando ${n(current)} de ${n(total)}…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) && p(sent, { one: '# convite enviado', other: '# convites enviados' }),
      alreadyMember !== undefined && alreadyMember > 0 && p(alreadyMember, { one: '# já é membro', other: '# já são membros' }),
      alreadyPending > 0 && p(alreadyPending, { one: '# já convidado', other: '# já convidados' }),
      failed > 0 && p(failed, { other: '# com falha' }),
      waiting > 0 && p(waiting, { other: '# aguardando' }),
      unknown > 0 && p(unknown, { one: '# talvez enviado', other: '# talvez enviados' }),
    ]
      .filter(Boolean)
      .join(', ') + '.',
  blockedEmpty: 'Adicione pelo menos um endereço de e-mail para enviar.',
  blockedInvalid: ({ count }) => p(count, { one: 'Corrija ou remova # endereço para enviar.', other: 'Corrija ou remova # endereços para enviar.' }),
  offline: 'Você está off-line. Poderá enviar os convites assim que a conexão voltar.',
  rateLimited: ({ time }) => `Muitos convites por enquanto. Você poderá tentar de novo em ${time}.`,
  unauthenticated: 'Sua sessão expirou. Entre novamente e tente de novo: sua lista foi mantida.',
  forbidden: 'Você não tem permissão para convidar pessoas para esta organização. Sua lista foi mantida.',
  copyAddresses: 'Copiar endereços',
  copied: 'Endereços copiados.',
  copyFailed: 'O navegador não permitiu copiar os endereços.',
  stepUp: 'Confirme sua identidade para enviar estes convites e tente de novo: sua lista foi mantida.',
  awaitingAuth: 'Aguardando você entrar…',
  awaitingStepUp: 'Aguardando a confirmação da sua identidade…',
  cancelled: 'Envio cancelado. Nada do que você digitou foi perdido.',
  resendInvitation: 'Reenviar convite',
  resending: 'Reenviando…',
  resent: 'Convite reenviado.',
  resendFailed: ({ message }) => `Não foi possível reenviar. ${message}`,

  // ─── Erros, por código ───
  errors,

  // ─── Motivos que o núcleo informa ───
  reasons: {
    missing: 'O endereço de e-mail está faltando.',
    too_long: ({ max }) => `É mais longo do que qualquer endereço pode ser (mais de ${n(max)} caracteres).`,
    invisible_char: 'Contém um caractere invisível (como um espaço de largura zero).',
    control_char: 'Contém um caractere de controle.',
    missing_at: 'Falta o @ (um endereço é assim: nome@exemplo.com).',
    many_at: 'Contém mais de um @.',
    empty_local: 'Não há nada antes do @.',
    empty_domain: 'Não há nada depois do @: falta o domínio.',
    quoted_local: 'Nomes entre aspas antes do @ não são aceitos.',
    space: 'Contém um espaço.',
    local_not_ascii: 'Antes do @ só são aceitos letras ASCII, números e sinais como . _ - +.',
    local_char: ({ char }) => `Antes do @ há “${char}”, que não é permitido.`,
    local_dot_edge: 'A parte antes do @ começa ou termina com ponto.',
    local_double_dot: 'A parte antes do @ tem dois pontos seguidos.',
    local_too_long: 'A parte antes do @ tem mais de 64 caracteres.',
    address_too_long: 'O endereço tem mais de 254 caracteres.',
    ip_domain: 'Endereços com um IP no lugar do domínio não são aceitos.',
    domain_char: ({ char }) => `O domínio contém “${char}”, que não é permitido.`,
    mixed_scripts: ({ label, unicode }) => `A parte do domínio “${label}”${unicode ? ` (${unicode})` : ''} mistura alfabetos (possível imitação).`,
    idn_invalid: 'O domínio não é um nome internacionalizado válido.',
    punycode_invalid: ({ label }) => `A parte do domínio “${label}” não é um nome internacionalizado válido.`,
    domain_dot_end: 'O domínio termina com ponto.',
    domain_dot_start: 'O domínio começa com ponto.',
    domain_no_dot: 'O domínio não tem ponto (como em exemplo.com).',
    domain_double_dot: 'O domínio tem dois pontos seguidos.',
    label_too_long: 'Uma parte do domínio tem mais de 63 caracteres.',
    label_hyphen: 'Uma parte do domínio começa ou termina com hífen.',
    domain_not_ldh: 'O domínio só pode ter letras, números e hífens.',
    tld_not_alpha: 'A terminação do domínio precisa ser de letras (como .com).',
    domain_too_long: 'O domínio tem mais de 253 caracteres.',
    not_alone: 'Isto sozinho não é um endereço de e-mail.',
    row_without_email: 'Esta linha não tem nenhum endereço de e-mail.',
    cell_not_read: 'Esta célula não é um endereço, nem um nome, nem uma função.',
    too_many: ({ max, count }) => `No máximo ${n(max)} convites de cada vez; este lote tem ${n(count)}.`,
    unknown_role: ({ roles: slugs }) => p(slugs.length, { one: `Função desconhecida: ${roles(slugs)}.`, other: `Funções desconhecidas: ${roles(slugs)}.` }),
    one_role_only: ({ roles: slugs }) => `Aqui só cabe uma função por convite, não ${roles(slugs)}.`,
    no_roles: ({ roles: slugs }) => `Aqui não é possível atribuir funções, nem ${roles(slugs)}.`,
    several_system_roles: ({ roles: slugs }) => `Escolha uma só função: ${roles(slugs, 'or')}.`,
    custom_needs_member: ({ roles: slugs }) => `Funções personalizadas (${roles(slugs)}) só podem ser atribuídas junto com a função ${role('member')}.`,
    role_above_own: ({ roles: slugs, own }) =>
      p(slugs.length, {
        one: `Você não pode atribuir a função ${roles(slugs)}: ela está acima da sua (${role(own)}).`,
        other: `Você não pode atribuir as funções ${roles(slugs)}: elas estão acima da sua (${role(own)}).`,
      }),
    role_not_held: ({ roles: slugs }) => `Você não pode atribuir ${roles(slugs)}: só quem tem uma função personalizada pode atribuí-la.`,
    expiry_out_of_range: ({ unit: of, min, max }) => `Um convite vale de ${n(min)} a ${unit(max, of)} (número inteiro).`,
  },
};

export default ptBR;

// Intl's "this minute" (under half a minute off) reads oddly after a verb, and its "mês passado",
// "próximo ano" want their "no" there: "Enviado no mês passado", "Enviado há instantes".
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const when = (time: string, now: string) => (time === thisMinute ? now : /^(mês|ano|próximo) /.test(time) ? `no ${time}` : time);
const ago = (time: string) => when(time, 'há instantes');
const soon = (time: string) => when(time, 'em instantes');
const why = (message: string) => (message ? `: ${message}` : '.');

/** A lista de convites em português do Brasil: `import { invitationListMessages } from 'invite-kit/messages/pt-BR'`. */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: 'Convites',
  listLabel: 'Convites enviados',
  filterLabel: 'Mostrar',
  filterOption: ({ label, count }) => `${label} (${n(count)})`,
  filterAll: 'Todos',
  states: { pending: 'Pendente', expired: 'Expirado', revoked: 'Revogado', accepted: 'Aceito' },
  roleLabel: 'Função',
  roleNames,
  expiresIn: ({ time }) => `Expira ${soon(time)}`,
  expiredAgo: ({ time }) => `Expirou ${ago(time)}`,
  acceptedAgo: ({ time }) => `Aceito ${ago(time)}`,
  revokedAgo: ({ time }) => `Revogado ${ago(time)}`,
  sentAgo: ({ time }) => `Enviado ${ago(time)}`,
  invitedBy: ({ name }) => `Convidado por ${name}`,
  actions: { resend: 'Reenviar', revoke: 'Revogar', reinvite: 'Convidar de novo', copyLink: 'Copiar link' },
  actionFor: ({ action, email }) =>
    ({
      resend: `Reenviar o convite para ${email}`,
      revoke: `Revogar o convite de ${email}`,
      reinvite: `Convidar de novo: ${email}`,
      copyLink: `Copiar link do convite de ${email}`,
    })[action],
  confirmRevoke: ({ email }) => `Revogar o convite de ${email}? O link do convite vai deixar de funcionar.`,
  confirmRevokeAction: 'Revogar',
  cancelRevoke: 'Manter',
  acting: { resend: 'Reenviando…', revoke: 'Revogando…', reinvite: 'Convidando de novo…' },
  done: ({ action, email }) =>
    ({
      resend: `Convite reenviado para ${email}.`,
      revoke: `Convite de ${email} revogado.`,
      reinvite: `Novo convite enviado para ${email}.`,
    })[action],
  failed: ({ action, email, message }) =>
    `${{ resend: `Não foi possível reenviar o convite para ${email}`, revoke: `Não foi possível revogar o convite de ${email}`, reinvite: `Não foi possível convidar ${email} de novo` }[action]}${why(message)}`,
  unknown: ({ action, email }) =>
    `Sem resposta para ${email}: ${{ resend: 'o convite talvez tenha sido reenviado', revoke: 'o convite talvez tenha sido revogado', reinvite: 'um novo convite talvez tenha sido enviado' }[action]}. Atualize a lista para conferir.`,
  aboveYourRole: 'Este convite é para uma função acima da sua.',
  notHeld: 'Este convite atribui uma função que você não tem.',
  linkCopied: ({ email }) => `Link do convite de ${email} copiado.`,
  copyFailed: 'O navegador não permitiu copiar o link.',
  loading: 'Carregando convites…',
  empty: 'Nenhum convite ainda. As pessoas que você convidar aparecem aqui até entrarem na organização.',
  emptyFiltered: ({ state }) => `Nenhum convite com o status “${state}”.`,
  loadFailed: ({ message }) => `Não foi possível carregar os convites. ${message}`,
  refreshFailed: ({ message }) => `Não foi possível atualizar a lista. ${message}`,
  moreFailed: ({ message }) => `Não foi possível carregar mais convites. ${message}`,
  retry: 'Tentar de novo',
  refresh: 'Atualizar',
  loadMore: 'Carregar mais',
  loadingMore: 'Carregando…',
  loadedMore: ({ count }) => p(count, { zero: 'Nenhum outro convite.', one: 'Mais # convite exibido.', other: 'Mais # convites exibidos.' }),
  refreshed: 'Convites atualizados.',
  unsupported:
    'Este serviço de convites envia os e-mails de convite, mas não guarda uma lista deles. Por isso, não é possível exibir, reenviar nem revogar aqui os convites enviados.',
  forbidden: 'Você não tem permissão para ver os convites desta organização.',
  unauthenticated: 'Sua sessão expirou. Entre novamente para ver os convites.',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': 'A conexão falhou antes de chegar uma resposta.',
    'invite.timeout': 'Sem resposta a tempo.',
    'invite.aborted': 'Interrompido antes de chegar uma resposta.',
    'invite.invalid_response': 'Não foi possível ler a resposta do servidor.',
    'invite.invitation_not_found': 'Este convite não existe mais.',
    'invite.not_pending': 'Este convite não está mais pendente.',
    'invite.invitation_expired': 'Este convite expirou: convide a pessoa de novo.',
    'invite.invitation_revoked': 'Este convite foi revogado.',
    'invite.invitation_accepted': 'Este convite já foi aceito.',
    'invite.not_supported': 'O serviço de convites não permite fazer isso.',
    'invite.busy': 'Outra ação neste convite ainda está em andamento.',
    'invite.not_revoked': 'O convite não foi revogado.',
  }),
};
