/**
 * עברית: `import he from 'invite-kit/messages/he'`. ניסוח נייטרלי מגדרית: שם פעולה בכפתורים
 * ("שליחת הזמנות"), "יש ל…" ו"אפשר…" בהנחיות. לכל מספר שלוש צורות (one, two, other). כתובות
 * וקודים לטיניים מבודדים (U+2068 … U+2069) כדי שיישארו משמאל לימין. מונחים וסגנון: `glossary/he.md`.
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, isolate as iso, pluralsOf } from './format';

const locale = 'he';
const p = pluralsOf<'one' | 'two'>(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: 'חבר', billing: 'חיובים', admin: 'מנהל', owner: 'בעלים' };
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => `“${iso(roleNames[slug as SystemRole] ?? slug)}”`;
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);

const addresses = { one: 'כתובת אחת', two: 'שתי כתובות', other: '# כתובות' };
const people = { one: 'אדם אחד', two: 'שני אנשים', other: '# אנשים' };
const invitations = { one: 'הזמנה אחת', two: 'שתי הזמנות', other: '# הזמנות' };

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': 'פג תוקף ההתחברות. יש להתחבר מחדש כדי לשלוח הזמנות.',
  'authorize.forbidden': 'אין לך הרשאה להזמין אנשים לארגון הזה.',
  'mfa.step_up_required': 'כדי להזמין אנשים עם התפקיד הזה יש לאמת את הזהות שלך.',
  'invite.ip_rate_limited': 'יותר מדי הזמנות מהרשת הזאת. אפשר לנסות שוב בעוד רגע.',
  'invite.org_rate_limited': 'הארגון שלך הגיע למגבלת ההזמנות. אפשר לנסות שוב מאוחר יותר.',
  'invite.invalid_org_id': 'מזהה הארגון לא תקין.',
  'invite.org_not_found': 'הארגון הזה לא קיים.',
  'invite.unauthorized': 'כדי לשלוח הזמנות יש להתחבר.',
  'invite.org_mismatch': 'אין לך גישה לארגון הזה.',
  'invite.user_lookup_failed': 'השרת לא הצליח למצוא את החשבון שלך. אפשר לנסות שוב.',
  'invite.member_lookup_failed': 'השרת לא הצליח לאמת את החברות שלך בארגון. אפשר לנסות שוב.',
  'invite.decode_failed': 'גוף הבקשה אינו JSON תקין.',
  'invite.empty_batch': 'יש להוסיף לפחות כתובת אימייל אחת.',
  'invite.batch_too_large': 'יותר מדי הזמנות בבת אחת.',
  'invite.duplicate_email': 'הכתובת הזאת כבר ברשימה.',
  'invite.invalid_email': 'זו לא כתובת אימייל תקינה.',
  'invite.self_invite': 'אי אפשר להזמין את עצמך.',
  'invite.invalid_role': 'תפקיד לא מוכר.',
  'invite.no_system_role': 'יש לבחור אחד מהתפקידים: חבר, חיובים, מנהל או בעלים.',
  'invite.multiple_system_roles': 'יש לבחור רק אחד מהתפקידים: חבר, חיובים, מנהל או בעלים.',
  'invite.custom_roles_not_allowed': 'אפשר להעניק תפקידים מותאמים אישית רק יחד עם התפקיד “חבר”.',
  'invite.insufficient_role': 'אי אפשר להעניק תפקיד גבוה מהתפקיד שלך.',
  'invite.already_member': 'כבר בארגון הזה.',
  'invite.already_pending': 'כבר יש הזמנה ממתינה לכתובת הזאת.',
  'invite.role_resolve_failed': 'השרת לא הצליח לזהות את התפקידים.',
  'invite.send_failed': 'לא הצלחנו למסור את ההזמנה. אפשר לנסות שוב.',
  'invite.invalid_expiry': 'תוקף ההזמנה מחוץ לטווח המותר.',
  'invite.roles_not_supported': 'אי אפשר להעניק כאן את התפקידים האלה.',
  'invite.server_misconfigured': 'ההזמנות לא הוגדרו בשרת. יש לפנות למנהל המערכת.',
  'invite.network_error': 'החיבור נותק לפני שהגיעה תשובה. ייתכן שההזמנה נשלחה.',
  'invite.timeout': 'לא התקבלה תשובה בזמן. ייתכן שההזמנה נשלחה.',
  'invite.aborted': 'השליחה בוטלה.',
  'invite.invalid_response': 'לא הצלחנו לקרוא את תשובת השרת. ייתכן שההזמנה נשלחה.',
};

const he: InviteKitMessages = {
  locale,
  roleNames,

  // ─── בחירת תפקיד ושפה ───
  roleSelectLabel: 'תפקיד',
  rolePlaceholder: 'בחירת תפקיד',
  customRolesLabel: 'תפקידים מותאמים אישית',
  customRolesNeedMember: ({ member }) => `אפשר להעניק תפקידים מותאמים אישית רק יחד עם התפקיד “${member}”.`,
  roleAboveYourLevel: ({ name }) => `גבוה מהתפקיד שלך (“${name}”).`,
  roleNotHeld: 'רק בעלי התפקיד הזה יכולים להעניק אותו.',
  roleUnknown: 'התפקיד הזה לא קיים בארגון: יש לבטל את הסימון.',
  localeSelectLabel: 'שפה',
  localePlaceholder: 'בחירת שפה',

  // ─── חלון הדו־שיח ───
  trigger: 'הזמנת אנשים',
  title: 'הזמנת אנשים',
  description: 'כל אחד יקבל אימייל עם קישור להצטרפות לארגון שלך.',
  close: 'סגירה',
  emailLabel: 'כתובות אימייל',
  emailPlaceholder: 'name@company.co.il',
  emailHint: 'אחרי כל כתובת יש להקיש Enter, פסיק או נקודה־פסיק, או להדביק רשימה.',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) => `${n(count)} מתוך ${p(max, addresses)} לכל היותר`,
  entriesLabel: 'כתובות להזמנה',
  chipHint: 'Enter לעריכה, Delete להסרה.',
  editEntry: ({ email }) => `עריכת ${email}`,
  removeEntry: ({ email }) => `הסרת ${email}`,
  entryLocked: 'בשליחה: אי אפשר לשנות עכשיו.',
  clearAll: 'הסרת הכול',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      p(added, { zero: 'לא נוספה כתובת חדשה.', one: 'נוספה כתובת אחת.', two: 'נוספו שתי כתובות.', other: 'נוספו # כתובות.' }),
      duplicates > 0 && p(duplicates, { one: 'כתובת כפולה אחת אוחדה.', two: 'שתי כתובות כפולות אוחדו.', other: '# כתובות כפולות אוחדו.' }),
      invalid > 0 && p(invalid, { one: 'פריט אחד אינו כתובת תקינה.', two: 'שני פריטים אינם כתובות תקינות.', other: '# פריטים אינם כתובות תקינות.' }),
      skippedHeader && 'שורת הכותרת דולגה.',
      rolesIgnored > 0 &&
        p(rolesIgnored, {
          one: 'התפקיד שניתן לאדם אחד לא הוחל: השירות הזה לא מעניק תפקידים.',
          two: 'התפקידים שניתנו לשני אנשים לא הוחלו: השירות הזה לא מעניק תפקידים.',
          other: 'התפקידים שניתנו ל־# אנשים לא הוחלו: השירות הזה לא מעניק תפקידים.',
        }),
    ]
      .filter(Boolean)
      .join(' '),
  statusSending: 'בשליחה',
  statusSent: 'ההזמנה נשלחה',
  statusAlreadyMember: 'כבר בארגון',
  statusAlreadyPending: 'כבר יש הזמנה',
  statusWaiting: 'בהמתנה',
  statusFailed: 'השליחה נכשלה',
  statusUnknown: 'ייתכן שנשלחה',
  statusInvalid: 'דרוש תיקון',
  roleLabel: 'תפקיד',
  rolePerPerson: 'תפקיד לכל אדם',
  roleFor: ({ email }) => `התפקיד של ${iso(email)}`,
  roleNote: ({ email, message }) => `התפקיד של ${iso(email)}: ${message}`,
  blockedRoles: ({ count }) =>
    p(count, {
      one: 'כדי לשלוח, יש לבחור תפקיד תקין לאדם אחד.',
      two: 'כדי לשלוח, יש לבחור תפקיד תקין לשני אנשים.',
      other: 'כדי לשלוח, יש לבחור תפקיד תקין ל־# אנשים.',
    }),
  noteGroup: ({ count, message }) => `${p(count, people)}: ${message}`,
  retryIn: ({ time }) => `אפשר לנסות שוב בעוד ${iso(time)}.`,
  retryNow: 'זמן ההמתנה נגמר: אפשר לנסות שוב עכשיו.',
  kept: ({ count, max, full }) =>
    `עד ${p(max, people)} בכל פעם. ${p(count, {
      zero: 'שאר ההדבקה נשמרה.',
      one: 'עוד כתובת אחת נשמרה.',
      two: 'עוד שתי כתובות נשמרו.',
      other: 'עוד # כתובות נשמרו.',
    })}${full ? ' הן יתווספו לרשימה אחרי השליחה.' : ''}`,
  keptAdd: ({ count }) => p(count, { one: 'הוספת הבאה', two: 'הוספת שתי הבאות', other: 'הוספת # הבאות' }),
  keptCopy: 'העתקת הכול',
  didYouMean: ({ suggestion }) => `אולי התכוונת ל־${iso(suggestion)}?`,
  typoWarning: ({ count }) =>
    p(count, {
      one: 'כדאי לבדוק כתובת אחת: ייתכן שיש בה שגיאת הקלדה.',
      two: 'כדאי לבדוק שתי כתובות: ייתכן שיש בהן שגיאות הקלדה.',
      other: 'כדאי לבדוק # כתובות: ייתכן שיש בהן שגיאות הקלדה.',
    }),
  removedMany: ({ count, email }) =>
    count === 1 ? `${iso(email)} הוסרה.` : p(count, { one: 'כתובת אחת הוסרה.', two: 'שתי כתובות הוסרו.', other: '# כתובות הוסרו.' }),
  undo: 'ביטול',
  restored: ({ count }) => p(count, { one: 'כתובת אחת שוחזרה.', two: 'שתי כתובות שוחזרו.', other: '# כתובות שוחזרו.' }),
  localeLabel: 'שפת האימייל',
  expiryLabel: ({ unit: of }) => `תוקף ההזמנה (${of === 'days' ? 'ימים' : 'דקות'})`,
  expiryHint: ({ min, max, unit: of }) => `מ־${n(min)} עד ${unit(max, of)}.`,
  send: ({ count }) => p(count, { zero: 'שליחת הזמנות', one: 'שליחת הזמנה אחת', two: 'שליחת שתי הזמנות', other: 'שליחת # הזמנות' }),
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    waiting > 0
      ? `ניסיון נוסף (${n(count)})`
      : `שליחה חוזרת של ${[
          failed > 0 && p(failed, { one: 'הזמנה אחת שנכשלה', two: 'שתי הזמנות שנכשלו', other: '# הזמנות שנכשלו' }),
          unknown > 0 && p(unknown, { one: 'הזמנה אחת שלא אושרה', two: 'שתי הזמנות שלא אושרו', other: '# הזמנות שלא אושרו' }),
        ]
          .filter(Boolean)
          .join(', ')}`,
  cancelSend: 'ביטול',
  done: 'סיום',
  progress: ({ current, total }) => `שולחים ${n(current)} מתוך ${n(total)}…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) &&
        p(sent, { zero: 'לא נשלחה אף הזמנה', one: 'הזמנה אחת נשלחה', two: 'שתי הזמנות נשלחו', other: '# הזמנות נשלחו' }),
      alreadyMember !== undefined && alreadyMember > 0 && p(alreadyMember, { one: 'אחד כבר בארגון', two: 'שניים כבר בארגון', other: '# כבר בארגון' }),
      alreadyPending > 0 && p(alreadyPending, { one: 'הזמנה אחת כבר קיימת', two: 'שתי הזמנות כבר קיימות', other: '# הזמנות כבר קיימות' }),
      failed > 0 && p(failed, { one: 'אחת נכשלה', two: 'שתיים נכשלו', other: '# נכשלו' }),
      waiting > 0 && p(waiting, { one: 'אחת בהמתנה', two: 'שתיים בהמתנה', other: '# בהמתנה' }),
      unknown > 0 && p(unknown, { one: 'ייתכן שאחת נשלחה', two: 'ייתכן ששתיים נשלחו', other: 'ייתכן ש־# נשלחו' }),
    ]
      .filter(Boolean)
      .join(', ') + '.',
  blockedEmpty: 'כדי לשלוח, יש להוסיף לפחות כתובת אימייל אחת.',
  blockedInvalid: ({ count }) => `כדי לשלוח, יש לתקן או להסיר ${p(count, addresses)}.`,
  offline: 'אין חיבור לאינטרנט. אפשר יהיה לשלוח את ההזמנות כשהחיבור יחזור.',
  rateLimited: ({ time }) => `יותר מדי הזמנות כרגע. אפשר לנסות שוב בעוד ${iso(time)}.`,
  unauthenticated: 'פג תוקף ההתחברות. יש להתחבר מחדש ולנסות שוב: הרשימה שלך נשמרה.',
  forbidden: 'אין לך הרשאה להזמין אנשים לארגון הזה. הרשימה שלך נשמרה.',
  copyAddresses: 'העתקת הכתובות',
  copied: 'הכתובות הועתקו.',
  copyFailed: 'הדפדפן לא אפשר להעתיק את הכתובות.',
  stepUp: 'כדי לשלוח את ההזמנות האלה יש לאמת את הזהות שלך ולנסות שוב: הרשימה שלך נשמרה.',
  awaitingAuth: 'ממתינים להתחברות שלך…',
  awaitingStepUp: 'ממתינים לאימות הזהות שלך…',
  cancelled: 'השליחה בוטלה. שום דבר ממה שהוזן לא אבד.',
  resendInvitation: 'שליחה חוזרת של ההזמנה',
  resending: 'שולחים שוב…',
  resent: 'ההזמנה נשלחה שוב.',
  resendFailed: ({ message }) => `ההזמנה לא נשלחה שוב. ${message}`,

  // ─── שגיאות לפי קוד ───
  errors,

  // ─── הסיבות שהליבה מציינת ───
  // Every value a literal or a function: a string composed when the module loads would keep this
  // whole object in a bundle that imports only the list's strings.
  reasons: {
    missing: 'חסרה כתובת אימייל.',
    too_long: ({ max }) => `ארוך יותר מכל כתובת אפשרית (יותר מ־${n(max)} תווים).`,
    invisible_char: 'יש כאן תו בלתי נראה (למשל רווח ברוחב אפס).',
    control_char: 'יש כאן תו בקרה.',
    missing_at: 'חסר הסימן @ (כתובת נראית כך: \u2068name@example.com\u2069).',
    many_at: 'יש כאן יותר מסימן @ אחד.',
    empty_local: 'אין כלום לפני ה־@.',
    empty_domain: 'אין כלום אחרי ה־@: חסר שם הדומיין.',
    quoted_local: 'שמות במירכאות לפני ה־@ אינם מתקבלים.',
    space: 'יש כאן רווח.',
    local_not_ascii: 'לפני ה־@ מותר להשתמש רק באותיות ASCII, בספרות ובסימנים כמו . _ - +.',
    local_char: ({ char }) => `לפני ה־@ מופיע “${iso(char)}”, והתו הזה אינו מותר.`,
    local_dot_edge: 'החלק שלפני ה־@ מתחיל או מסתיים בנקודה.',
    local_double_dot: 'בחלק שלפני ה־@ יש שתי נקודות ברצף.',
    local_too_long: 'החלק שלפני ה־@ ארוך מ־64 תווים.',
    address_too_long: 'הכתובת ארוכה מ־254 תווים.',
    ip_domain: 'כתובות עם כתובת IP במקום שם דומיין אינן מתקבלות.',
    domain_char: ({ char }) => `שם הדומיין מכיל “${iso(char)}”, והתו הזה אינו מותר.`,
    mixed_scripts: ({ label, unicode }) =>
      `החלק “${iso(label)}”${unicode ? ` (${iso(unicode)})` : ''} בשם הדומיין מערבב כמה מערכות כתב (ייתכן שזו התחזות).`,
    idn_invalid: 'שם הדומיין אינו שם בינלאומי תקין.',
    punycode_invalid: ({ label }) => `החלק “${iso(label)}” בשם הדומיין אינו שם בינלאומי תקין.`,
    domain_dot_end: 'שם הדומיין מסתיים בנקודה.',
    domain_dot_start: 'שם הדומיין מתחיל בנקודה.',
    domain_no_dot: 'אין נקודה בשם הדומיין (כמו ב־\u2068example.com\u2069).',
    domain_double_dot: 'בשם הדומיין יש שתי נקודות ברצף.',
    label_too_long: 'אחד מחלקי שם הדומיין ארוך מ־63 תווים.',
    label_hyphen: 'אחד מחלקי שם הדומיין מתחיל או מסתיים במקף.',
    domain_not_ldh: 'שם הדומיין יכול להכיל רק אותיות, ספרות ומקפים.',
    tld_not_alpha: 'הסיומת של שם הדומיין חייבת להיות מאותיות (כמו \u2068.com\u2069).',
    domain_too_long: 'שם הדומיין ארוך מ־253 תווים.',
    not_alone: 'לבדו זה לא כתובת אימייל.',
    row_without_email: 'בשורה הזאת אין כתובת אימייל.',
    cell_not_read: 'התא הזה אינו כתובת, שם או תפקיד.',
    too_many: ({ max, count }) => `אפשר לשלוח עד ${p(max, invitations)} בכל פעם; כאן יש ${n(count)}.`,
    unknown_role: ({ roles: slugs }) => (slugs.length === 1 ? `תפקיד לא מוכר: ${roles(slugs)}.` : `תפקידים לא מוכרים: ${roles(slugs)}.`),
    one_role_only: ({ roles: slugs }) => `כאן אפשר רק תפקיד אחד לכל הזמנה, לא ${roles(slugs)}.`,
    no_roles: ({ roles: slugs }) => `כאן אי אפשר להעניק תפקידים, גם לא ${roles(slugs)}.`,
    several_system_roles: ({ roles: slugs }) => `יש לבחור תפקיד אחד בלבד: ${roles(slugs, 'or')}.`,
    custom_needs_member: ({ roles: slugs }) => `אפשר להעניק תפקידים מותאמים אישית (${roles(slugs)}) רק יחד עם התפקיד ${role('member')}.`,
    role_above_own: ({ roles: slugs, own }) =>
      slugs.length === 1
        ? `אי אפשר להעניק את התפקיד ${roles(slugs)}: הוא גבוה מהתפקיד שלך (${role(own)}).`
        : `אי אפשר להעניק את התפקידים ${roles(slugs)}: הם גבוהים מהתפקיד שלך (${role(own)}).`,
    role_not_held: ({ roles: slugs }) => `אי אפשר להעניק את ${roles(slugs)}: רק בעלי תפקיד מותאם אישית יכולים להעניק אותו.`,
    expiry_out_of_range: ({ unit: of, min, max }) => `תוקף ההזמנה יכול להיות מ־${n(min)} עד ${unit(max, of)} (מספר שלם).`,
  },
};

export default he;

// Intl says the current minute as "בדקה זו", which no sentence of the list takes: "הרגע" instead.
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const ago = (time: string) => (time === thisMinute ? 'הרגע' : time);
const soon = (time: string) => (time === thisMinute ? 'בעוד פחות מדקה' : time);

/** רשימת ההזמנות בעברית: `import { invitationListMessages } from 'invite-kit/messages/he'`. */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: 'הזמנות',
  listLabel: 'הזמנות שנשלחו',
  filterLabel: 'הצגה',
  filterOption: ({ label, count }) => `${label} (${n(count)})`,
  filterAll: 'הכול',
  states: { pending: 'ממתינה', expired: 'פג תוקף', revoked: 'בוטלה', accepted: 'התקבלה' },
  roleLabel: 'תפקיד',
  roleNames,
  // `time` is Intl's: "בעוד 3 ימים", "מחר", "לפני יומיים", "אתמול", "החודש שעבר".
  expiresIn: ({ time }) => `התוקף יפוג ${soon(time)}`,
  expiredAgo: ({ time }) => `התוקף פג ${ago(time)}`,
  acceptedAgo: ({ time }) => `התקבלה ${ago(time)}`,
  revokedAgo: ({ time }) => `בוטלה ${ago(time)}`,
  sentAgo: ({ time }) => `נשלחה ${ago(time)}`,
  invitedBy: ({ name }) => `הזמנה מאת ${iso(name)}`,
  // Never a bare "ביטול": beside the dialog's buttons it reads as Cancel.
  actions: { resend: 'שליחה חוזרת', revoke: 'ביטול ההזמנה', reinvite: 'הזמנה מחדש', copyLink: 'העתקת הקישור' },
  actionFor: ({ action, email }) =>
    ({
      resend: `שליחה חוזרת של ההזמנה ל־${iso(email)}`,
      revoke: `ביטול ההזמנה ל־${iso(email)}`,
      reinvite: `הזמנה מחדש של ${iso(email)}`,
      copyLink: `העתקת הקישור של ההזמנה ל־${iso(email)}`,
    })[action],
  confirmRevoke: ({ email }) => `לבטל את ההזמנה ל־${iso(email)}? הקישור שבה יפסיק לעבוד.`,
  confirmRevokeAction: 'ביטול ההזמנה',
  cancelRevoke: 'השארת ההזמנה',
  acting: { resend: 'שולחים שוב…', revoke: 'מבטלים את ההזמנה…', reinvite: 'מזמינים מחדש…' },
  done: ({ action, email }) =>
    ({
      resend: `ההזמנה ל־${iso(email)} נשלחה שוב.`,
      revoke: `ההזמנה ל־${iso(email)} בוטלה.`,
      reinvite: `נשלחה הזמנה חדשה ל־${iso(email)}.`,
    })[action],
  failed: ({ action, email, message }) =>
    `${{ resend: `לא הצלחנו לשלוח שוב את ההזמנה ל־${iso(email)}`, revoke: `לא הצלחנו לבטל את ההזמנה ל־${iso(email)}`, reinvite: `לא הצלחנו להזמין מחדש את ${iso(email)}` }[action]}: ${message}`,
  unknown: ({ action, email }) =>
    `לא התקבלה תשובה לגבי ${iso(email)}: ייתכן ש${{ resend: 'ההזמנה נשלחה שוב', revoke: 'ההזמנה בוטלה', reinvite: 'נשלחה הזמנה חדשה' }[action]}. כדי לבדוק, יש לרענן את הרשימה.`,
  aboveYourRole: 'ההזמנה הזאת היא לתפקיד גבוה מהתפקיד שלך.',
  notHeld: 'ההזמנה הזאת מעניקה תפקיד שאין לך.',
  linkCopied: ({ email }) => `קישור ההזמנה של ${iso(email)} הועתק.`,
  copyFailed: 'הדפדפן לא אפשר להעתיק את הקישור.',
  loading: 'טוענים את ההזמנות…',
  empty: 'עדיין אין הזמנות. מי שהוזמנו יופיעו כאן עד שיצטרפו.',
  emptyFiltered: ({ state }) => `אין הזמנות בסטטוס “${state}”.`,
  loadFailed: ({ message }) => `לא הצלחנו לטעון את ההזמנות. ${message}`,
  refreshFailed: ({ message }) => `לא הצלחנו לרענן את הרשימה. ${message}`,
  moreFailed: ({ message }) => `לא הצלחנו לטעון הזמנות נוספות. ${message}`,
  retry: 'ניסיון נוסף',
  refresh: 'רענון',
  loadMore: 'טעינת עוד',
  loadingMore: 'טוענים…',
  loadedMore: ({ count }) =>
    p(count, { zero: 'אין הזמנות נוספות.', one: 'מוצגת עוד הזמנה אחת.', two: 'מוצגות עוד שתי הזמנות.', other: 'מוצגות עוד # הזמנות.' }),
  refreshed: 'רשימת ההזמנות רועננה.',
  unsupported:
    'שירות ההזמנות הזה שולח אימיילים עם הזמנות אבל לא שומר רשימה שלהן, ולכן אי אפשר להציג כאן הזמנות שנשלחו, לשלוח אותן שוב או לבטל אותן.',
  forbidden: 'אין לך הרשאה לצפות בהזמנות של הארגון הזה.',
  unauthenticated: 'פג תוקף ההתחברות. יש להתחבר מחדש כדי לראות את ההזמנות.',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': 'החיבור נותק לפני שהתקבלה תשובה.',
    'invite.timeout': 'לא התקבלה תשובה בזמן.',
    'invite.aborted': 'הפעולה נעצרה לפני שהתקבלה תשובה.',
    'invite.invalid_response': 'לא ניתן היה לקרוא את תשובת השרת.',
    'invite.invitation_not_found': 'ההזמנה הזאת כבר לא קיימת.',
    'invite.not_pending': 'ההזמנה הזאת כבר לא ממתינה.',
    'invite.invitation_expired': 'פג תוקף ההזמנה הזאת: אפשר להזמין מחדש במקום זאת.',
    'invite.invitation_revoked': 'ההזמנה הזאת בוטלה.',
    'invite.invitation_accepted': 'ההזמנה הזאת כבר התקבלה.',
    'invite.not_supported': 'שירות ההזמנות לא תומך בפעולה הזאת.',
    'invite.busy': 'פעולה אחרת על ההזמנה הזאת עדיין בתהליך.',
    'invite.not_revoked': 'ההזמנה לא בוטלה.',
  }),
};
