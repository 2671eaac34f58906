/**
 * The dialog's strings in Arabic, for the right-to-left stories: a complete `messages` object, as a
 * host translating the kit would write it. Arabic has six plural categories (zero, one, two, few,
 * many, other); `plural(…, 'ar')` picks the right one and writes the count in Arabic digits.
 */
import { plural, type InviteDialogMessages, type PluralForms } from '../../src/components/messages';
import type { InvitationListMessages } from '../../src/hooks/invitation-messages';

const ar = (count: number, forms: PluralForms) => plural(count, forms, 'ar');
const digits = new Intl.NumberFormat('ar');
const n = (value: number) => digits.format(value);

export const arabicMessages: InviteDialogMessages = {
  roleSelectLabel: 'الدور',
  rolePlaceholder: 'اختر دورًا',
  customRolesLabel: 'أدوار مخصّصة',
  customRolesNeedMember: ({ member }) => `لا تُمنح الأدوار المخصّصة إلا مع دور «${member}».`,
  roleAboveYourLevel: ({ name }) => `أعلى من دورك («${name}»).`,
  roleNotHeld: 'لا يمنح هذا الدور إلا من يحمله.',
  roleUnknown: 'ليس دورًا في هذه المؤسسة: أزِل التحديد.',
  localeSelectLabel: 'اللغة',
  localePlaceholder: 'اختر لغة',

  trigger: 'دعوة أشخاص',
  title: 'دعوة أشخاص',
  description: 'يتلقّى كل شخص رسالة بريد إلكتروني فيها رابط للانضمام إلى مؤسستك.',
  close: 'إغلاق',
  emailLabel: 'عناوين البريد الإلكتروني',
  emailPlaceholder: 'name@company.com',
  emailHint: 'اضغط Enter أو فاصلة أو فاصلة منقوطة بعد كل عنوان، أو الصق قائمة.',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) =>
    `${n(count)} من ${ar(max, { one: 'عنوان واحد', two: 'عنوانين', few: '# عناوين', many: '# عنوانًا', other: '# عنوان' })} على الأكثر`,
  entriesLabel: 'العناوين المراد دعوتها',
  chipHint: 'Enter للتعديل، وDelete للإزالة.',
  editEntry: ({ email }) => `تعديل ${email}`,
  removeEntry: ({ email }) => `إزالة ${email}`,
  entryLocked: 'قيد الإرسال: لا يمكن تغييره الآن.',
  overflow: ({ count }) =>
    ar(count, {
      one: 'وعنوان آخر غير معروض.',
      two: 'وعنوانان آخران غير معروضين.',
      few: 'و# عناوين أخرى غير معروضة.',
      many: 'و# عنوانًا آخر غير معروض.',
      other: 'و# عنوان آخر غير معروض.',
    }),
  clearAll: 'إزالة الكل',
  added: ({ added, duplicates, invalid, rolesIgnored = 0 }) =>
    [
      ar(added, {
        zero: 'لم يُضَف أي عنوان جديد.',
        one: 'أُضيف عنوان واحد.',
        two: 'أُضيف عنوانان.',
        few: 'أُضيفت # عناوين.',
        many: 'أُضيف # عنوانًا.',
        other: 'أُضيف # عنوان.',
      }),
      duplicates > 0 &&
        ar(duplicates, {
          one: 'دُمج عنوان مكرّر.',
          two: 'دُمج عنوانان مكرّران.',
          few: 'دُمجت # عناوين مكرّرة.',
          many: 'دُمج # عنوانًا مكرّرًا.',
          other: 'دُمج # عنوان مكرّر.',
        }),
      invalid > 0 &&
        ar(invalid, {
          one: 'عنوان واحد غير صالح.',
          two: 'عنوانان غير صالحين.',
          few: '# عناوين غير صالحة.',
          many: '# عنوانًا غير صالح.',
          other: '# عنوان غير صالح.',
        }),
      rolesIgnored > 0 &&
        `${ar(rolesIgnored, {
          one: 'لم يُطبَّق الدور المعطى لشخص واحد',
          two: 'لم تُطبَّق الأدوار المعطاة لشخصين',
          few: 'لم تُطبَّق الأدوار المعطاة لـ# أشخاص',
          many: 'لم تُطبَّق الأدوار المعطاة لـ# شخصًا',
          other: 'لم تُطبَّق الأدوار المعطاة لـ# شخص',
        })}: هذه الخدمة ترسل الدعوات بلا أدوار.`,
    ]
      .filter(Boolean)
      .join(' '),
  removed: ({ email }) => `أُزيل ${email}.`,
  statusSending: 'جارٍ الإرسال',
  statusSent: 'تمّت الدعوة',
  statusAlreadyMember: 'عضو بالفعل',
  statusAlreadyPending: 'مدعوّ بالفعل',
  statusWaiting: 'في الانتظار',
  statusFailed: 'تعذّر الإرسال',
  statusUnknown: 'ربما أُرسلت',
  statusInvalid: 'يحتاج إلى تصحيح',
  roleLabel: 'الدور',
  rolePerPerson: 'دور لكل شخص',
  roleFor: ({ email }) => `دور ${email}`,
  customRolesFor: ({ email }) => `أدوار مخصّصة لـ ${email}`,
  roleNote: ({ email, message }) => `دور ${email}: ${message}`,
  blockedRoles: ({ count }) =>
    ar(count, {
      one: 'اختر دورًا صالحًا لشخص واحد للإرسال.',
      two: 'اختر دورًا صالحًا لشخصين للإرسال.',
      few: 'اختر دورًا صالحًا لـ # أشخاص للإرسال.',
      many: 'اختر دورًا صالحًا لـ # شخصًا للإرسال.',
      other: 'اختر دورًا صالحًا لـ # شخص للإرسال.',
    }),
  noteGroup: ({ count, message }) =>
    `${ar(count, { one: 'شخص واحد', two: 'شخصان', few: '# أشخاص', many: '# شخصًا', other: '# شخص' })}: ${message}`,
  retryIn: ({ time }) => `أعد المحاولة بعد ${time}.`,
  retryNow: 'انتهت مدة الانتظار: يمكنك إعادة المحاولة الآن.',
  overflowKept: ({ count, max }) =>
    `${ar(count, { one: 'عنوان واحد لم يتّسع', two: 'عنوانان لم يتّسعا', few: '# عناوين لم تتّسع', many: '# عنوانًا لم يتّسع', other: '# عنوان لم يتّسع' })} (${n(max)} على الأكثر في المرة الواحدة). بقيت في الحقل: أضفها حين يتّسع المكان.`,
  kept: ({ count, max, full }) =>
    `لا يزيد العدد على ${n(max)} شخص في المرة الواحدة. ${ar(count, {
      zero: 'بقية اللصق محفوظة.',
      one: 'عنوان آخر واحد محفوظ.',
      two: 'عنوانان آخران محفوظان.',
      few: '# عناوين أخرى محفوظة.',
      many: '# عنوانًا آخر محفوظًا.',
      other: '# عنوان آخر محفوظ.',
    })}${full ? ' تنضمّ إلى القائمة بعد الإرسال.' : ''}`,
  keptAdd: ({ count }) => `أضف التالية (${n(count)})`,
  keptCopy: 'انسخها',
  didYouMean: ({ suggestion }) => `هل تقصد ${suggestion}؟`,
  typoWarning: ({ count }) =>
    ar(count, {
      one: 'تحقّق من عنوان واحد: ربما فيه خطأ إملائي.',
      two: 'تحقّق من عنوانين: ربما فيهما خطأ إملائي.',
      few: 'تحقّق من # عناوين: ربما فيها خطأ إملائي.',
      many: 'تحقّق من # عنوانًا: ربما فيها خطأ إملائي.',
      other: 'تحقّق من # عنوان: ربما فيها خطأ إملائي.',
    }),
  removedMany: ({ count, email }) =>
    count === 1 ? `أُزيل ${email}.` : ar(count, { two: 'أُزيل عنوانان.', few: 'أُزيلت # عناوين.', many: 'أُزيل # عنوانًا.', other: 'أُزيل # عنوان.' }),
  undo: 'تراجع',
  restored: ({ count }) => ar(count, { one: 'أُعيد عنوان واحد.', two: 'أُعيد عنوانان.', few: 'أُعيدت # عناوين.', many: 'أُعيد # عنوانًا.', other: 'أُعيد # عنوان.' }),
  localeLabel: 'لغة رسالة الدعوة',
  expiryLabel: ({ unit }) => (unit === 'days' ? 'مدة صلاحية الدعوة (بالأيام)' : 'مدة صلاحية الدعوة (بالدقائق)'),
  expiryHint: ({ min, max, unit }) => `من ${n(min)} إلى ${n(max)} ${unit === 'days' ? 'يومًا' : 'دقيقة'}.`,
  send: ({ count }) =>
    ar(count, {
      zero: 'إرسال الدعوات',
      one: 'إرسال دعوة واحدة',
      two: 'إرسال دعوتين',
      few: 'إرسال # دعوات',
      many: 'إرسال # دعوة',
      other: 'إرسال # دعوة',
    }),
  // Some may have been sent or are only waiting: a plain "retry (n)" rather than calling them failed.
  retry: ({ count, unknown = 0, waiting = 0 }) =>
    unknown + waiting > 0
      ? `إعادة المحاولة (${n(count)})`
      : ar(count, {
          one: 'إعادة إرسال دعوة متعذّرة',
          two: 'إعادة إرسال دعوتين متعذّرتين',
          few: 'إعادة إرسال # دعوات متعذّرة',
          many: 'إعادة إرسال # دعوة متعذّرة',
          other: 'إعادة إرسال # دعوة متعذّرة',
        }),
  cancelSend: 'إلغاء',
  done: 'تمّ',
  progress: ({ current, total }) => `جارٍ إرسال ${n(current)} من ${n(total)}…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember = 0 }) =>
    [
      // Like the English summary: "0 invited" only when there is nothing else to say.
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) &&
        ar(sent, {
          zero: 'لم تُرسَل أي دعوة',
          one: 'أُرسلت دعوة واحدة',
          two: 'أُرسلت دعوتان',
          few: 'أُرسلت # دعوات',
          many: 'أُرسلت # دعوة',
          other: 'أُرسلت # دعوة',
        }),
      alreadyMember > 0 && ar(alreadyMember, { one: 'عضو واحد بالفعل', two: 'عضوان بالفعل', few: '# أعضاء بالفعل', many: '# عضوًا بالفعل', other: '# عضو بالفعل' }),
      alreadyInvited - alreadyMember > 0 && ar(alreadyInvited - alreadyMember, { one: 'شخص مدعوّ بالفعل', two: 'شخصان مدعوّان بالفعل', few: '# أشخاص مدعوّون بالفعل', many: '# شخصًا مدعوًّا بالفعل', other: '# شخص مدعوّ بالفعل' }),
      failed > 0 && ar(failed, { one: 'تعذّرت دعوة واحدة', two: 'تعذّرت دعوتان', few: 'تعذّرت # دعوات', many: 'تعذّرت # دعوة', other: 'تعذّرت # دعوة' }),
      waiting > 0 && ar(waiting, { one: 'دعوة واحدة في الانتظار', two: 'دعوتان في الانتظار', few: '# دعوات في الانتظار', many: '# دعوة في الانتظار', other: '# دعوة في الانتظار' }),
      unknown > 0 && ar(unknown, { one: 'دعوة ربما أُرسلت', two: 'دعوتان ربما أُرسلتا', few: '# دعوات ربما أُرسلت', many: '# دعوة ربما أُرسلت', other: '# دعوة ربما أُرسلت' }),
    ]
      .filter(Boolean)
      .join('، ') + '.',
  blockedEmpty: 'أضف عنوان بريد إلكتروني واحدًا على الأقل للإرسال.',
  blockedInvalid: ({ count }) =>
    ar(count, {
      one: 'صحّح العنوان غير الصالح أو أزِله للإرسال.',
      two: 'صحّح العنوانين غير الصالحين أو أزِلهما للإرسال.',
      few: 'صحّح # عناوين غير صالحة أو أزِلها للإرسال.',
      many: 'صحّح # عنوانًا غير صالح أو أزِلها للإرسال.',
      other: 'صحّح # عنوان غير صالح أو أزِلها للإرسال.',
    }),
  offline: 'أنت غير متصل بالإنترنت. يمكنك إرسال الدعوات عند عودة الاتصال.',
  rateLimited: ({ time }) => `دعوات كثيرة في وقت قصير. يمكنك إعادة المحاولة بعد ${time}.`,
  unauthenticated: 'انتهت جلستك. سجّل الدخول مجددًا ثم أعد المحاولة: قائمتك محفوظة.',
  forbidden: 'ليست لديك صلاحية دعوة أشخاص إلى هذه المؤسسة. قائمتك محفوظة.',
  copyAddresses: 'نسخ العناوين',
  copied: 'نُسخت العناوين.',
  copyFailed: 'لم يسمح المتصفح بنسخ العناوين.',
  stepUp: 'أكّد هويتك لإرسال هذه الدعوات ثم أعد المحاولة: قائمتك محفوظة.',
  awaitingAuth: 'بانتظار تسجيل دخولك…',
  awaitingStepUp: 'بانتظار تأكيد هويتك…',
  cancelled: 'أُلغي الإرسال. لم يضِع شيء ممّا أدخلته.',
  resendInvitation: 'إعادة إرسال الدعوة',
  resending: 'جارٍ إعادة الإرسال…',
  resent: 'أُعيد إرسال الدعوة.',
  resendFailed: ({ message }) => `لم يُعَد الإرسال. ${message}`,
  errors: {
    'invite.invalid_email': 'هذا ليس عنوان بريد إلكتروني صالحًا.',
    'invite.duplicate_email': 'هذا العنوان موجود في القائمة بالفعل.',
    'invite.self_invite': 'لا يمكنك دعوة نفسك.',
    'invite.batch_too_large': 'عدد الدعوات في الدفعة الواحدة كبير جدًا.',
    'invite.insufficient_role': 'لا يمكنك منح دور أعلى من دورك.',
    'invite.already_member': 'عضو في هذه المؤسسة بالفعل.',
    'invite.already_pending': 'توجد دعوة معلّقة لهذا العنوان بالفعل.',
    'invite.send_failed': 'تعذّر إيصال الدعوة. حاول مرة أخرى.',
    'invite.org_rate_limited': 'بلغت مؤسستك حدّ الدعوات. حاول لاحقًا.',
    'invite.ip_rate_limited': 'طلبات كثيرة من هذه الشبكة. حاول بعد قليل.',
    'invite.network_error': 'انقطعت الشبكة قبل وصول الرد. ربما أُرسلت الدعوة.',
    'invite.timeout': 'لم يصل رد في الوقت المحدد. ربما أُرسلت الدعوة.',
    'authorize.unauthenticated': 'انتهت جلستك.',
    'authorize.forbidden': 'ليست لديك صلاحية دعوة أشخاص.',
    'mfa.step_up_required': 'أكّد هويتك لدعوة أشخاص بهذا الدور.',
  },
};

const ACTIONS_AR = { resend: 'إعادة الإرسال', revoke: 'الإلغاء', reinvite: 'الدعوة من جديد' } as const;

/** The invitations list's strings in Arabic; relative times come from `Intl` with `locale: 'ar'`. */
export const arabicListMessages: InvitationListMessages = {
  title: 'الدعوات',
  listLabel: 'الدعوات المُرسلة',
  filterLabel: 'عرض',
  filterOption: ({ label, count }) => `${label} (${n(count)})`,
  filterAll: 'الكل',
  states: { pending: 'معلّقة', expired: 'منتهية', revoked: 'ملغاة', accepted: 'مقبولة' },
  roleLabel: 'الدور',
  expiresIn: ({ time }) => `تنتهي ${time}`,
  expiredAgo: ({ time }) => `انتهت ${time}`,
  acceptedAgo: ({ time }) => `قُبلت ${time}`,
  revokedAgo: ({ time }) => `أُلغيت ${time}`,
  sentAgo: ({ time }) => `أُرسلت ${time}`,
  invitedBy: ({ name }) => `دعاها ${name}`,
  actions: { resend: 'إعادة إرسال', revoke: 'إلغاء', reinvite: 'دعوة من جديد', copyLink: 'نسخ الرابط' },
  actionFor: ({ action, email }) =>
    ({ resend: `إعادة إرسال الدعوة إلى ${email}`, revoke: `إلغاء الدعوة إلى ${email}`, reinvite: `دعوة من جديد ${email}`, copyLink: `نسخ الرابط لدعوة ${email}` })[action],
  confirmRevoke: ({ email }) => `إلغاء الدعوة إلى ${email}؟ سيتوقف رابطها عن العمل.`,
  confirmRevokeAction: 'إلغاء',
  cancelRevoke: 'إبقاء',
  acting: { resend: 'جارٍ إعادة الإرسال…', revoke: 'جارٍ الإلغاء…', reinvite: 'جارٍ إرسال دعوة جديدة…' },
  done: ({ action, email }) => ({ resend: `أُعيد إرسال الدعوة إلى ${email}.`, revoke: `أُلغيت الدعوة إلى ${email}.`, reinvite: `دُعي ${email} من جديد.` })[action],
  failed: ({ action, email, message }) => `تعذّرت ${ACTIONS_AR[action]} لـ ${email}: ${message}`,
  unknown: ({ action, email }) => `لم يصل رد بشأن ${email}: ربما تمّت ${ACTIONS_AR[action]}. حدّث القائمة للتأكد.`,
  aboveYourRole: 'هذه الدعوة لدور أعلى من دورك.',
  notHeld: 'هذه الدعوة تمنح دورًا لا تحمله.',
  linkCopied: ({ email }) => `نُسخ رابط دعوة ${email}.`,
  copyFailed: 'لم يسمح المتصفح بنسخ الرابط.',
  loading: 'جارٍ تحميل الدعوات…',
  empty: 'لا دعوات بعد. يظهر هنا من تدعوهم حتى ينضموا.',
  emptyFiltered: ({ state }) => `لا دعوات ${state}.`,
  loadFailed: ({ message }) => `تعذّر تحميل الدعوات. ${message}`,
  refreshFailed: ({ message }) => `تعذّر تحديث القائمة. ${message}`,
  moreFailed: ({ message }) => `تعذّر تحميل المزيد. ${message}`,
  retry: 'حاول مجددًا',
  refresh: 'تحديث',
  loadMore: 'تحميل المزيد',
  loadingMore: 'جارٍ التحميل…',
  loadedMore: ({ count }) => ar(count, { zero: 'لا مزيد من الدعوات.', one: 'عُرضت دعوة أخرى.', two: 'عُرضت دعوتان أخريان.', few: 'عُرضت # دعوات أخرى.', many: 'عُرضت # دعوة أخرى.', other: 'عُرضت # دعوة أخرى.' }),
  refreshed: 'حُدّثت الدعوات.',
  unsupported: 'ترسل خدمة الدعوات هذه رسائل الدعوة لكنها لا تحفظ قائمة بها، فلا يمكن عرض الدعوات المرسلة أو إعادة إرسالها أو إلغاؤها هنا.',
  forbidden: 'ليست لديك صلاحية الاطلاع على دعوات هذه المؤسسة.',
  unauthenticated: 'انتهت جلستك. سجّل الدخول من جديد لرؤية الدعوات.',
  errors: arabicMessages.errors,
};
