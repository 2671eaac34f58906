/**
 * 繁體中文（臺灣）：`import zhTW from 'invite-kit/messages/zh-TW'`。稱「您」；全形標點，引號用「」；
 * 用語依臺灣習慣（帳號、網路、伺服器、登入）；中文與數字、英文之間加空格。術語與語氣見
 * `glossary/zh-TW.md`。
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, pluralsOf } from './format';

const locale = 'zh-TW';
const p = pluralsOf(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: '成員', billing: '帳務管理員', admin: '管理員', owner: '擁有者' };
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => `「${roleNames[slug as SystemRole] ?? slug}」`;
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': '您的工作階段已過期。請重新登入以傳送邀請。',
  'authorize.forbidden': '您沒有邀請他人加入此組織的權限。',
  'mfa.step_up_required': '請驗證您的身分，才能邀請具備此角色的人。',
  'invite.ip_rate_limited': '來自此網路的邀請過多，請稍後再試。',
  'invite.org_rate_limited': '您的組織已達邀請上限，請稍後再試。',
  'invite.invalid_org_id': '組織 ID 格式不正確。',
  'invite.org_not_found': '此組織不存在。',
  'invite.unauthorized': '必須登入才能傳送邀請。',
  'invite.org_mismatch': '您無權存取此組織。',
  'invite.user_lookup_failed': '伺服器找不到您的帳號，請再試一次。',
  'invite.member_lookup_failed': '伺服器無法確認您的成員身分，請再試一次。',
  'invite.decode_failed': '要求內容不是有效的 JSON。',
  'invite.empty_batch': '請至少新增一個電子郵件地址。',
  'invite.batch_too_large': '一次傳送的邀請太多。',
  'invite.duplicate_email': '此地址已在清單中。',
  'invite.invalid_email': '這不是有效的電子郵件地址。',
  'invite.self_invite': '您無法邀請自己。',
  'invite.invalid_role': '未知的角色。',
  'invite.no_system_role': '請選擇成員、帳務管理員、管理員或擁有者其中一個角色。',
  'invite.multiple_system_roles': '成員、帳務管理員、管理員和擁有者只能選擇一個角色。',
  'invite.custom_roles_not_allowed': '自訂角色只能與「成員」角色一起指派。',
  'invite.insufficient_role': '您無法指派高於自己角色的角色。',
  'invite.already_member': '已是此組織的成員。',
  'invite.already_pending': '此地址已有一份待接受的邀請。',
  'invite.role_resolve_failed': '伺服器無法解析這些角色。',
  'invite.send_failed': '邀請無法送達，請再試一次。',
  'invite.invalid_expiry': '邀請有效期限超出允許範圍。',
  'invite.roles_not_supported': '此處無法指派這些角色。',
  'invite.server_misconfigured': '伺服器尚未設定邀請功能，請聯絡管理員。',
  'invite.network_error': '收到回應前網路已中斷。邀請可能已傳送。',
  'invite.timeout': '未在時限內收到回應。邀請可能已傳送。',
  'invite.aborted': '已取消傳送。',
  'invite.invalid_response': '無法讀取伺服器的回應。邀請可能已傳送。',
};

const zhTW: InviteKitMessages = {
  locale,
  roleNames,

  // ─── 角色與語言選擇 ───
  roleSelectLabel: '角色',
  rolePlaceholder: '選擇角色',
  customRolesLabel: '自訂角色',
  customRolesNeedMember: ({ member }) => `自訂角色只能與「${member}」角色一起指派。`,
  roleAboveYourLevel: ({ name }) => `高於您自己的角色（「${name}」）。`,
  roleNotHeld: '只有具備此角色的人才能指派。',
  roleUnknown: '此組織沒有這個角色，請取消勾選。',
  localeSelectLabel: '語言',
  localePlaceholder: '選擇語言',

  // ─── 對話方塊 ───
  trigger: '邀請成員',
  title: '邀請成員',
  description: '每位受邀者都會收到一封電子郵件，內含加入您組織的連結。',
  close: '關閉',
  emailLabel: '電子郵件地址',
  emailPlaceholder: 'name@company.com.tw',
  emailHint: '每個地址後按 Enter、逗號或分號，也可以貼上一份清單。',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) => `${n(count)} 個，最多 ${n(max)} 個地址`,
  entriesLabel: '要邀請的地址',
  chipHint: '按 Enter 編輯，按 Delete 移除。',
  editEntry: ({ email }) => `編輯 ${email}`,
  removeEntry: ({ email }) => `移除 ${email}`,
  entryLocked: '正在傳送，暫時無法變更。',
  clearAll: '全部移除',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      p(added, { zero: '沒有新增任何地址。', other: '已新增 # 個地址。' }),
      duplicates > 0 && p(duplicates, { other: '已合併 # 個重複的地址。' }),
      invalid > 0 && p(invalid, { other: '有 # 項不是有效的地址。' }),
      skippedHeader && '已略過標題列。',
      rolesIgnored > 0 && p(rolesIgnored, { other: '為 # 人指定的角色未套用：此服務不指派角色。' }),
    ]
      .filter(Boolean)
      .join(''),
  statusSending: '傳送中',
  statusSent: '已邀請',
  statusAlreadyMember: '已是成員',
  statusAlreadyPending: '邀請待接受',
  statusWaiting: '等待中',
  statusFailed: '失敗',
  statusUnknown: '可能已傳送',
  statusInvalid: '需要修正',
  roleLabel: '角色',
  rolePerPerson: '為每個人個別設定角色',
  roleFor: ({ email }) => `${email} 的角色`,
  roleNote: ({ email, message }) => `${email} 的角色：${message}`,
  blockedRoles: ({ count }) => p(count, { other: '請為 # 人選擇有效的角色後再傳送。' }),
  noteGroup: ({ count, message }) => `${p(count, { other: '# 人' })}：${message}`,
  retryIn: ({ time }) => `${time} 後可重試。`,
  retryNow: '等待已結束，現在可以重試。',
  kept: ({ count, max, full }) =>
    `一次最多邀請 ${n(max)} 人。${p(count, { zero: '其餘內容已保留。', other: '另有 # 個地址已保留。' })}${full ? '傳送後會加入清單。' : ''}`,
  keptAdd: ({ count }) => p(count, { other: '新增接下來的 # 個' }),
  keptCopy: '全部複製',
  didYouMean: ({ suggestion }) => `您是不是要輸入 ${suggestion}？`,
  typoWarning: ({ count }) => p(count, { other: '請檢查 # 個地址：可能有拼字錯誤。' }),
  removedMany: ({ count, email }) => (count === 1 ? `已移除 ${email}。` : p(count, { other: '已移除 # 個地址。' })),
  undo: '復原',
  restored: ({ count }) => p(count, { other: '已還原 # 個地址。' }),
  localeLabel: '郵件語言',
  expiryLabel: ({ unit: of }) => `邀請有效期限（${of === 'days' ? '天' : '分鐘'}）`,
  expiryHint: ({ min, max, unit: of }) => `${n(min)} 至 ${unit(max, of)}。`,
  send: ({ count }) => p(count, { zero: '傳送邀請', other: '傳送 # 份邀請' }),
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    waiting > 0
      ? `重試（${n(count)} 份）`
      : `重新傳送${[failed > 0 && p(failed, { other: '失敗的 # 份' }), unknown > 0 && p(unknown, { other: '未確認的 # 份' })].filter(Boolean).join('、')}`,
  cancelSend: '取消',
  done: '完成',
  progress: ({ current, total }) => `正在傳送：第 ${n(current)} 份，共 ${n(total)} 份…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) && p(sent, { other: '已邀請 # 人' }),
      alreadyMember !== undefined && alreadyMember > 0 && p(alreadyMember, { other: '已是成員 # 人' }),
      alreadyPending > 0 && p(alreadyPending, { other: '邀請待接受 # 人' }),
      failed > 0 && p(failed, { other: '失敗 # 份' }),
      waiting > 0 && p(waiting, { other: '等待中 # 份' }),
      unknown > 0 && p(unknown, { other: '可能已傳送 # 份' }),
    ]
      .filter(Boolean)
      .join('，') + '。',
  blockedEmpty: '請至少新增一個電子郵件地址再傳送。',
  blockedInvalid: ({ count }) => p(count, { other: '請修正或移除 # 個地址後再傳送。' }),
  offline: '您目前離線。恢復連線後即可傳送邀請。',
  rateLimited: ({ time }) => `目前邀請太多。${time} 後可重試。`,
  unauthenticated: '您的工作階段已過期。請重新登入後再試一次，您的清單已保留。',
  forbidden: '您沒有邀請他人加入此組織的權限。您的清單已保留。',
  copyAddresses: '複製地址',
  copied: '已複製地址。',
  copyFailed: '瀏覽器不允許複製這些地址。',
  stepUp: '請先驗證您的身分，再重新傳送這些邀請。您的清單已保留。',
  awaitingAuth: '正在等候您登入…',
  awaitingStepUp: '正在等候您驗證身分…',
  cancelled: '已取消傳送。您輸入的內容都還在。',
  resendInvitation: '重新傳送邀請',
  resending: '正在重新傳送…',
  resent: '已重新傳送邀請。',
  resendFailed: ({ message }) => `無法重新傳送。${message}`,

  // ─── 依代碼的錯誤 ───
  errors,

  // ─── 核心提供的原因 ───
  reasons: {
    missing: '缺少電子郵件地址。',
    too_long: ({ max }) => `長度超過任何地址的上限（超過 ${n(max)} 個字元）。`,
    invisible_char: '包含看不見的字元（例如零寬度空格）。',
    control_char: '包含控制字元。',
    missing_at: '缺少 @（地址格式如 name@example.com）。',
    many_at: '包含多個 @。',
    empty_local: '@ 前面沒有內容。',
    empty_domain: '@ 後面沒有內容，缺少網域。',
    quoted_local: '不接受 @ 前加上引號的名稱。',
    space: '包含空格。',
    local_not_ascii: '@ 前只能使用 ASCII 字母、數字及 . _ - + 等符號。',
    local_char: ({ char }) => `@ 前包含不允許的字元「${char}」。`,
    local_dot_edge: '@ 前的部分以句點開頭或結尾。',
    local_double_dot: '@ 前的部分有兩個連續的句點。',
    local_too_long: '@ 前的部分超過 64 個字元。',
    address_too_long: '地址超過 254 個字元。',
    ip_domain: '不接受以 IP 位址代替網域的地址。',
    domain_char: ({ char }) => `網域包含不允許的字元「${char}」。`,
    mixed_scripts: ({ label, unicode }) => `網域中的「${label}」${unicode ? `（${unicode}）` : ''}混用了多種文字（可能是仿冒）。`,
    idn_invalid: '網域不是有效的國際化網域名稱。',
    punycode_invalid: ({ label }) => `網域中的「${label}」不是有效的國際化網域名稱。`,
    domain_dot_end: '網域以句點結尾。',
    domain_dot_start: '網域以句點開頭。',
    domain_no_dot: '網域中沒有句點（例如 example.com）。',
    domain_double_dot: '網域中有兩個連續的句點。',
    label_too_long: '網域的某一部分超過 63 個字元。',
    label_hyphen: '網域的某一部分以連字號開頭或結尾。',
    domain_not_ldh: '網域只能包含字母、數字和連字號。',
    tld_not_alpha: '網域的結尾必須是字母（例如 .com）。',
    domain_too_long: '網域超過 253 個字元。',
    not_alone: '單獨這一項不是電子郵件地址。',
    row_without_email: '這一列沒有電子郵件地址。',
    cell_not_read: '此儲存格不是地址，也不是名稱或角色。',
    too_many: ({ max, count }) => `一次最多傳送 ${n(max)} 份邀請，這裡有 ${n(count)} 份。`,
    unknown_role: ({ roles: slugs }) => `未知的角色：${roles(slugs)}。`,
    one_role_only: ({ roles: slugs }) => `此處每份邀請只能有一個角色，不能同時指定 ${roles(slugs)}。`,
    no_roles: ({ roles: slugs }) => `此處無法指派角色，包括 ${roles(slugs)}。`,
    several_system_roles: ({ roles: slugs }) => `只能選擇一個角色：${roles(slugs, 'or')}。`,
    custom_needs_member: ({ roles: slugs }) => `自訂角色（${roles(slugs)}）只能與${role('member')}角色一起指派。`,
    role_above_own: ({ roles: slugs, own }) => `您無法指派 ${roles(slugs)} 角色：它高於您自己的角色（${role(own)}）。`,
    role_not_held: ({ roles: slugs }) => `您無法指派 ${roles(slugs)}：只有具備該自訂角色的人才能指派。`,
    expiry_out_of_range: ({ unit: of, min, max }) => `邀請有效期限須為 ${n(min)} 至 ${unit(max, of)} 之間的整數。`,
  },
};

export default zhTW;

// Intl says the current minute as "這一分鐘", which no sentence of the list takes: 「剛剛」「即將」 instead.
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const ago = (time: string) => (time === thisMinute ? '剛剛' : time);
const soon = (time: string) => (time === thisMinute ? '即將' : time);

/** 邀請清單（繁體中文）：`import { invitationListMessages } from 'invite-kit/messages/zh-TW'`。 */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: '邀請',
  listLabel: '已傳送的邀請',
  filterLabel: '篩選',
  filterOption: ({ label, count }) => `${label}（${n(count)}）`,
  filterAll: '全部',
  states: { pending: '待接受', expired: '已過期', revoked: '已撤銷', accepted: '已接受' },
  roleLabel: '角色',
  roleNames,
  // `time` is Intl's: "3 天後", "明天", "2 天前", "昨天", "上個月".
  expiresIn: ({ time }) => `${soon(time)}到期`,
  expiredAgo: ({ time }) => `${ago(time)}過期`,
  acceptedAgo: ({ time }) => `${ago(time)}接受`,
  revokedAgo: ({ time }) => `${ago(time)}撤銷`,
  sentAgo: ({ time }) => `${ago(time)}傳送`,
  invitedBy: ({ name }) => `由 ${name} 邀請`,
  actions: { resend: '重新傳送', revoke: '撤銷', reinvite: '重新邀請', copyLink: '複製連結' },
  actionFor: ({ action, email }) =>
    ({
      resend: `重新傳送邀請給 ${email}`,
      revoke: `撤銷傳送給 ${email} 的邀請`,
      reinvite: `重新邀請 ${email}`,
      copyLink: `複製連結：${email} 的邀請`,
    })[action],
  confirmRevoke: ({ email }) => `要撤銷傳送給 ${email} 的邀請嗎？撤銷後，邀請連結將會失效。`,
  confirmRevokeAction: '撤銷',
  cancelRevoke: '保留',
  acting: { resend: '正在重新傳送…', revoke: '正在撤銷…', reinvite: '正在重新邀請…' },
  done: ({ action, email }) =>
    ({ resend: `已重新傳送邀請給 ${email}。`, revoke: `已撤銷傳送給 ${email} 的邀請。`, reinvite: `已重新邀請 ${email}。` })[action],
  failed: ({ action, email, message }) =>
    `${{ resend: `無法重新傳送邀請給 ${email}`, revoke: `無法撤銷傳送給 ${email} 的邀請`, reinvite: `無法重新邀請 ${email}` }[action]}：${message}`,
  unknown: ({ action, email }) =>
    `未收到回應：${{ resend: `傳送給 ${email} 的邀請可能已重新傳送`, revoke: `傳送給 ${email} 的邀請可能已撤銷`, reinvite: `${email} 可能已被重新邀請` }[action]}。請重新整理清單查看。`,
  aboveYourRole: '此邀請的角色高於您自己的角色。',
  notHeld: '您不具備此邀請所指派的角色。',
  linkCopied: ({ email }) => `已複製 ${email} 的邀請連結。`,
  copyFailed: '瀏覽器不允許複製此連結。',
  loading: '正在載入邀請…',
  empty: '目前還沒有邀請。您邀請的人在加入前會顯示在這裡。',
  emptyFiltered: ({ state }) => `沒有狀態為「${state}」的邀請。`,
  loadFailed: ({ message }) => `無法載入邀請。${message}`,
  refreshFailed: ({ message }) => `無法重新整理清單。${message}`,
  moreFailed: ({ message }) => `無法載入更多邀請。${message}`,
  retry: '重試',
  refresh: '重新整理',
  loadMore: '載入更多',
  loadingMore: '正在載入…',
  loadedMore: ({ count }) => p(count, { zero: '沒有更多邀請了。', other: '又載入了 # 份邀請。' }),
  refreshed: '邀請清單已重新整理。',
  unsupported: '此邀請服務只會寄出邀請郵件，不會保留邀請紀錄，因此無法在這裡查看、重新傳送或撤銷已傳送的邀請。',
  forbidden: '您沒有查看此組織邀請的權限。',
  unauthenticated: '您的工作階段已過期。請重新登入以查看邀請。',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': '收到回應前網路連線中斷。',
    'invite.timeout': '未能及時收到回應。',
    'invite.aborted': '收到回應前已停止。',
    'invite.invalid_response': '無法讀取伺服器的回應。',
    'invite.invitation_not_found': '此邀請已不存在。',
    'invite.not_pending': '此邀請已不是待接受狀態。',
    'invite.invitation_expired': '此邀請已過期，請改為重新邀請此人。',
    'invite.invitation_revoked': '此邀請已被撤銷。',
    'invite.invitation_accepted': '此邀請已被接受。',
    'invite.not_supported': '此邀請服務不支援這項操作。',
    'invite.busy': '此邀請還有另一項操作正在進行中。',
    'invite.not_revoked': '邀請未被撤銷。',
  }),
};
