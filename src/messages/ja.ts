/**
 * 日本語: `import ja from 'invite-kit/messages/ja'`。です・ます調。数字と英字の前後に半角スペース、
 * 括弧と句読点は全角、引用は「」。用語と文体: `glossary/ja.md`。
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, pluralsOf } from './format';

const locale = 'ja';
const p = pluralsOf(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: 'メンバー', billing: '請求担当', admin: '管理者', owner: 'オーナー' };
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => `「${roleNames[slug as SystemRole] ?? slug}」`;
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': 'セッションの有効期限が切れました。招待を送信するには、もう一度サインインしてください。',
  'authorize.forbidden': 'この組織にメンバーを招待する権限がありません。',
  'mfa.step_up_required': 'このロールで招待するには本人確認が必要です。',
  'invite.ip_rate_limited': 'このネットワークからの招待が多すぎます。しばらくしてから再試行してください。',
  'invite.org_rate_limited': '組織の招待数の上限に達しました。時間をおいて再試行してください。',
  'invite.invalid_org_id': '組織 ID の形式が正しくありません。',
  'invite.org_not_found': 'この組織は存在しません。',
  'invite.unauthorized': '招待を送信するにはサインインが必要です。',
  'invite.org_mismatch': 'この組織へのアクセス権がありません。',
  'invite.user_lookup_failed': 'サーバーでアカウントを確認できませんでした。再試行してください。',
  'invite.member_lookup_failed': 'サーバーでメンバーシップを確認できませんでした。再試行してください。',
  'invite.decode_failed': 'リクエストの本文が有効な JSON ではありません。',
  'invite.empty_batch': 'メールアドレスを 1 件以上追加してください。',
  'invite.batch_too_large': '一度に送信する招待が多すぎます。',
  'invite.duplicate_email': 'このアドレスはすでにリストにあります。',
  'invite.invalid_email': '有効なメールアドレスではありません。',
  'invite.self_invite': 'ご自身を招待することはできません。',
  'invite.invalid_role': '不明なロールです。',
  'invite.no_system_role': 'メンバー、請求担当、管理者、オーナーのいずれかのロールを選択してください。',
  'invite.multiple_system_roles': 'メンバー、請求担当、管理者、オーナーのうち、ロールは 1 つだけ選択してください。',
  'invite.custom_roles_not_allowed': 'カスタムロールは「メンバー」ロールと一緒にのみ付与できます。',
  'invite.insufficient_role': 'ご自身より上位のロールは付与できません。',
  'invite.already_member': 'すでにこの組織のメンバーです。',
  'invite.already_pending': 'このアドレスにはすでに保留中の招待があります。',
  'invite.role_resolve_failed': 'サーバーでロールを特定できませんでした。',
  'invite.send_failed': '招待を配信できませんでした。再試行してください。',
  'invite.invalid_expiry': '招待の有効期間が許可された範囲外です。',
  'invite.roles_not_supported': 'ここではこれらのロールを付与できません。',
  'invite.server_misconfigured': 'サーバーで招待が設定されていません。管理者にお問い合わせください。',
  'invite.network_error': '応答を受け取る前にネットワークが切断されました。招待は送信された可能性があります。',
  'invite.timeout': '時間内に応答がありませんでした。招待は送信された可能性があります。',
  'invite.aborted': '送信をキャンセルしました。',
  'invite.invalid_response': 'サーバーの応答を読み取れませんでした。招待は送信された可能性があります。',
};

const ja: InviteKitMessages = {
  locale,
  roleNames,

  // ─── ロールと言語の選択 ───
  roleSelectLabel: 'ロール',
  rolePlaceholder: 'ロールを選択',
  customRolesLabel: 'カスタムロール',
  customRolesNeedMember: ({ member }) => `カスタムロールは「${member}」ロールと一緒にのみ付与できます。`,
  roleAboveYourLevel: ({ name }) => `ご自身のロール（「${name}」）より上位です。`,
  roleNotHeld: 'このロールを持つ人だけが付与できます。',
  roleUnknown: 'この組織にないロールです。チェックを外してください。',
  localeSelectLabel: '言語',
  localePlaceholder: '言語を選択',

  // ─── ダイアログ ───
  trigger: 'メンバーを招待',
  title: 'メンバーを招待',
  description: '招待された人には、組織に参加するためのリンクがメールで届きます。',
  close: '閉じる',
  emailLabel: 'メールアドレス',
  emailPlaceholder: 'name@company.co.jp',
  emailHint: 'アドレスごとに Enter、カンマ、セミコロンで区切るか、リストを貼り付けてください。',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) => `最大 ${n(max)} 件中 ${n(count)} 件`,
  entriesLabel: '招待するアドレス',
  chipHint: 'Enter で編集、Delete で削除します。',
  editEntry: ({ email }) => `${email} を編集`,
  removeEntry: ({ email }) => `${email} を削除`,
  entryLocked: '送信中のため、今は変更できません。',
  clearAll: 'すべて削除',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      p(added, { zero: '新しいアドレスは追加されませんでした。', other: '# 件のアドレスを追加しました。' }),
      duplicates > 0 && p(duplicates, { other: '重複する # 件をまとめました。' }),
      invalid > 0 && p(invalid, { other: '# 件は有効なアドレスではありません。' }),
      skippedHeader && '見出し行はスキップしました。',
      rolesIgnored > 0 && p(rolesIgnored, { other: '# 人分のロールは適用されませんでした。このサービスではロールを付与できません。' }),
    ]
      .filter(Boolean)
      .join(''),
  statusSending: '送信中',
  statusSent: '招待済み',
  statusAlreadyMember: '既存メンバー',
  statusAlreadyPending: '招待中',
  statusWaiting: '待機中',
  statusFailed: '失敗',
  statusUnknown: '送信済みの可能性',
  statusInvalid: '要修正',
  roleLabel: 'ロール',
  rolePerPerson: '一人ずつロールを設定',
  roleFor: ({ email }) => `${email} のロール`,
  roleNote: ({ email, message }) => `${email} のロール：${message}`,
  blockedRoles: ({ count }) => p(count, { other: '送信するには、# 人に有効なロールを選択してください。' }),
  noteGroup: ({ count, message }) => `${p(count, { other: '# 人' })}：${message}`,
  retryIn: ({ time }) => `${time} 後に再試行できます。`,
  retryNow: '待ち時間が終わりました。再試行できます。',
  kept: ({ count, max, full }) =>
    `一度に招待できるのは最大 ${n(max)} 人です。${p(count, { zero: '残りは保留しています。', other: '残りの # 件は保留しています。' })}${
      full ? '送信後にリストに追加されます。' : ''
    }`,
  keptAdd: ({ count }) => p(count, { other: '次の # 件を追加' }),
  keptCopy: 'すべてコピー',
  didYouMean: ({ suggestion }) => `${suggestion} の間違いではありませんか？`,
  typoWarning: ({ count }) => p(count, { other: '# 件のアドレスを確認してください。入力ミスの可能性があります。' }),
  removedMany: ({ count, email }) => (count === 1 ? `${email} を削除しました。` : p(count, { other: '# 件のアドレスを削除しました。' })),
  undo: '元に戻す',
  restored: ({ count }) => p(count, { other: '# 件のアドレスを元に戻しました。' }),
  localeLabel: 'メールの言語',
  expiryLabel: ({ unit: of }) => `招待の有効期間（${of === 'days' ? '日' : '分'}）`,
  expiryHint: ({ min, max, unit: of }) => `${n(min)}〜${unit(max, of)}。`,
  send: ({ count }) => p(count, { zero: '招待を送信', other: '# 件の招待を送信' }),
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    waiting > 0
      ? `再試行（${n(count)} 件）`
      : `${[failed > 0 && p(failed, { other: '失敗した # 件' }), unknown > 0 && p(unknown, { other: '未確認の # 件' })].filter(Boolean).join('、')}を再送信`,
  cancelSend: 'キャンセル',
  done: '完了',
  progress: ({ current, total }) => `送信中：${n(current)} / ${n(total)}…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) && p(sent, { other: '招待済み # 人' }),
      alreadyMember !== undefined && alreadyMember > 0 && p(alreadyMember, { other: '既存メンバー # 人' }),
      alreadyPending > 0 && p(alreadyPending, { other: '招待中 # 人' }),
      failed > 0 && p(failed, { other: '失敗 # 件' }),
      waiting > 0 && p(waiting, { other: '待機中 # 件' }),
      unknown > 0 && p(unknown, { other: '送信済みの可能性 # 件' }),
    ]
      .filter(Boolean)
      .join('、') + '。',
  blockedEmpty: '送信するには、メールアドレスを 1 件以上追加してください。',
  blockedInvalid: ({ count }) => p(count, { other: '送信するには、# 件のアドレスを修正するか削除してください。' }),
  offline: 'オフラインです。オンラインに戻ったら招待を送信できます。',
  rateLimited: ({ time }) => `現在、招待が多すぎます。${time} 後に再試行できます。`,
  unauthenticated: 'セッションの有効期限が切れました。もう一度サインインしてから再試行してください。リストはそのまま残っています。',
  forbidden: 'この組織にメンバーを招待する権限がありません。リストはそのまま残っています。',
  copyAddresses: 'アドレスをコピー',
  copied: 'アドレスをコピーしました。',
  copyFailed: 'ブラウザーでアドレスのコピーが許可されませんでした。',
  stepUp: 'これらの招待を送信するには、本人確認をしてから再試行してください。リストはそのまま残っています。',
  awaitingAuth: 'サインインをお待ちしています…',
  awaitingStepUp: '本人確認をお待ちしています…',
  cancelled: '送信をキャンセルしました。入力した内容はすべて残っています。',
  resendInvitation: '招待を再送信',
  resending: '再送信中…',
  resent: '招待を再送信しました。',
  resendFailed: ({ message }) => `再送信できませんでした。${message}`,

  // ─── コード別のエラー ───
  errors,

  // ─── コアが返す理由 ───
  reasons: {
    missing: 'メールアドレスがありません。',
    too_long: ({ max }) => `アドレスとしては長すぎます（${n(max)} 文字超）。`,
    invisible_char: '見えない文字（ゼロ幅スペースなど）が含まれています。',
    control_char: '制御文字が含まれています。',
    missing_at: '@ がありません（アドレスは name@example.com の形式です）。',
    many_at: '@ が 2 つ以上あります。',
    empty_local: '@ の前に何もありません。',
    empty_domain: '@ の後に何もありません（ドメインがありません）。',
    quoted_local: '@ の前の引用符付きの名前は使用できません。',
    space: 'スペースが含まれています。',
    local_not_ascii: '@ の前に使えるのは ASCII の英字、数字、. _ - + などの記号だけです。',
    local_char: ({ char }) => `@ の前に使用できない文字「${char}」があります。`,
    local_dot_edge: '@ の前の部分がドットで始まるか、ドットで終わっています。',
    local_double_dot: '@ の前の部分にドットが 2 つ続いています。',
    local_too_long: '@ の前の部分が 64 文字を超えています。',
    address_too_long: 'アドレスが 254 文字を超えています。',
    ip_domain: 'ドメインの代わりに IP アドレスを使ったアドレスは使用できません。',
    domain_char: ({ char }) => `ドメインに使用できない文字「${char}」があります。`,
    mixed_scripts: ({ label, unicode }) =>
      `ドメインの「${label}」${unicode ? `（${unicode}）` : ''}で複数の文字体系が混在しています（なりすましの可能性があります）。`,
    idn_invalid: 'ドメインが有効な国際化ドメイン名ではありません。',
    punycode_invalid: ({ label }) => `ドメインの「${label}」は有効な国際化ドメイン名ではありません。`,
    domain_dot_end: 'ドメインがドットで終わっています。',
    domain_dot_start: 'ドメインがドットで始まっています。',
    domain_no_dot: 'ドメインにドットがありません（example.com のように入力してください）。',
    domain_double_dot: 'ドメインにドットが 2 つ続いています。',
    label_too_long: 'ドメインの一部が 63 文字を超えています。',
    label_hyphen: 'ドメインの一部がハイフンで始まるか、ハイフンで終わっています。',
    domain_not_ldh: 'ドメインに使えるのは英字、数字、ハイフンだけです。',
    tld_not_alpha: 'ドメインの末尾は英字にしてください（.com など）。',
    domain_too_long: 'ドメインが 253 文字を超えています。',
    not_alone: 'これだけではメールアドレスになりません。',
    row_without_email: 'この行にはメールアドレスがありません。',
    cell_not_read: 'このセルはアドレスでも、名前やロールでもありません。',
    too_many: ({ max, count }) => `一度に送信できる招待は最大 ${n(max)} 件です（ここには ${n(count)} 件あります）。`,
    unknown_role: ({ roles: slugs }) => `不明なロールです：${roles(slugs)}。`,
    one_role_only: ({ roles: slugs }) => `ここでは招待ごとにロールは 1 つだけです（${roles(slugs)} は同時に指定できません）。`,
    no_roles: ({ roles: slugs }) => `ここではロールを付与できません（${roles(slugs)} も付与できません）。`,
    several_system_roles: ({ roles: slugs }) => `ロールは 1 つだけ選択してください：${roles(slugs, 'or')}。`,
    custom_needs_member: ({ roles: slugs }) => `カスタムロール（${roles(slugs)}）は${role('member')}ロールと一緒にのみ付与できます。`,
    role_above_own: ({ roles: slugs, own }) => `${roles(slugs)}ロールは付与できません。ご自身のロール（${role(own)}）より上位です。`,
    role_not_held: ({ roles: slugs }) => `${roles(slugs)}は付与できません。カスタムロールは、そのロールを持つ人だけが付与できます。`,
    expiry_out_of_range: ({ unit: of, min, max }) => `招待の有効期間は ${n(min)}〜${unit(max, of)} の整数で指定してください。`,
  },
};

export default ja;

// Intl says the current minute as「1 分以内」: a past time is「たった今」instead.
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const ago = (time: string) => (time === thisMinute ? 'たった今' : time);
// 「3 日後に」「2 日前に」「1 分以内に」, but「明日」「昨日」「たった今」on their own.
const at = (time: string) => (/[前後内]$/.test(time) ? `${time}に` : time);

/** 招待一覧の日本語: `import { invitationListMessages } from 'invite-kit/messages/ja'`。 */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: '招待',
  listLabel: '送信済みの招待',
  filterLabel: '表示',
  filterOption: ({ label, count }) => `${label}（${n(count)}）`,
  filterAll: 'すべて',
  states: { pending: '保留中', expired: '期限切れ', revoked: '取り消し済み', accepted: '承諾済み' },
  roleLabel: 'ロール',
  roleNames,
  expiresIn: ({ time }) => `${at(time)}期限切れ`,
  expiredAgo: ({ time }) => `${at(ago(time))}期限切れ`,
  acceptedAgo: ({ time }) => `${at(ago(time))}承諾`,
  revokedAgo: ({ time }) => `${at(ago(time))}取り消し`,
  sentAgo: ({ time }) => `${at(ago(time))}送信`,
  invitedBy: ({ name }) => `招待者：${name}`,
  actions: { resend: '再送信', revoke: '取り消す', reinvite: '再招待', copyLink: 'リンクをコピー' },
  actionFor: ({ action, email }) =>
    ({
      resend: `${email} への招待を再送信`,
      revoke: `${email} への招待を取り消す`,
      reinvite: `${email} を再招待`,
      copyLink: `${email} の招待リンクをコピー`,
    })[action],
  confirmRevoke: ({ email }) => `${email} への招待を取り消しますか？招待リンクは使えなくなります。`,
  confirmRevokeAction: '取り消す',
  cancelRevoke: '残す',
  acting: { resend: '再送信中…', revoke: '取り消し中…', reinvite: '再招待中…' },
  done: ({ action, email }) =>
    ({
      resend: `${email} に招待を再送信しました。`,
      revoke: `${email} への招待を取り消しました。`,
      reinvite: `${email} を再招待しました。`,
    })[action],
  failed: ({ action, email, message }) =>
    `${{
      resend: `${email} に招待を再送信できませんでした`,
      revoke: `${email} への招待を取り消せませんでした`,
      reinvite: `${email} を再招待できませんでした`,
    }[action]}：${message}`,
  unknown: ({ action, email }) =>
    `${email} について応答がありませんでした。${{ resend: '招待は再送信された', revoke: '招待は取り消された', reinvite: '再招待された' }[action]}可能性があります。リストを更新して確認してください。`,
  aboveYourRole: 'この招待は、ご自身より上位のロールへの招待です。',
  notHeld: 'この招待は、ご自身が持っていないロールを付与します。',
  linkCopied: ({ email }) => `${email} の招待リンクをコピーしました。`,
  copyFailed: 'ブラウザーでリンクのコピーが許可されませんでした。',
  loading: '招待を読み込んでいます…',
  empty: 'まだ招待はありません。招待した人は、参加するまでここに表示されます。',
  emptyFiltered: ({ state }) => `「${state}」の招待はありません。`,
  loadFailed: ({ message }) => `招待を読み込めませんでした。${message}`,
  refreshFailed: ({ message }) => `リストを更新できませんでした。${message}`,
  moreFailed: ({ message }) => `続きの招待を読み込めませんでした。${message}`,
  retry: '再試行',
  refresh: '更新',
  loadMore: 'さらに読み込む',
  loadingMore: '読み込み中…',
  loadedMore: ({ count }) => p(count, { zero: 'これ以上の招待はありません。', other: '招待をさらに # 件表示しました。' }),
  refreshed: 'リストを更新しました。',
  unsupported:
    'この招待サービスは招待メールを送信しますが、招待の一覧を保持しません。そのため、ここでは送信済みの招待の表示、再送信、取り消しはできません。',
  forbidden: 'この組織の招待を表示する権限がありません。',
  unauthenticated: 'セッションの有効期限が切れました。招待を表示するには、もう一度サインインしてください。',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': '応答を受け取る前に接続が切れました。',
    'invite.timeout': '時間内に応答がありませんでした。',
    'invite.aborted': '応答を受け取る前に中止されました。',
    'invite.invalid_response': 'サーバーの応答を読み取れませんでした。',
    'invite.invitation_not_found': 'この招待はもう存在しません。',
    'invite.not_pending': 'この招待はもう保留中ではありません。',
    'invite.invitation_expired': 'この招待は期限切れです。代わりに再招待してください。',
    'invite.invitation_revoked': 'この招待は取り消されました。',
    'invite.invitation_accepted': 'この招待はすでに承諾されています。',
    'invite.not_supported': 'この招待サービスではこの操作はできません。',
    'invite.busy': 'この招待に対する別の操作がまだ進行中です。',
    'invite.not_revoked': '招待は取り消されませんでした。',
  }),
};
