/**
 * 简体中文：`import zhCN from 'invite-kit/messages/zh-CN'`。称“您”；全角标点，引号用“ ”；中文与
 * 数字、英文之间加空格。术语与语气见 `glossary/zh-CN.md`。
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, pluralsOf } from './format';

const locale = 'zh-CN';
const p = pluralsOf(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: '成员', billing: '账单管理员', admin: '管理员', owner: '所有者' };
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => `“${roleNames[slug as SystemRole] ?? slug}”`;
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': '您的会话已过期。请重新登录以发送邀请。',
  'authorize.forbidden': '您没有邀请他人加入此组织的权限。',
  'mfa.step_up_required': '请验证您的身份，才能邀请具有此角色的人。',
  'invite.ip_rate_limited': '来自此网络的邀请过多，请稍后重试。',
  'invite.org_rate_limited': '您的组织已达到邀请上限，请稍后重试。',
  'invite.invalid_org_id': '组织 ID 格式不正确。',
  'invite.org_not_found': '该组织不存在。',
  'invite.unauthorized': '需要登录才能发送邀请。',
  'invite.org_mismatch': '您无权访问此组织。',
  'invite.user_lookup_failed': '服务器无法查到您的账号，请重试。',
  'invite.member_lookup_failed': '服务器无法验证您的成员身份，请重试。',
  'invite.decode_failed': '请求正文不是有效的 JSON。',
  'invite.empty_batch': '请至少添加一个电子邮件地址。',
  'invite.batch_too_large': '一次发送的邀请过多。',
  'invite.duplicate_email': '此地址已在列表中。',
  'invite.invalid_email': '这不是有效的电子邮件地址。',
  'invite.self_invite': '您不能邀请自己。',
  'invite.invalid_role': '未知角色。',
  'invite.no_system_role': '请选择成员、账单管理员、管理员或所有者中的一个角色。',
  'invite.multiple_system_roles': '成员、账单管理员、管理员和所有者中只能选择一个角色。',
  'invite.custom_roles_not_allowed': '自定义角色只能与“成员”角色一起分配。',
  'invite.insufficient_role': '您不能分配高于自己角色的角色。',
  'invite.already_member': '已是此组织的成员。',
  'invite.already_pending': '此地址已有一份待接受的邀请。',
  'invite.role_resolve_failed': '服务器无法解析这些角色。',
  'invite.send_failed': '邀请未能送达，请重试。',
  'invite.invalid_expiry': '邀请有效期超出允许范围。',
  'invite.roles_not_supported': '此处不能分配这些角色。',
  'invite.server_misconfigured': '服务器尚未设置邀请功能，请联系管理员。',
  'invite.network_error': '收到响应前网络已中断。邀请可能已发送。',
  'invite.timeout': '未能及时收到响应。邀请可能已发送。',
  'invite.aborted': '已取消发送。',
  'invite.invalid_response': '无法读取服务器的响应。邀请可能已发送。',
};

const zhCN: InviteKitMessages = {
  locale,
  roleNames,

  // ─── 角色与语言选择 ───
  roleSelectLabel: '角色',
  rolePlaceholder: '选择角色',
  customRolesLabel: '自定义角色',
  customRolesNeedMember: ({ member }) => `自定义角色只能与“${member}”角色一起分配。`,
  roleAboveYourLevel: ({ name }) => `高于您自己的角色（“${name}”）。`,
  roleNotHeld: '只有拥有此角色的人才能分配它。',
  roleUnknown: '此组织中没有这个角色，请取消勾选。',
  localeSelectLabel: '语言',
  localePlaceholder: '选择语言',

  // ─── 对话框 ───
  trigger: '邀请成员',
  title: '邀请成员',
  description: '每位受邀者都会收到一封电子邮件，其中包含加入您组织的链接。',
  close: '关闭',
  emailLabel: '电子邮件地址',
  emailPlaceholder: 'name@company.com',
  emailHint: '每个地址后按 Enter、逗号或分号，也可以粘贴一个列表。',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) => `${n(count)} 个，最多 ${n(max)} 个地址`,
  entriesLabel: '要邀请的地址',
  chipHint: '按 Enter 编辑，按 Delete 移除。',
  editEntry: ({ email }) => `编辑 ${email}`,
  removeEntry: ({ email }) => `移除 ${email}`,
  entryLocked: '正在发送，暂时无法更改。',
  clearAll: '全部移除',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      p(added, { zero: '没有添加新地址。', other: '已添加 # 个地址。' }),
      duplicates > 0 && p(duplicates, { other: '已合并 # 个重复地址。' }),
      invalid > 0 && p(invalid, { other: '# 项不是有效地址。' }),
      skippedHeader && '已跳过标题行。',
      rolesIgnored > 0 && p(rolesIgnored, { other: '为 # 人指定的角色未生效：此服务不分配角色。' }),
    ]
      .filter(Boolean)
      .join(''),
  statusSending: '正在发送',
  statusSent: '已邀请',
  statusAlreadyMember: '已是成员',
  statusAlreadyPending: '邀请待接受',
  statusWaiting: '等待中',
  statusFailed: '失败',
  statusUnknown: '可能已发送',
  statusInvalid: '需要修正',
  roleLabel: '角色',
  rolePerPerson: '为每个人单独设置角色',
  roleFor: ({ email }) => `${email} 的角色`,
  roleNote: ({ email, message }) => `${email} 的角色：${message}`,
  blockedRoles: ({ count }) => p(count, { other: '请为 # 人选择有效的角色后再发送。' }),
  noteGroup: ({ count, message }) => `${p(count, { other: '# 人' })}：${message}`,
  retryIn: ({ time }) => `${time} 后可重试。`,
  retryNow: '等待已结束，现在可以重试。',
  kept: ({ count, max, full }) =>
    `一次最多邀请 ${n(max)} 人。${p(count, { zero: '其余内容已保留。', other: '另有 # 个地址已保留。' })}${full ? '发送后会加入列表。' : ''}`,
  keptAdd: ({ count }) => p(count, { other: '添加接下来的 # 个' }),
  keptCopy: '全部复制',
  didYouMean: ({ suggestion }) => `您是不是想输入 ${suggestion}？`,
  typoWarning: ({ count }) => p(count, { other: '请检查 # 个地址：可能有拼写错误。' }),
  removedMany: ({ count, email }) => (count === 1 ? `已移除 ${email}。` : p(count, { other: '已移除 # 个地址。' })),
  undo: '撤销',
  restored: ({ count }) => p(count, { other: '已恢复 # 个地址。' }),
  localeLabel: '邮件语言',
  expiryLabel: ({ unit: of }) => `邀请有效期（${of === 'days' ? '天' : '分钟'}）`,
  expiryHint: ({ min, max, unit: of }) => `${n(min)} 至 ${unit(max, of)}。`,
  send: ({ count }) => p(count, { zero: '发送邀请', other: '发送 # 份邀请' }),
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    waiting > 0
      ? `重试（${n(count)} 份）`
      : `重新发送${[failed > 0 && p(failed, { other: '失败的 # 份' }), unknown > 0 && p(unknown, { other: '未确认的 # 份' })].filter(Boolean).join('、')}`,
  cancelSend: '取消',
  done: '完成',
  progress: ({ current, total }) => `正在发送：第 ${n(current)} 份，共 ${n(total)} 份…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) && p(sent, { other: '已邀请 # 人' }),
      alreadyMember !== undefined && alreadyMember > 0 && p(alreadyMember, { other: '已是成员 # 人' }),
      alreadyPending > 0 && p(alreadyPending, { other: '邀请待接受 # 人' }),
      failed > 0 && p(failed, { other: '失败 # 份' }),
      waiting > 0 && p(waiting, { other: '等待中 # 份' }),
      unknown > 0 && p(unknown, { other: '可能已发送 # 份' }),
    ]
      .filter(Boolean)
      .join('，') + '。',
  blockedEmpty: '请至少添加一个电子邮件地址再发送。',
  blockedInvalid: ({ count }) => p(count, { other: '请修正或移除 # 个地址后再发送。' }),
  offline: '您已离线。恢复联网后即可发送邀请。',
  rateLimited: ({ time }) => `当前邀请过多。${time} 后可重试。`,
  unauthenticated: '您的会话已过期。请重新登录后重试，您的列表已保留。',
  forbidden: '您没有邀请他人加入此组织的权限。您的列表已保留。',
  copyAddresses: '复制地址',
  copied: '地址已复制。',
  copyFailed: '浏览器不允许复制这些地址。',
  stepUp: '请先验证您的身份，再重试发送这些邀请。您的列表已保留。',
  awaitingAuth: '正在等待您登录…',
  awaitingStepUp: '正在等待您验证身份…',
  cancelled: '已取消发送。您输入的内容都还在。',
  resendInvitation: '重新发送邀请',
  resending: '正在重新发送…',
  resent: '邀请已重新发送。',
  resendFailed: ({ message }) => `未能重新发送。${message}`,

  // ─── 按代码的错误 ───
  errors,

  // ─── 核心给出的原因 ───
  reasons: {
    missing: '缺少电子邮件地址。',
    too_long: ({ max }) => `长度超出了任何地址的上限（超过 ${n(max)} 个字符）。`,
    invisible_char: '包含不可见字符（例如零宽空格）。',
    control_char: '包含控制字符。',
    missing_at: '缺少 @（地址格式如 name@example.com）。',
    many_at: '包含多个 @。',
    empty_local: '@ 前面没有内容。',
    empty_domain: '@ 后面没有内容，缺少域名。',
    quoted_local: '不接受 @ 前带引号的名称。',
    space: '包含空格。',
    local_not_ascii: '@ 前只能使用 ASCII 字母、数字以及 . _ - + 等符号。',
    local_char: ({ char }) => `@ 前包含不允许的字符“${char}”。`,
    local_dot_edge: '@ 前的部分以点开头或结尾。',
    local_double_dot: '@ 前的部分有两个连续的点。',
    local_too_long: '@ 前的部分超过 64 个字符。',
    address_too_long: '地址超过 254 个字符。',
    ip_domain: '不接受用 IP 地址代替域名的地址。',
    domain_char: ({ char }) => `域名包含不允许的字符“${char}”。`,
    mixed_scripts: ({ label, unicode }) => `域名中的“${label}”${unicode ? `（${unicode}）` : ''}混用了多种文字（可能是仿冒）。`,
    idn_invalid: '域名不是有效的国际化域名。',
    punycode_invalid: ({ label }) => `域名中的“${label}”不是有效的国际化域名。`,
    domain_dot_end: '域名以点结尾。',
    domain_dot_start: '域名以点开头。',
    domain_no_dot: '域名中没有点（例如 example.com）。',
    domain_double_dot: '域名中有两个连续的点。',
    label_too_long: '域名的某一部分超过 63 个字符。',
    label_hyphen: '域名的某一部分以连字符开头或结尾。',
    domain_not_ldh: '域名只能包含字母、数字和连字符。',
    tld_not_alpha: '域名后缀必须是字母（例如 .com）。',
    domain_too_long: '域名超过 253 个字符。',
    not_alone: '单独这一项不是电子邮件地址。',
    row_without_email: '这一行没有电子邮件地址。',
    cell_not_read: '此单元格既不是地址，也不是名称或角色。',
    too_many: ({ max, count }) => `一次最多发送 ${n(max)} 份邀请，这里有 ${n(count)} 份。`,
    unknown_role: ({ roles: slugs }) => `未知角色：${roles(slugs)}。`,
    one_role_only: ({ roles: slugs }) => `此处每份邀请只能有一个角色，不能同时指定 ${roles(slugs)}。`,
    no_roles: ({ roles: slugs }) => `此处不能分配角色，包括 ${roles(slugs)}。`,
    several_system_roles: ({ roles: slugs }) => `只能选择一个角色：${roles(slugs, 'or')}。`,
    custom_needs_member: ({ roles: slugs }) => `自定义角色（${roles(slugs)}）只能与${role('member')}角色一起分配。`,
    role_above_own: ({ roles: slugs, own }) => `您不能分配 ${roles(slugs)} 角色：它高于您自己的角色（${role(own)}）。`,
    role_not_held: ({ roles: slugs }) => `您不能分配 ${roles(slugs)}：只有拥有该自定义角色的人才能分配它。`,
    expiry_out_of_range: ({ unit: of, min, max }) => `邀请有效期须为 ${n(min)} 至 ${unit(max, of)} 之间的整数。`,
  },
};

export default zhCN;

// Intl says the current minute as "此刻", which no sentence of the list takes: “刚刚”“即将” instead.
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const ago = (time: string) => (time === thisMinute ? '刚刚' : time);
const soon = (time: string) => (time === thisMinute ? '即将' : time);

/** 邀请列表（简体中文）：`import { invitationListMessages } from 'invite-kit/messages/zh-CN'`。 */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: '邀请',
  listLabel: '已发送的邀请',
  filterLabel: '筛选',
  filterOption: ({ label, count }) => `${label}（${n(count)}）`,
  filterAll: '全部',
  states: { pending: '待接受', expired: '已过期', revoked: '已撤回', accepted: '已接受' },
  roleLabel: '角色',
  roleNames,
  // `time` is Intl's: "3天后", "明天", "2天前", "昨天", "上个月".
  expiresIn: ({ time }) => `${soon(time)}到期`,
  expiredAgo: ({ time }) => `${ago(time)}过期`,
  acceptedAgo: ({ time }) => `${ago(time)}接受`,
  revokedAgo: ({ time }) => `${ago(time)}撤回`,
  sentAgo: ({ time }) => `${ago(time)}发送`,
  invitedBy: ({ name }) => `由 ${name} 邀请`,
  actions: { resend: '重新发送', revoke: '撤回', reinvite: '重新邀请', copyLink: '复制链接' },
  actionFor: ({ action, email }) =>
    ({
      resend: `向 ${email} 重新发送邀请`,
      revoke: `撤回发给 ${email} 的邀请`,
      reinvite: `重新邀请 ${email}`,
      copyLink: `复制链接：${email} 的邀请`,
    })[action],
  confirmRevoke: ({ email }) => `要撤回发给 ${email} 的邀请吗？撤回后邀请链接将失效。`,
  confirmRevokeAction: '撤回',
  cancelRevoke: '保留',
  acting: { resend: '正在重新发送…', revoke: '正在撤回…', reinvite: '正在重新邀请…' },
  done: ({ action, email }) =>
    ({ resend: `已向 ${email} 重新发送邀请。`, revoke: `已撤回发给 ${email} 的邀请。`, reinvite: `已重新邀请 ${email}。` })[action],
  failed: ({ action, email, message }) =>
    `${{ resend: `未能向 ${email} 重新发送邀请`, revoke: `未能撤回发给 ${email} 的邀请`, reinvite: `未能重新邀请 ${email}` }[action]}：${message}`,
  unknown: ({ action, email }) =>
    `未收到响应：${{ resend: `发给 ${email} 的邀请可能已重新发送`, revoke: `发给 ${email} 的邀请可能已撤回`, reinvite: `${email} 可能已被重新邀请` }[action]}。请刷新列表查看。`,
  aboveYourRole: '此邀请的角色高于您自己的角色。',
  notHeld: '您没有此邀请所分配的角色。',
  linkCopied: ({ email }) => `已复制 ${email} 的邀请链接。`,
  copyFailed: '浏览器不允许复制此链接。',
  loading: '正在加载邀请…',
  empty: '还没有邀请。您邀请的人在加入之前会显示在这里。',
  emptyFiltered: ({ state }) => `没有状态为“${state}”的邀请。`,
  loadFailed: ({ message }) => `无法加载邀请。${message}`,
  refreshFailed: ({ message }) => `无法刷新列表。${message}`,
  moreFailed: ({ message }) => `无法加载更多邀请。${message}`,
  retry: '重试',
  refresh: '刷新',
  loadMore: '加载更多',
  loadingMore: '正在加载…',
  loadedMore: ({ count }) => p(count, { zero: '没有更多邀请了。', other: '又加载了 # 份邀请。' }),
  refreshed: '邀请列表已刷新。',
  unsupported: '此邀请服务只发送邀请邮件，不保存邀请记录，因此无法在这里查看、重新发送或撤回已发送的邀请。',
  forbidden: '您没有查看此组织邀请的权限。',
  unauthenticated: '您的会话已过期。请重新登录以查看邀请。',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': '收到响应前网络连接中断。',
    'invite.timeout': '未能及时收到响应。',
    'invite.aborted': '收到响应前已停止。',
    'invite.invalid_response': '无法读取服务器的响应。',
    'invite.invitation_not_found': '此邀请已不存在。',
    'invite.not_pending': '此邀请已不是待接受状态。',
    'invite.invitation_expired': '此邀请已过期，请改为重新邀请此人。',
    'invite.invitation_revoked': '此邀请已被撤回。',
    'invite.invitation_accepted': '此邀请已被接受。',
    'invite.not_supported': '此邀请服务不支持该操作。',
    'invite.busy': '此邀请的另一项操作仍在进行中。',
    'invite.not_revoked': '邀请未被撤回。',
  }),
};
