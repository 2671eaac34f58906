/**
 * 한국어: `import ko from 'invite-kit/messages/ko'`. 문장은 합니다체, 버튼은 명사형("초대 보내기").
 * 변수(이메일, 숫자) 바로 뒤에는 받침에 따라 달라지는 조사를 쓰지 않습니다. 용어와 어조:
 * `glossary/ko.md`.
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, pluralsOf } from './format';

const locale = 'ko';
const p = pluralsOf(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: '멤버', billing: '결제 담당자', admin: '관리자', owner: '소유자' };
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => `‘${roleNames[slug as SystemRole] ?? slug}’`;
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': '세션이 만료되었습니다. 초대를 보내려면 다시 로그인하세요.',
  'authorize.forbidden': '이 조직에 사람을 초대할 권한이 없습니다.',
  'mfa.step_up_required': '이 역할로 초대하려면 본인 인증이 필요합니다.',
  'invite.ip_rate_limited': '이 네트워크에서 보낸 초대가 너무 많습니다. 잠시 후 다시 시도하세요.',
  'invite.org_rate_limited': '조직의 초대 한도에 도달했습니다. 나중에 다시 시도하세요.',
  'invite.invalid_org_id': '조직 ID 형식이 올바르지 않습니다.',
  'invite.org_not_found': '존재하지 않는 조직입니다.',
  'invite.unauthorized': '초대를 보내려면 로그인해야 합니다.',
  'invite.org_mismatch': '이 조직에 접근할 권한이 없습니다.',
  'invite.user_lookup_failed': '서버에서 계정을 찾지 못했습니다. 다시 시도하세요.',
  'invite.member_lookup_failed': '서버에서 멤버십을 확인하지 못했습니다. 다시 시도하세요.',
  'invite.decode_failed': '요청 본문이 유효한 JSON이 아닙니다.',
  'invite.empty_batch': '이메일 주소를 하나 이상 추가하세요.',
  'invite.batch_too_large': '한 번에 보내는 초대가 너무 많습니다.',
  'invite.duplicate_email': '이미 목록에 있는 주소입니다.',
  'invite.invalid_email': '유효한 이메일 주소가 아닙니다.',
  'invite.self_invite': '자기 자신은 초대할 수 없습니다.',
  'invite.invalid_role': '알 수 없는 역할입니다.',
  'invite.no_system_role': '멤버, 결제 담당자, 관리자, 소유자 중 하나를 선택하세요.',
  'invite.multiple_system_roles': '멤버, 결제 담당자, 관리자, 소유자 중 하나만 선택하세요.',
  'invite.custom_roles_not_allowed': '사용자 지정 역할은 ‘멤버’ 역할과 함께만 부여할 수 있습니다.',
  'invite.insufficient_role': '내 역할보다 높은 역할은 부여할 수 없습니다.',
  'invite.already_member': '이미 이 조직의 멤버입니다.',
  'invite.already_pending': '이 주소로 보낸 초대가 이미 대기 중입니다.',
  'invite.role_resolve_failed': '서버에서 역할을 확인하지 못했습니다.',
  'invite.send_failed': '초대를 전달하지 못했습니다. 다시 시도하세요.',
  'invite.invalid_expiry': '초대 유효 기간이 허용 범위를 벗어났습니다.',
  'invite.roles_not_supported': '여기서는 이 역할을 부여할 수 없습니다.',
  'invite.server_misconfigured': '서버에 초대 기능이 설정되어 있지 않습니다. 관리자에게 문의하세요.',
  'invite.network_error': '응답을 받기 전에 네트워크 연결이 끊겼습니다. 초대가 전송되었을 수 있습니다.',
  'invite.timeout': '제시간에 응답이 없었습니다. 초대가 전송되었을 수 있습니다.',
  'invite.aborted': '전송을 취소했습니다.',
  'invite.invalid_response': '서버 응답을 읽을 수 없습니다. 초대가 전송되었을 수 있습니다.',
};

const ko: InviteKitMessages = {
  locale,
  roleNames,

  // ─── 역할과 언어 선택 ───
  roleSelectLabel: '역할',
  rolePlaceholder: '역할 선택',
  customRolesLabel: '사용자 지정 역할',
  customRolesNeedMember: ({ member }) => `사용자 지정 역할은 ‘${member}’ 역할과 함께만 부여할 수 있습니다.`,
  roleAboveYourLevel: ({ name }) => `내 역할(‘${name}’)보다 높은 역할입니다.`,
  roleNotHeld: '이 역할이 있는 사람만 부여할 수 있습니다.',
  roleUnknown: '이 조직에 없는 역할입니다. 선택을 해제하세요.',
  localeSelectLabel: '언어',
  localePlaceholder: '언어 선택',

  // ─── 대화 상자 ───
  trigger: '멤버 초대',
  title: '멤버 초대',
  description: '초대받은 사람은 조직에 참여할 수 있는 링크가 담긴 이메일을 받습니다.',
  close: '닫기',
  emailLabel: '이메일 주소',
  emailPlaceholder: 'name@company.co.kr',
  emailHint: '주소마다 Enter, 쉼표, 세미콜론으로 구분하거나 목록을 붙여넣으세요.',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) => `최대 ${n(max)}개 중 ${n(count)}개`,
  entriesLabel: '초대할 주소',
  chipHint: 'Enter를 누르면 편집, Delete를 누르면 삭제됩니다.',
  editEntry: ({ email }) => `${email} 편집`,
  removeEntry: ({ email }) => `${email} 삭제`,
  entryLocked: '전송 중이라 지금은 변경할 수 없습니다.',
  clearAll: '모두 삭제',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      p(added, { zero: '새 주소가 추가되지 않았습니다.', other: '주소 #개를 추가했습니다.' }),
      duplicates > 0 && p(duplicates, { other: '중복된 주소 #개를 합쳤습니다.' }),
      invalid > 0 && p(invalid, { other: '#개는 유효한 주소가 아닙니다.' }),
      skippedHeader && '머리글 행은 건너뛰었습니다.',
      rolesIgnored > 0 && p(rolesIgnored, { other: '#명에게 지정한 역할은 적용되지 않았습니다. 이 서비스는 역할을 부여하지 않습니다.' }),
    ]
      .filter(Boolean)
      .join(' '),
  statusSending: '전송 중',
  statusSent: '초대됨',
  statusAlreadyMember: '이미 멤버',
  statusAlreadyPending: '이미 초대됨',
  statusWaiting: '대기 중',
  statusFailed: '실패',
  statusUnknown: '전송되었을 수 있음',
  statusInvalid: '수정 필요',
  roleLabel: '역할',
  rolePerPerson: '사람마다 역할 지정',
  roleFor: ({ email }) => `${email} 역할`,
  roleNote: ({ email, message }) => `${email} 역할: ${message}`,
  blockedRoles: ({ count }) => p(count, { other: '전송하려면 #명에게 유효한 역할을 선택하세요.' }),
  noteGroup: ({ count, message }) => `${p(count, { other: '#명' })}: ${message}`,
  retryIn: ({ time }) => `${time} 후에 다시 시도할 수 있습니다.`,
  retryNow: '대기 시간이 끝났습니다. 지금 다시 시도할 수 있습니다.',
  kept: ({ count, max, full }) =>
    `한 번에 최대 ${n(max)}명까지 초대할 수 있습니다. ${p(count, { zero: '나머지는 보관해 두었습니다.', other: '주소 #개를 더 보관해 두었습니다.' })}${
      full ? ' 전송 후 목록에 추가됩니다.' : ''
    }`,
  keptAdd: ({ count }) => p(count, { other: '다음 #개 추가' }),
  keptCopy: '모두 복사',
  didYouMean: ({ suggestion }) => `혹시 ${suggestion}인가요?`,
  typoWarning: ({ count }) => p(count, { other: '주소 #개를 확인하세요. 오타가 있을 수 있습니다.' }),
  removedMany: ({ count, email }) => (count === 1 ? `${email} 주소를 삭제했습니다.` : p(count, { other: '주소 #개를 삭제했습니다.' })),
  undo: '실행 취소',
  restored: ({ count }) => p(count, { other: '주소 #개를 복원했습니다.' }),
  localeLabel: '이메일 언어',
  expiryLabel: ({ unit: of }) => `초대 유효 기간(${of === 'days' ? '일' : '분'})`,
  expiryHint: ({ min, max, unit: of }) => `${n(min)}~${unit(max, of)}.`,
  send: ({ count }) => p(count, { zero: '초대 보내기', other: '초대 #건 보내기' }),
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    waiting > 0
      ? `다시 시도(${n(count)}건)`
      : `${[failed > 0 && p(failed, { other: '실패한 #건' }), unknown > 0 && p(unknown, { other: '확인되지 않은 #건' })].filter(Boolean).join(', ')} 다시 보내기`,
  cancelSend: '취소',
  done: '완료',
  progress: ({ current, total }) => `전송 중: ${n(current)}/${n(total)}…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) && p(sent, { other: '초대됨 #명' }),
      alreadyMember !== undefined && alreadyMember > 0 && p(alreadyMember, { other: '이미 멤버 #명' }),
      alreadyPending > 0 && p(alreadyPending, { other: '이미 초대됨 #명' }),
      failed > 0 && p(failed, { other: '실패 #건' }),
      waiting > 0 && p(waiting, { other: '대기 중 #건' }),
      unknown > 0 && p(unknown, { other: '전송되었을 수 있음 #건' }),
    ]
      .filter(Boolean)
      .join(', ') + '.',
  blockedEmpty: '전송하려면 이메일 주소를 하나 이상 추가하세요.',
  blockedInvalid: ({ count }) => p(count, { other: '전송하려면 주소 #개를 수정하거나 삭제하세요.' }),
  offline: '오프라인 상태입니다. 다시 온라인이 되면 초대를 보낼 수 있습니다.',
  rateLimited: ({ time }) => `지금은 초대가 너무 많습니다. ${time} 후에 다시 시도할 수 있습니다.`,
  unauthenticated: '세션이 만료되었습니다. 다시 로그인한 후 다시 시도하세요. 목록은 그대로 남아 있습니다.',
  forbidden: '이 조직에 사람을 초대할 권한이 없습니다. 목록은 그대로 남아 있습니다.',
  copyAddresses: '주소 복사',
  copied: '주소를 복사했습니다.',
  copyFailed: '브라우저에서 주소 복사를 허용하지 않았습니다.',
  stepUp: '이 초대를 보내려면 본인 인증을 한 후 다시 시도하세요. 목록은 그대로 남아 있습니다.',
  awaitingAuth: '로그인을 기다리는 중…',
  awaitingStepUp: '본인 인증을 기다리는 중…',
  cancelled: '전송을 취소했습니다. 입력한 내용은 모두 남아 있습니다.',
  resendInvitation: '초대 다시 보내기',
  resending: '다시 보내는 중…',
  resent: '초대를 다시 보냈습니다.',
  resendFailed: ({ message }) => `다시 보내지 못했습니다. ${message}`,

  // ─── 코드별 오류 ───
  errors,

  // ─── 코어가 알려 주는 이유 ───
  reasons: {
    missing: '이메일 주소가 없습니다.',
    too_long: ({ max }) => `주소가 될 수 있는 길이보다 깁니다(${n(max)}자 초과).`,
    invisible_char: '보이지 않는 문자(폭 없는 공백 등)가 있습니다.',
    control_char: '제어 문자가 있습니다.',
    missing_at: '@가 없습니다(주소 형식: name@example.com).',
    many_at: '@가 두 개 이상 있습니다.',
    empty_local: '@ 앞에 아무것도 없습니다.',
    empty_domain: '@ 뒤에 아무것도 없습니다. 도메인이 없습니다.',
    quoted_local: '@ 앞에 따옴표로 묶은 이름은 사용할 수 없습니다.',
    space: '공백이 있습니다.',
    local_not_ascii: '@ 앞에는 ASCII 영문자, 숫자, . _ - + 같은 기호만 쓸 수 있습니다.',
    local_char: ({ char }) => `@ 앞에 쓸 수 없는 문자가 있습니다: ‘${char}’.`,
    local_dot_edge: '@ 앞부분이 점으로 시작하거나 끝납니다.',
    local_double_dot: '@ 앞부분에 점이 두 개 연달아 있습니다.',
    local_too_long: '@ 앞부분이 64자를 넘습니다.',
    address_too_long: '주소가 254자를 넘습니다.',
    ip_domain: '도메인 대신 IP 주소를 쓴 주소는 사용할 수 없습니다.',
    domain_char: ({ char }) => `도메인에 쓸 수 없는 문자가 있습니다: ‘${char}’.`,
    mixed_scripts: ({ label, unicode }) => `도메인의 ‘${label}’${unicode ? `(${unicode})` : ''} 부분에 여러 문자 체계가 섞여 있습니다(사칭일 수 있음).`,
    idn_invalid: '도메인이 유효한 국제화 도메인 이름이 아닙니다.',
    punycode_invalid: ({ label }) => `도메인의 ‘${label}’ 부분은 유효한 국제화 도메인 이름이 아닙니다.`,
    domain_dot_end: '도메인이 점으로 끝납니다.',
    domain_dot_start: '도메인이 점으로 시작합니다.',
    domain_no_dot: '도메인에 점이 없습니다(예: example.com).',
    domain_double_dot: '도메인에 점이 두 개 연달아 있습니다.',
    label_too_long: '도메인의 한 부분이 63자를 넘습니다.',
    label_hyphen: '도메인의 한 부분이 하이픈으로 시작하거나 끝납니다.',
    domain_not_ldh: '도메인에는 영문자, 숫자, 하이픈만 쓸 수 있습니다.',
    tld_not_alpha: '도메인 끝부분은 영문자여야 합니다(예: .com).',
    domain_too_long: '도메인이 253자를 넘습니다.',
    not_alone: '이것만으로는 이메일 주소가 아닙니다.',
    row_without_email: '이 행에는 이메일 주소가 없습니다.',
    cell_not_read: '이 셀은 주소도, 이름이나 역할도 아닙니다.',
    too_many: ({ max, count }) => `한 번에 최대 ${n(max)}건까지 초대할 수 있습니다(현재 ${n(count)}건).`,
    unknown_role: ({ roles: slugs }) => `알 수 없는 역할입니다: ${roles(slugs)}.`,
    one_role_only: ({ roles: slugs }) => `여기서는 초대마다 역할을 하나만 지정할 수 있습니다(${roles(slugs)} 함께 지정 불가).`,
    no_roles: ({ roles: slugs }) => `여기서는 역할을 부여할 수 없습니다(${roles(slugs)} 포함).`,
    several_system_roles: ({ roles: slugs }) => `역할을 하나만 선택하세요: ${roles(slugs, 'or')}.`,
    custom_needs_member: ({ roles: slugs }) => `사용자 지정 역할(${roles(slugs)})은 ${role('member')} 역할과 함께만 부여할 수 있습니다.`,
    role_above_own: ({ roles: slugs, own }) => `${roles(slugs)} 역할은 부여할 수 없습니다. 내 역할(${role(own)})보다 높습니다.`,
    role_not_held: ({ roles: slugs }) => `${roles(slugs)} 역할은 부여할 수 없습니다. 사용자 지정 역할은 그 역할이 있는 사람만 부여할 수 있습니다.`,
    expiry_out_of_range: ({ unit: of, min, max }) => `초대 유효 기간은 ${n(min)}~${unit(max, of)} 사이의 정수로 지정하세요.`,
  },
};

export default ko;

// Intl says the current minute as ‘현재 분’: the list says ‘방금’ for a past time, ‘1분 이내’ for one to come.
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const ago = (time: string) => (time === thisMinute ? '방금' : time);
const soon = (time: string) => (time === thisMinute ? '1분 이내' : time);

/** 한국어 초대 목록: `import { invitationListMessages } from 'invite-kit/messages/ko'`. */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: '초대',
  listLabel: '보낸 초대',
  filterLabel: '표시',
  filterOption: ({ label, count }) => `${label}(${n(count)})`,
  filterAll: '전체',
  states: { pending: '대기 중', expired: '만료됨', revoked: '취소됨', accepted: '수락됨' },
  roleLabel: '역할',
  roleNames,
  expiresIn: ({ time }) => `${soon(time)} 만료`,
  expiredAgo: ({ time }) => `${ago(time)} 만료됨`,
  acceptedAgo: ({ time }) => `${ago(time)} 수락됨`,
  revokedAgo: ({ time }) => `${ago(time)} 취소됨`,
  sentAgo: ({ time }) => `${ago(time)} 전송됨`,
  invitedBy: ({ name }) => `초대한 사람: ${name}`,
  actions: { resend: '다시 보내기', revoke: '초대 취소', reinvite: '다시 초대', copyLink: '링크 복사' },
  actionFor: ({ action, email }) =>
    ({
      resend: `${email} 주소로 초대 다시 보내기`,
      revoke: `${email} 주소로 보낸 초대 취소`,
      reinvite: `${email} 주소로 다시 초대`,
      copyLink: `${email} 초대 링크 복사`,
    })[action],
  confirmRevoke: ({ email }) => `${email} 주소로 보낸 초대를 취소할까요? 초대 링크가 더 이상 작동하지 않습니다.`,
  confirmRevokeAction: '초대 취소',
  cancelRevoke: '유지',
  acting: { resend: '다시 보내는 중…', revoke: '초대 취소 중…', reinvite: '다시 초대하는 중…' },
  done: ({ action, email }) =>
    ({
      resend: `${email} 주소로 초대를 다시 보냈습니다.`,
      revoke: `${email} 주소로 보낸 초대를 취소했습니다.`,
      reinvite: `${email} 주소로 다시 초대했습니다.`,
    })[action],
  failed: ({ action, email, message }) =>
    `${{
      resend: `${email} 주소로 초대를 다시 보내지 못했습니다`,
      revoke: `${email} 주소로 보낸 초대를 취소하지 못했습니다`,
      reinvite: `${email} 주소로 다시 초대하지 못했습니다`,
    }[action]}: ${message}`,
  unknown: ({ action, email }) =>
    `${email} 주소에 대한 응답이 없습니다. ${{ resend: '초대가 다시 전송되었을', revoke: '초대가 취소되었을', reinvite: '다시 초대되었을' }[action]} 수 있습니다. 목록을 새로 고쳐 확인하세요.`,
  aboveYourRole: '내 역할보다 높은 역할의 초대입니다.',
  notHeld: '내게 없는 역할을 부여하는 초대입니다.',
  linkCopied: ({ email }) => `${email} 초대 링크를 복사했습니다.`,
  copyFailed: '브라우저에서 링크 복사를 허용하지 않았습니다.',
  loading: '초대를 불러오는 중…',
  empty: '아직 초대가 없습니다. 초대한 사람은 참여할 때까지 여기에 표시됩니다.',
  emptyFiltered: ({ state }) => `‘${state}’ 상태인 초대가 없습니다.`,
  loadFailed: ({ message }) => `초대를 불러오지 못했습니다. ${message}`,
  refreshFailed: ({ message }) => `목록을 새로 고치지 못했습니다. ${message}`,
  moreFailed: ({ message }) => `초대를 더 불러오지 못했습니다. ${message}`,
  retry: '다시 시도',
  refresh: '새로 고침',
  loadMore: '더 보기',
  loadingMore: '불러오는 중…',
  loadedMore: ({ count }) => p(count, { zero: '더 이상 초대가 없습니다.', other: '초대 #건을 더 표시했습니다.' }),
  refreshed: '목록을 새로 고쳤습니다.',
  unsupported:
    '이 초대 서비스는 초대 이메일을 보내지만 초대 목록은 보관하지 않으므로, 여기서는 보낸 초대를 표시하거나 다시 보내거나 취소할 수 없습니다.',
  forbidden: '이 조직의 초대를 볼 권한이 없습니다.',
  unauthenticated: '세션이 만료되었습니다. 초대를 보려면 다시 로그인하세요.',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': '응답을 받기 전에 연결이 끊어졌습니다.',
    'invite.timeout': '제한 시간 안에 응답이 없었습니다.',
    'invite.aborted': '응답을 받기 전에 중단되었습니다.',
    'invite.invalid_response': '서버 응답을 읽을 수 없습니다.',
    'invite.invitation_not_found': '더 이상 존재하지 않는 초대입니다.',
    'invite.not_pending': '더 이상 대기 중인 초대가 아닙니다.',
    'invite.invitation_expired': '만료된 초대입니다. 대신 다시 초대하세요.',
    'invite.invitation_revoked': '취소된 초대입니다.',
    'invite.invitation_accepted': '이미 수락된 초대입니다.',
    'invite.not_supported': '이 초대 서비스에서는 할 수 없는 작업입니다.',
    'invite.busy': '이 초대에 대한 다른 작업이 아직 진행 중입니다.',
    'invite.not_revoked': '초대가 취소되지 않았습니다.',
  }),
};
