/**
 * العربية: `import ar from 'invite-kit/messages/ar'`. عربية فصحى بصيغة المخاطَب، وعلامات تنصيص « ».
 * لكل عدد ست صيغ (zero وone وtwo وfew وmany وother) يفرضها النوع. العناوين والرموز اللاتينية معزولة
 * (U+2068 … U+2069) لتبقى من اليسار إلى اليمين داخل النص العربي. المصطلحات والأسلوب: `glossary/ar.md`.
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, isolate as iso, pluralsOf } from './format';

const locale = 'ar';
const p = pluralsOf<'zero' | 'one' | 'two' | 'few' | 'many'>(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: 'عضو', billing: 'الفوترة', admin: 'مسؤول', owner: 'مالك' };
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => `«${iso(roleNames[slug as SystemRole] ?? slug)}»`;
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);

// The counted nouns, in the six forms Arabic gives a number.
const addresses = { zero: 'لا عناوين', one: 'عنوان واحد', two: 'عنوانان', few: '# عناوين', many: '# عنوانًا', other: '# عنوان' };
const people = { zero: 'لا أحد', one: 'شخص واحد', two: 'شخصان', few: '# أشخاص', many: '# شخصًا', other: '# شخص' };
const toPeople = { zero: 'لأحد', one: 'لشخص واحد', two: 'لشخصين', few: 'لـ# أشخاص', many: 'لـ# شخصًا', other: 'لـ# شخص' };
const invitations = { zero: '# دعوة', one: 'دعوة واحدة', two: 'دعوتين', few: '# دعوات', many: '# دعوة', other: '# دعوة' };
const letters = { zero: '# حرف', one: 'حرف واحد', two: 'حرفين', few: '# أحرف', many: '# حرفًا', other: '# حرف' };

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': 'انتهت جلستك. سجّل الدخول مجددًا لإرسال الدعوات.',
  'authorize.forbidden': 'ليست لديك صلاحية دعوة أشخاص إلى هذه المؤسسة.',
  'mfa.step_up_required': 'أكّد هويتك لدعوة أشخاص بهذا الدور.',
  'invite.ip_rate_limited': 'دعوات كثيرة من هذه الشبكة. حاول بعد قليل.',
  'invite.org_rate_limited': 'بلغت مؤسستك حدّ الدعوات. حاول لاحقًا.',
  'invite.invalid_org_id': 'معرّف المؤسسة غير صالح.',
  'invite.org_not_found': 'هذه المؤسسة غير موجودة.',
  'invite.unauthorized': 'يجب تسجيل الدخول لإرسال الدعوات.',
  'invite.org_mismatch': 'ليس لديك وصول إلى هذه المؤسسة.',
  'invite.user_lookup_failed': 'تعذّر على الخادم العثور على حسابك. حاول مرة أخرى.',
  'invite.member_lookup_failed': 'تعذّر على الخادم التحقق من عضويتك. حاول مرة أخرى.',
  'invite.decode_failed': 'محتوى الطلب ليس JSON صالحًا.',
  'invite.empty_batch': 'أضف عنوان بريد إلكتروني واحدًا على الأقل.',
  'invite.batch_too_large': 'عدد الدعوات في الدفعة الواحدة كبير جدًا.',
  'invite.duplicate_email': 'هذا العنوان موجود في القائمة بالفعل.',
  'invite.invalid_email': 'هذا ليس عنوان بريد إلكتروني صالحًا.',
  'invite.self_invite': 'لا يمكنك دعوة نفسك.',
  'invite.invalid_role': 'دور غير معروف.',
  'invite.no_system_role': 'اختر أحد الأدوار: عضو أو الفوترة أو مسؤول أو مالك.',
  'invite.multiple_system_roles': 'اختر دورًا واحدًا فقط من: عضو أو الفوترة أو مسؤول أو مالك.',
  'invite.custom_roles_not_allowed': 'لا تُمنح الأدوار المخصّصة إلا مع دور «عضو».',
  'invite.insufficient_role': 'لا يمكنك منح دور أعلى من دورك.',
  'invite.already_member': 'عضو في هذه المؤسسة بالفعل.',
  'invite.already_pending': 'توجد دعوة معلّقة لهذا العنوان بالفعل.',
  'invite.role_resolve_failed': 'تعذّر على الخادم تحديد الأدوار.',
  'invite.send_failed': 'تعذّر إيصال الدعوة. حاول مرة أخرى.',
  'invite.invalid_expiry': 'مدة صلاحية الدعوة خارج النطاق المسموح به.',
  'invite.roles_not_supported': 'لا يمكن منح هذه الأدوار هنا.',
  'invite.server_misconfigured': 'الدعوات غير مُعدّة على الخادم. تواصل مع أحد المسؤولين.',
  'invite.network_error': 'انقطعت الشبكة قبل وصول الرد. ربما أُرسلت الدعوة.',
  'invite.timeout': 'لم يصل رد في الوقت المحدد. ربما أُرسلت الدعوة.',
  'invite.aborted': 'أُلغي الإرسال.',
  'invite.invalid_response': 'تعذّرت قراءة رد الخادم. ربما أُرسلت الدعوة.',
};

const ar: InviteKitMessages = {
  locale,
  roleNames,

  // ─── اختيار الدور واللغة ───
  roleSelectLabel: 'الدور',
  rolePlaceholder: 'اختر دورًا',
  customRolesLabel: 'أدوار مخصّصة',
  customRolesNeedMember: ({ member }) => `لا تُمنح الأدوار المخصّصة إلا مع دور «${member}».`,
  roleAboveYourLevel: ({ name }) => `أعلى من دورك («${name}»).`,
  roleNotHeld: 'لا يمنح هذا الدور إلا من يحمله.',
  roleUnknown: 'ليس دورًا في هذه المؤسسة: أزِل التحديد.',
  localeSelectLabel: 'اللغة',
  localePlaceholder: 'اختر لغة',

  // ─── مربع الحوار ───
  trigger: 'دعوة أشخاص',
  title: 'دعوة أشخاص',
  description: 'يتلقّى كل شخص رسالة بريد إلكتروني فيها رابط للانضمام إلى مؤسستك.',
  close: 'إغلاق',
  emailLabel: 'عناوين البريد الإلكتروني',
  emailPlaceholder: 'name@company.com',
  emailHint: 'اضغط Enter أو فاصلة أو فاصلة منقوطة بعد كل عنوان، أو الصق قائمة.',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) =>
    `${n(count)} من ${p(max, { zero: '# عنوان', one: 'عنوان واحد', two: 'عنوانين', few: '# عناوين', many: '# عنوانًا', other: '# عنوان' })} على الأكثر`,
  entriesLabel: 'العناوين المراد دعوتها',
  chipHint: 'Enter للتعديل، وDelete للإزالة.',
  editEntry: ({ email }) => `تعديل ${email}`,
  removeEntry: ({ email }) => `إزالة ${email}`,
  entryLocked: 'قيد الإرسال: لا يمكن تغييره الآن.',
  clearAll: 'إزالة الكل',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      p(added, {
        zero: 'لم يُضَف أي عنوان جديد.',
        one: 'أُضيف عنوان واحد.',
        two: 'أُضيف عنوانان.',
        few: 'أُضيفت # عناوين.',
        many: 'أُضيف # عنوانًا.',
        other: 'أُضيف # عنوان.',
      }),
      duplicates > 0 &&
        p(duplicates, {
          zero: 'لا عناوين مكرّرة.',
          one: 'دُمج عنوان مكرّر.',
          two: 'دُمج عنوانان مكرّران.',
          few: 'دُمجت # عناوين مكرّرة.',
          many: 'دُمج # عنوانًا مكرّرًا.',
          other: 'دُمج # عنوان مكرّر.',
        }),
      invalid > 0 &&
        p(invalid, {
          zero: 'لا عناوين غير صالحة.',
          one: 'عنوان واحد غير صالح.',
          two: 'عنوانان غير صالحين.',
          few: '# عناوين غير صالحة.',
          many: '# عنوانًا غير صالح.',
          other: '# عنوان غير صالح.',
        }),
      skippedHeader && 'تم تخطّي سطر الترويسة.',
      rolesIgnored > 0 &&
        `${p(rolesIgnored, {
          zero: 'طُبّقت الأدوار كلها',
          one: 'لم يُطبَّق الدور المعطى لشخص واحد',
          two: 'لم تُطبَّق الأدوار المعطاة لشخصين',
          few: 'لم تُطبَّق الأدوار المعطاة لـ# أشخاص',
          many: 'لم تُطبَّق الأدوار المعطاة لـ# شخصًا',
          other: 'لم تُطبَّق الأدوار المعطاة لـ# شخص',
        })}: هذه الخدمة ترسل الدعوات بلا أدوار.`,
    ]
      .filter(Boolean)
      .join(' '),
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
  roleFor: ({ email }) => `دور ${iso(email)}`,
  roleNote: ({ email, message }) => `دور ${iso(email)}: ${message}`,
  blockedRoles: ({ count }) => `اختر دورًا صالحًا ${p(count, toPeople)} للإرسال.`,
  noteGroup: ({ count, message }) => `${p(count, people)}: ${message}`,
  retryIn: ({ time }) => `أعد المحاولة بعد ${iso(time)}.`,
  retryNow: 'انتهت مدة الانتظار: يمكنك إعادة المحاولة الآن.',
  kept: ({ count, max, full }) =>
    `لا يزيد العدد على ${p(max, people)} في المرة الواحدة. ${p(count, {
      zero: 'بقية اللصق محفوظة.',
      one: 'عنوان آخر واحد محفوظ.',
      two: 'عنوانان آخران محفوظان.',
      few: '# عناوين أخرى محفوظة.',
      many: '# عنوانًا آخر محفوظًا.',
      other: '# عنوان آخر محفوظ.',
    })}${full ? ' تنضمّ إلى القائمة بعد الإرسال.' : ''}`,
  keptAdd: ({ count }) => `أضف التالية (${n(count)})`,
  keptCopy: 'انسخها',
  didYouMean: ({ suggestion }) => `هل تقصد ${iso(suggestion)}؟`,
  typoWarning: ({ count }) =>
    p(count, {
      zero: 'لا يبدو في العناوين خطأ إملائي.',
      one: 'تحقّق من عنوان واحد: ربما فيه خطأ إملائي.',
      two: 'تحقّق من عنوانين: ربما فيهما خطأ إملائي.',
      few: 'تحقّق من # عناوين: ربما فيها أخطاء إملائية.',
      many: 'تحقّق من # عنوانًا: ربما فيها أخطاء إملائية.',
      other: 'تحقّق من # عنوان: ربما فيها أخطاء إملائية.',
    }),
  removedMany: ({ count, email }) =>
    count === 1
      ? `أُزيل ${iso(email)}.`
      : p(count, { zero: 'لم يُزَل أي عنوان.', one: 'أُزيل عنوان واحد.', two: 'أُزيل عنوانان.', few: 'أُزيلت # عناوين.', many: 'أُزيل # عنوانًا.', other: 'أُزيل # عنوان.' }),
  undo: 'تراجع',
  restored: ({ count }) =>
    p(count, { zero: 'لم يُستعَد أي عنوان.', one: 'أُعيد عنوان واحد.', two: 'أُعيد عنوانان.', few: 'أُعيدت # عناوين.', many: 'أُعيد # عنوانًا.', other: 'أُعيد # عنوان.' }),
  localeLabel: 'لغة رسالة الدعوة',
  expiryLabel: ({ unit: of }) => (of === 'days' ? 'مدة صلاحية الدعوة (بالأيام)' : 'مدة صلاحية الدعوة (بالدقائق)'),
  expiryHint: ({ min, max, unit: of }) => `من ${n(min)} إلى ${unit(max, of)}.`,
  send: ({ count }) =>
    p(count, {
      zero: 'إرسال الدعوات',
      one: 'إرسال دعوة واحدة',
      two: 'إرسال دعوتين',
      few: 'إرسال # دعوات',
      many: 'إرسال # دعوة',
      other: 'إرسال # دعوة',
    }),
  // Some may have been sent or only wait: a plain "retry (n)" rather than calling them failed.
  retry: ({ count, unknown = 0, waiting = 0 }) =>
    unknown + waiting > 0
      ? `إعادة المحاولة (${n(count)})`
      : p(count, {
          zero: 'إعادة المحاولة',
          one: 'إعادة إرسال دعوة متعذّرة',
          two: 'إعادة إرسال دعوتين متعذّرتين',
          few: 'إعادة إرسال # دعوات متعذّرة',
          many: 'إعادة إرسال # دعوة متعذّرة',
          other: 'إعادة إرسال # دعوة متعذّرة',
        }),
  cancelSend: 'إلغاء',
  done: 'تمّ',
  progress: ({ current, total }) => `جارٍ إرسال ${n(current)} من ${n(total)}…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      // Like the English summary: "0 invited" only when there is nothing else to say.
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) &&
        p(sent, {
          zero: 'لم تُرسَل أي دعوة',
          one: 'أُرسلت دعوة واحدة',
          two: 'أُرسلت دعوتان',
          few: 'أُرسلت # دعوات',
          many: 'أُرسلت # دعوة',
          other: 'أُرسلت # دعوة',
        }),
      alreadyMember !== undefined &&
        alreadyMember > 0 &&
        p(alreadyMember, { zero: 'لا أعضاء بالفعل', one: 'عضو واحد بالفعل', two: 'عضوان بالفعل', few: '# أعضاء بالفعل', many: '# عضوًا بالفعل', other: '# عضو بالفعل' }),
      alreadyPending > 0 &&
        p(alreadyPending, {
          zero: 'لا مدعوّين بالفعل',
          one: 'شخص مدعوّ بالفعل',
          two: 'شخصان مدعوّان بالفعل',
          few: '# أشخاص مدعوّون بالفعل',
          many: '# شخصًا مدعوًّا بالفعل',
          other: '# شخص مدعوّ بالفعل',
        }),
      failed > 0 && p(failed, { zero: 'لم تتعذّر أي دعوة', one: 'تعذّرت دعوة واحدة', two: 'تعذّرت دعوتان', few: 'تعذّرت # دعوات', many: 'تعذّرت # دعوة', other: 'تعذّرت # دعوة' }),
      waiting > 0 &&
        p(waiting, {
          zero: 'لا دعوات في الانتظار',
          one: 'دعوة واحدة في الانتظار',
          two: 'دعوتان في الانتظار',
          few: '# دعوات في الانتظار',
          many: '# دعوة في الانتظار',
          other: '# دعوة في الانتظار',
        }),
      unknown > 0 &&
        p(unknown, { zero: 'لا دعوات غير مؤكّدة', one: 'دعوة ربما أُرسلت', two: 'دعوتان ربما أُرسلتا', few: '# دعوات ربما أُرسلت', many: '# دعوة ربما أُرسلت', other: '# دعوة ربما أُرسلت' }),
    ]
      .filter(Boolean)
      .join('، ') + '.',
  blockedEmpty: 'أضف عنوان بريد إلكتروني واحدًا على الأقل للإرسال.',
  blockedInvalid: ({ count }) =>
    p(count, {
      zero: 'لا عناوين تحتاج إلى تصحيح.',
      one: 'صحّح العنوان غير الصالح أو أزِله للإرسال.',
      two: 'صحّح العنوانين غير الصالحين أو أزِلهما للإرسال.',
      few: 'صحّح # عناوين غير صالحة أو أزِلها للإرسال.',
      many: 'صحّح # عنوانًا غير صالح أو أزِلها للإرسال.',
      other: 'صحّح # عنوان غير صالح أو أزِلها للإرسال.',
    }),
  offline: 'أنت غير متصل بالإنترنت. يمكنك إرسال الدعوات عند عودة الاتصال.',
  rateLimited: ({ time }) => `دعوات كثيرة في وقت قصير. يمكنك إعادة المحاولة بعد ${iso(time)}.`,
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
  resendFailed: ({ message }) => `تعذّرت إعادة الإرسال. ${message}`,

  // ─── الأخطاء بحسب الرمز ───
  errors,

  // ─── الأسباب التي تذكرها النواة ───
  // Every value a literal or a function: a string composed when the module loads would keep this
  // whole object in a bundle that imports only the list's strings.
  reasons: {
    missing: 'عنوان البريد الإلكتروني مفقود.',
    too_long: ({ max }) => `أطول من أي عنوان ممكن (أكثر من ${p(max, letters)}).`,
    invisible_char: 'يحتوي على حرف غير مرئي (مثل مسافة صفرية العرض).',
    control_char: 'يحتوي على حرف تحكّم.',
    missing_at: 'الرمز @ مفقود (يكون العنوان بهذا الشكل: \u2068name@example.com\u2069).',
    many_at: 'يحتوي على أكثر من رمز @.',
    empty_local: 'لا شيء قبل @.',
    empty_domain: 'لا شيء بعد @: اسم النطاق مفقود.',
    quoted_local: 'الأسماء المحاطة بعلامات اقتباس قبل @ غير مقبولة.',
    space: 'يحتوي على مسافة.',
    local_not_ascii: 'لا يُسمح قبل @ إلا بحروف ASCII والأرقام ورموز مثل . _ - +.',
    local_char: ({ char }) => `يحتوي الجزء الذي قبل @ على «${iso(char)}»، وهو غير مسموح به.`,
    local_dot_edge: 'الجزء الذي قبل @ يبدأ بنقطة أو ينتهي بها.',
    local_double_dot: 'في الجزء الذي قبل @ نقطتان متتاليتان.',
    local_too_long: 'الجزء الذي قبل @ أطول من 64 حرفًا.',
    address_too_long: 'العنوان أطول من 254 حرفًا.',
    ip_domain: 'العناوين التي تستخدم عنوان IP بدلًا من اسم نطاق غير مقبولة.',
    domain_char: ({ char }) => `يحتوي اسم النطاق على «${iso(char)}»، وهو غير مسموح به.`,
    mixed_scripts: ({ label, unicode }) =>
      `الجزء «${iso(label)}»${unicode ? ` (${iso(unicode)})` : ''} من اسم النطاق يخلط بين أنظمة كتابة مختلفة (قد يكون انتحالًا).`,
    idn_invalid: 'اسم النطاق ليس اسمًا دوليًا صالحًا.',
    punycode_invalid: ({ label }) => `الجزء «${iso(label)}» من اسم النطاق ليس اسمًا دوليًا صالحًا.`,
    domain_dot_end: 'اسم النطاق ينتهي بنقطة.',
    domain_dot_start: 'اسم النطاق يبدأ بنقطة.',
    domain_no_dot: 'لا توجد نقطة في اسم النطاق (كما في \u2068example.com\u2069).',
    domain_double_dot: 'في اسم النطاق نقطتان متتاليتان.',
    label_too_long: 'أحد أجزاء اسم النطاق أطول من 63 حرفًا.',
    label_hyphen: 'أحد أجزاء اسم النطاق يبدأ بشرطة أو ينتهي بها.',
    domain_not_ldh: 'لا يجوز أن يحتوي اسم النطاق إلا على حروف وأرقام وشرطات.',
    tld_not_alpha: 'يجب أن تتكوّن نهاية اسم النطاق من حروف (مثل \u2068.com\u2069).',
    domain_too_long: 'اسم النطاق أطول من 253 حرفًا.',
    not_alone: 'هذا وحده ليس عنوان بريد إلكتروني.',
    row_without_email: 'لا يحتوي هذا الصف على عنوان بريد إلكتروني.',
    cell_not_read: 'هذه الخلية ليست عنوانًا ولا اسمًا ولا دورًا.',
    too_many: ({ max, count }) => `يمكن إرسال ${p(max, invitations)} على الأكثر في المرة الواحدة، وهذه الدفعة فيها ${n(count)}.`,
    unknown_role: ({ roles: slugs }) => (slugs.length === 1 ? `دور غير معروف: ${roles(slugs)}.` : `أدوار غير معروفة: ${roles(slugs)}.`),
    one_role_only: ({ roles: slugs }) => `لا يُسمح هنا إلا بدور واحد لكل دعوة، وليس ${roles(slugs)}.`,
    no_roles: ({ roles: slugs }) => `لا يمكن منح أدوار هنا، ولا حتى ${roles(slugs)}.`,
    several_system_roles: ({ roles: slugs }) => `اختر دورًا واحدًا فقط: ${roles(slugs, 'or')}.`,
    custom_needs_member: ({ roles: slugs }) => `لا تُمنح الأدوار المخصّصة (${roles(slugs)}) إلا مع دور ${role('member')}.`,
    role_above_own: ({ roles: slugs, own }) =>
      slugs.length === 1
        ? `لا يمكنك منح دور ${roles(slugs)}: فهو أعلى من دورك (${role(own)}).`
        : `لا يمكنك منح أدوار ${roles(slugs)}: فهي أعلى من دورك (${role(own)}).`,
    role_not_held: ({ roles: slugs }) => `لا يمكنك منح ${roles(slugs)}: لا يمنح الدور المخصّص إلا من يحمله.`,
    expiry_out_of_range: ({ unit: of, min, max }) => `مدة صلاحية الدعوة من ${n(min)} إلى ${unit(max, of)} (عدد صحيح).`,
  },
};

export default ar;

// Intl says the current minute as "هذه الدقيقة", which no sentence of the list takes: «قبل لحظات» instead.
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const ago = (time: string) => (time === thisMinute ? 'قبل لحظات' : time);
const soon = (time: string) => (time === thisMinute ? 'خلال أقل من دقيقة' : time);

/** قائمة الدعوات بالعربية: `import { invitationListMessages } from 'invite-kit/messages/ar'`. */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: 'الدعوات',
  listLabel: 'الدعوات المُرسَلة',
  filterLabel: 'عرض',
  filterOption: ({ label, count }) => `${label} (${n(count)})`,
  filterAll: 'الكل',
  states: { pending: 'معلّقة', expired: 'منتهية الصلاحية', revoked: 'مسحوبة', accepted: 'مقبولة' },
  roleLabel: 'الدور',
  roleNames,
  // `time` is Intl's: «خلال 3 أيام»، «غدًا»، «قبل يومين»، «أمس»، «الشهر الماضي».
  expiresIn: ({ time }) => `تنتهي صلاحيتها ${soon(time)}`,
  expiredAgo: ({ time }) => `انتهت صلاحيتها ${ago(time)}`,
  acceptedAgo: ({ time }) => `قُبلت ${ago(time)}`,
  revokedAgo: ({ time }) => `سُحبت ${ago(time)}`,
  sentAgo: ({ time }) => `أُرسلت ${ago(time)}`,
  invitedBy: ({ name }) => `بدعوة من ${iso(name)}`,
  actions: { resend: 'إعادة الإرسال', revoke: 'سحب', reinvite: 'إعادة الدعوة', copyLink: 'نسخ الرابط' },
  actionFor: ({ action, email }) =>
    ({
      resend: `إعادة الإرسال: الدعوة إلى ${iso(email)}`,
      revoke: `سحب الدعوة المرسلة إلى ${iso(email)}`,
      reinvite: `إعادة الدعوة: ${iso(email)}`,
      copyLink: `نسخ الرابط: دعوة ${iso(email)}`,
    })[action],
  confirmRevoke: ({ email }) => `هل تريد سحب الدعوة المرسلة إلى ${iso(email)}؟ سيتوقف رابطها عن العمل.`,
  confirmRevokeAction: 'سحب الدعوة',
  cancelRevoke: 'إبقاء الدعوة',
  acting: { resend: 'جارٍ إعادة الإرسال…', revoke: 'جارٍ السحب…', reinvite: 'جارٍ إعادة الدعوة…' },
  done: ({ action, email }) =>
    ({
      resend: `أُعيد إرسال الدعوة إلى ${iso(email)}.`,
      revoke: `سُحبت الدعوة المرسلة إلى ${iso(email)}.`,
      reinvite: `أُعيدت دعوة ${iso(email)}.`,
    })[action],
  failed: ({ action, email, message }) =>
    `${{ resend: `تعذّرت إعادة إرسال الدعوة إلى ${iso(email)}`, revoke: `تعذّر سحب الدعوة المرسلة إلى ${iso(email)}`, reinvite: `تعذّرت إعادة دعوة ${iso(email)}` }[action]}: ${message}`,
  unknown: ({ action, email }) =>
    `لم يصل رد بشأن ${iso(email)}: ربما ${{ resend: 'أُعيد إرسال الدعوة', revoke: 'سُحبت الدعوة', reinvite: 'أُعيدت الدعوة' }[action]}. حدّث القائمة للتأكد.`,
  aboveYourRole: 'هذه الدعوة لدور أعلى من دورك.',
  notHeld: 'تمنح هذه الدعوة دورًا لا تحمله.',
  linkCopied: ({ email }) => `نُسخ رابط دعوة ${iso(email)}.`,
  copyFailed: 'لم يسمح المتصفح بنسخ الرابط.',
  loading: 'جارٍ تحميل الدعوات…',
  empty: 'لا توجد دعوات بعد. يظهر هنا من تدعوهم إلى أن ينضمّوا.',
  emptyFiltered: ({ state }) => `لا توجد دعوات بحالة «${state}».`,
  loadFailed: ({ message }) => `تعذّر تحميل الدعوات. ${message}`,
  refreshFailed: ({ message }) => `تعذّر تحديث القائمة. ${message}`,
  moreFailed: ({ message }) => `تعذّر تحميل مزيد من الدعوات. ${message}`,
  retry: 'إعادة المحاولة',
  refresh: 'تحديث',
  loadMore: 'تحميل المزيد',
  loadingMore: 'جارٍ التحميل…',
  loadedMore: ({ count }) =>
    p(count, {
      zero: 'لا مزيد من الدعوات.',
      one: 'عُرضت دعوة أخرى.',
      two: 'عُرضت دعوتان أخريان.',
      few: 'عُرضت # دعوات أخرى.',
      many: 'عُرضت # دعوة أخرى.',
      other: 'عُرضت # دعوة أخرى.',
    }),
  refreshed: 'حُدّثت قائمة الدعوات.',
  unsupported: 'ترسل خدمة الدعوات هذه رسائل الدعوة لكنها لا تحتفظ بقائمة بها، لذا لا يمكن هنا عرض الدعوات المرسلة أو إعادة إرسالها أو سحبها.',
  forbidden: 'ليست لديك صلاحية عرض دعوات هذه المؤسسة.',
  unauthenticated: 'انتهت جلستك. سجّل الدخول مجددًا لعرض الدعوات.',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': 'انقطع الاتصال قبل وصول الرد.',
    'invite.timeout': 'لم يصل رد في الوقت المحدد.',
    'invite.aborted': 'توقّف الطلب قبل وصول الرد.',
    'invite.invalid_response': 'تعذّرت قراءة رد الخادم.',
    'invite.invitation_not_found': 'لم تعد هذه الدعوة موجودة.',
    'invite.not_pending': 'لم تعد هذه الدعوة معلّقة.',
    'invite.invitation_expired': 'انتهت صلاحية هذه الدعوة: أعد دعوة الشخص بدلًا من ذلك.',
    'invite.invitation_revoked': 'سُحبت هذه الدعوة.',
    'invite.invitation_accepted': 'قُبلت هذه الدعوة بالفعل.',
    'invite.not_supported': 'لا تدعم خدمة الدعوات هذا الإجراء.',
    'invite.busy': 'ما زال إجراء آخر على هذه الدعوة قيد التنفيذ.',
    'invite.not_revoked': 'لم تُسحب الدعوة.',
  }),
};
