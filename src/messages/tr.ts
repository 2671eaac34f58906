/**
 * Türkçe: `import tr from 'invite-kit/messages/tr'`. Cümlelerde "siz" (-in), düğmelerde kısa
 * emir kipi; sayıdan sonra tekil ad; e-posta ve sayılardan sonra ek gerekmeyecek biçimde yazıldı
 * ("… adresini", "# kişiye"). Terimler ve üslup: `glossary/tr.md`.
 * @module
 */
import type { SystemRole } from '../core/types';
import type { InvitationListTranslation } from '../hooks/invitation-messages';
import type { InviteKitMessages } from '../hooks/messages';
import { formatList, formatNumber, formatRelativeTime, formatUnit, pluralsOf } from './format';

const locale = 'tr';
const p = pluralsOf(locale);
const n = (value: number) => formatNumber(value, locale);

const roleNames: Record<SystemRole, string> = { member: 'Üye', billing: 'Faturalandırma', admin: 'Yönetici', owner: 'Sahip' };
// A system role by its name, a custom role (pasted from a table, most likely) as it was given.
const role = (slug: string) => `“${roleNames[slug as SystemRole] ?? slug}”`;
const roles = (slugs: readonly string[], type: 'and' | 'or' = 'and') => formatList(slugs.map(role), locale, type);
const unit = (value: number, of: 'days' | 'minutes') => formatUnit(value, of === 'days' ? 'day' : 'minute', locale);
// Turkish names a count with the singular noun; the accusative for one role or several.
const roleWord = (slugs: readonly string[]) => (slugs.length === 1 ? 'rolünü' : 'rollerini');

// Words for every code the kit knows, for the dialog and the list alike.
const errors: InviteKitMessages['errors'] = {
  'authorize.unauthenticated': 'Oturumunuzun süresi doldu. Davet göndermek için yeniden oturum açın.',
  'authorize.forbidden': 'Bu kuruluşa kişi davet etme izniniz yok.',
  'mfa.step_up_required': 'Bu rolle kişi davet etmek için kimliğinizi doğrulayın.',
  'invite.ip_rate_limited': 'Bu ağdan çok fazla davet gönderildi. Biraz sonra yeniden deneyin.',
  'invite.org_rate_limited': 'Kuruluşunuz davet sınırına ulaştı. Daha sonra yeniden deneyin.',
  'invite.invalid_org_id': 'Kuruluş kimliği geçersiz.',
  'invite.org_not_found': 'Böyle bir kuruluş yok.',
  'invite.unauthorized': 'Davet göndermek için oturum açmanız gerekir.',
  'invite.org_mismatch': 'Bu kuruluşa erişiminiz yok.',
  'invite.user_lookup_failed': 'Sunucu hesabınızı bulamadı. Yeniden deneyin.',
  'invite.member_lookup_failed': 'Sunucu üyeliğinizi doğrulayamadı. Yeniden deneyin.',
  'invite.decode_failed': 'İstek gövdesi geçerli bir JSON değil.',
  'invite.empty_batch': 'En az bir e-posta adresi ekleyin.',
  'invite.batch_too_large': 'Tek seferde çok fazla davet.',
  'invite.duplicate_email': 'Bu adres listede zaten var.',
  'invite.invalid_email': 'Bu geçerli bir e-posta adresi değil.',
  'invite.self_invite': 'Kendinizi davet edemezsiniz.',
  'invite.invalid_role': 'Bilinmeyen rol.',
  'invite.no_system_role': 'Üye, Faturalandırma, Yönetici veya Sahip rollerinden birini seçin.',
  'invite.multiple_system_roles': 'Üye, Faturalandırma, Yönetici veya Sahip rollerinden yalnızca birini seçin.',
  'invite.custom_roles_not_allowed': 'Özel roller yalnızca “Üye” rolüyle birlikte verilebilir.',
  'invite.insufficient_role': 'Kendi rolünüzden yüksek bir rol veremezsiniz.',
  'invite.already_member': 'Bu kuruluşun zaten üyesi.',
  'invite.already_pending': 'Bu adres için bekleyen bir davet zaten var.',
  'invite.role_resolve_failed': 'Sunucu rolleri çözümleyemedi.',
  'invite.send_failed': 'Davet iletilemedi. Yeniden deneyin.',
  'invite.invalid_expiry': 'Davetin geçerlilik süresi izin verilen aralığın dışında.',
  'invite.roles_not_supported': 'Bu roller burada verilemez.',
  'invite.server_misconfigured': 'Davetler sunucuda yapılandırılmamış. Bir yöneticiye başvurun.',
  'invite.network_error': 'Yanıt gelmeden bağlantı kesildi. Davet gönderilmiş olabilir.',
  'invite.timeout': 'Zamanında yanıt gelmedi. Davet gönderilmiş olabilir.',
  'invite.aborted': 'Gönderim iptal edildi.',
  'invite.invalid_response': 'Sunucunun yanıtı okunamadı. Davet gönderilmiş olabilir.',
};

const tr: InviteKitMessages = {
  locale,
  roleNames,

  // ─── Rol ve dil seçimi ───
  roleSelectLabel: 'Rol',
  rolePlaceholder: 'Rol seçin',
  customRolesLabel: 'Özel roller',
  customRolesNeedMember: ({ member }) => `Özel roller yalnızca “${member}” rolüyle birlikte verilebilir.`,
  roleAboveYourLevel: ({ name }) => `Kendi rolünüzün (“${name}”) üzerinde.`,
  roleNotHeld: 'Bu rolü yalnızca bu role sahip olanlar verebilir.',
  roleUnknown: 'Bu kuruluşta böyle bir rol yok: işareti kaldırın.',
  localeSelectLabel: 'Dil',
  localePlaceholder: 'Dil seçin',

  // ─── İletişim kutusu ───
  trigger: 'Kişi davet et',
  title: 'Kişi davet et',
  description: 'Her kişiye, kuruluşunuza katılmak için bir bağlantı içeren e-posta gönderilir.',
  close: 'Kapat',
  emailLabel: 'E-posta adresleri',
  emailPlaceholder: 'ad@sirket.com',
  emailHint: 'Her adresten sonra Enter, virgül veya noktalı virgül kullanın ya da bir liste yapıştırın.',
  counter: ({ count, max }) => `${n(count)} / ${n(max)}`,
  counterLabel: ({ count, max }) => `${n(count)} adres (en fazla ${n(max)})`,
  entriesLabel: 'Davet edilecek adresler',
  chipHint: 'Düzenlemek için Enter, kaldırmak için Delete.',
  editEntry: ({ email }) => `${email} adresini düzenle`,
  removeEntry: ({ email }) => `${email} adresini kaldır`,
  entryLocked: 'Gönderiliyor: şu anda değiştirilemez.',
  clearAll: 'Tümünü kaldır',
  added: ({ added, duplicates, invalid, skippedHeader, rolesIgnored = 0 }) =>
    [
      p(added, { zero: 'Yeni adres eklenmedi.', other: '# adres eklendi.' }),
      duplicates > 0 && p(duplicates, { other: '# yinelenen adres birleştirildi.' }),
      invalid > 0 && p(invalid, { other: '# öğe geçerli bir adres değil.' }),
      skippedHeader && 'Başlık satırı atlandı.',
      rolesIgnored > 0 && p(rolesIgnored, { other: '# kişi için verilen roller uygulanmadı: bu hizmet rol atamıyor.' }),
    ]
      .filter(Boolean)
      .join(' '),
  statusSending: 'Gönderiliyor',
  statusSent: 'Davet edildi',
  statusAlreadyMember: 'Zaten üye',
  statusAlreadyPending: 'Zaten davetli',
  statusWaiting: 'Bekliyor',
  statusFailed: 'Başarısız',
  statusUnknown: 'Gönderilmiş olabilir',
  statusInvalid: 'Düzeltilmeli',
  roleLabel: 'Rol',
  rolePerPerson: 'Kişi başına rol belirle',
  roleFor: ({ email }) => `${email} için rol`,
  roleNote: ({ email, message }) => `${email} için rol: ${message}`,
  blockedRoles: ({ count }) => p(count, { other: 'Göndermek için # kişiye geçerli bir rol seçin.' }),
  noteGroup: ({ count, message }) => `${p(count, { other: '# kişi' })}: ${message}`,
  retryIn: ({ time }) => `${time} sonra yeniden deneyebilirsiniz.`,
  retryNow: 'Bekleme süresi doldu: şimdi yeniden deneyebilirsiniz.',
  kept: ({ count, max, full }) =>
    `Bir seferde en fazla ${n(max)} kişi. ${p(count, { zero: 'Kalanlar saklandı.', other: '# adres daha saklandı.' })}${
      full ? ' Gönderimden sonra listeye eklenecekler.' : ''
    }`,
  keptAdd: ({ count }) => p(count, { other: 'Sonraki # adresi ekle' }),
  keptCopy: 'Tümünü kopyala',
  didYouMean: ({ suggestion }) => `Bunu mu demek istediniz: ${suggestion}?`,
  typoWarning: ({ count }) => p(count, { other: '# adresi kontrol edin: yazım hatası olabilir.' }),
  removedMany: ({ count, email }) => (count === 1 ? `${email} kaldırıldı.` : p(count, { other: '# adres kaldırıldı.' })),
  undo: 'Geri al',
  restored: ({ count }) => p(count, { other: '# adres geri getirildi.' }),
  localeLabel: 'E-posta dili',
  expiryLabel: ({ unit: of }) => `Davetin geçerlilik süresi (${of === 'days' ? 'gün' : 'dakika'})`,
  expiryHint: ({ min, max, unit: of }) => `${n(min)} ile ${unit(max, of)} arası.`,
  send: ({ count }) => p(count, { zero: 'Davetleri gönder', other: '# davet gönder' }),
  retry: ({ count, unknown = 0, waiting = 0, failed = count - unknown - waiting }) =>
    waiting > 0
      ? `Yeniden dene (${n(count)})`
      : `${[failed > 0 && p(failed, { other: '# başarısız' }), unknown > 0 && p(unknown, { other: '# doğrulanmamış' })]
          .filter(Boolean)
          .join(', ')} daveti yeniden gönder`,
  cancelSend: 'İptal',
  done: 'Tamam',
  progress: ({ current, total }) => `Gönderiliyor: ${n(current)}/${n(total)}…`,
  summary: ({ sent, alreadyInvited, failed, unknown, waiting = 0, alreadyMember, alreadyPending = alreadyInvited - (alreadyMember ?? 0) }) =>
    [
      (sent > 0 || alreadyInvited + failed + unknown + waiting === 0) && p(sent, { other: '# kişi davet edildi' }),
      alreadyMember !== undefined && alreadyMember > 0 && p(alreadyMember, { other: '# kişi zaten üye' }),
      alreadyPending > 0 && p(alreadyPending, { other: '# kişi zaten davetli' }),
      failed > 0 && p(failed, { other: '# başarısız' }),
      waiting > 0 && p(waiting, { other: '# bekliyor' }),
      unknown > 0 && p(unknown, { other: '# gönderilmiş olabilir' }),
    ]
      .filter(Boolean)
      .join(', ') + '.',
  blockedEmpty: 'Göndermek için en az bir e-posta adresi ekleyin.',
  blockedInvalid: ({ count }) => p(count, { other: 'Göndermek için # adresi düzeltin veya kaldırın.' }),
  offline: 'Çevrimdışısınız. Yeniden çevrimiçi olduğunuzda davetleri gönderebilirsiniz.',
  rateLimited: ({ time }) => `Şu anda çok fazla davet var. ${time} sonra yeniden deneyebilirsiniz.`,
  unauthenticated: 'Oturumunuzun süresi doldu. Yeniden oturum açıp tekrar deneyin: listeniz korunuyor.',
  forbidden: 'Bu kuruluşa kişi davet etme izniniz yok. Listeniz korunuyor.',
  copyAddresses: 'Adresleri kopyala',
  copied: 'Adresler kopyalandı.',
  copyFailed: 'Tarayıcı adreslerin kopyalanmasına izin vermedi.',
  stepUp: 'Bu davetleri göndermek için kimliğinizi doğrulayın ve yeniden deneyin: listeniz korunuyor.',
  awaitingAuth: 'Oturum açmanız bekleniyor…',
  awaitingStepUp: 'Kimliğinizi doğrulamanız bekleniyor…',
  cancelled: 'Gönderim iptal edildi. Girdiğiniz hiçbir şey kaybolmadı.',
  resendInvitation: 'Daveti yeniden gönder',
  resending: 'Yeniden gönderiliyor…',
  resent: 'Davet yeniden gönderildi.',
  resendFailed: ({ message }) => `Yeniden gönderilemedi. ${message}`,

  // ─── Koda göre hatalar ───
  errors,

  // ─── Çekirdeğin bildirdiği nedenler ───
  reasons: {
    missing: 'E-posta adresi eksik.',
    too_long: ({ max }) => `Bu, bir adresin olabileceğinden uzun (${n(max)} karakterden fazla).`,
    invisible_char: 'Görünmez bir karakter içeriyor (ör. sıfır genişlikli boşluk).',
    control_char: 'Bir denetim karakteri içeriyor.',
    missing_at: '@ eksik (bir adres şöyle görünür: ad@ornek.com).',
    many_at: 'Birden fazla @ içeriyor.',
    empty_local: '@ işaretinden önce hiçbir şey yok.',
    empty_domain: '@ işaretinden sonra hiçbir şey yok: alan adı eksik.',
    quoted_local: '@ işaretinden önce tırnak içinde ad kabul edilmez.',
    space: 'Boşluk içeriyor.',
    local_not_ascii: '@ işaretinden önce yalnızca ASCII harfler, rakamlar ve . _ - + gibi işaretler kullanılabilir.',
    local_char: ({ char }) => `@ işaretinden önce “${char}” var; bu karaktere izin verilmez.`,
    local_dot_edge: '@ işaretinden önceki kısım noktayla başlıyor veya bitiyor.',
    local_double_dot: '@ işaretinden önceki kısımda art arda iki nokta var.',
    local_too_long: '@ işaretinden önceki kısım 64 karakterden uzun.',
    address_too_long: 'Adres 254 karakterden uzun.',
    ip_domain: 'Alan adı yerine IP adresi içeren adresler kabul edilmez.',
    domain_char: ({ char }) => `Alan adında “${char}” var; bu karaktere izin verilmez.`,
    mixed_scripts: ({ label, unicode }) => `“${label}”${unicode ? ` (${unicode})` : ''} alan adı bölümü farklı alfabeleri karıştırıyor (taklit olabilir).`,
    idn_invalid: 'Alan adı geçerli bir uluslararası ad değil.',
    punycode_invalid: ({ label }) => `“${label}” alan adı bölümü geçerli bir uluslararası ad değil.`,
    domain_dot_end: 'Alan adı noktayla bitiyor.',
    domain_dot_start: 'Alan adı noktayla başlıyor.',
    domain_no_dot: 'Alan adında nokta yok (örneğin ornek.com).',
    domain_double_dot: 'Alan adında art arda iki nokta var.',
    label_too_long: 'Alan adının bir bölümü 63 karakterden uzun.',
    label_hyphen: 'Alan adının bir bölümü kısa çizgiyle başlıyor veya bitiyor.',
    domain_not_ldh: 'Alan adında yalnızca harf, rakam ve kısa çizgi olabilir.',
    tld_not_alpha: 'Alan adının uzantısı harflerden oluşmalı (örneğin .com).',
    domain_too_long: 'Alan adı 253 karakterden uzun.',
    not_alone: 'Tek başına bir e-posta adresi değil.',
    row_without_email: 'Bu satırda e-posta adresi yok.',
    cell_not_read: 'Bu hücre bir adres, ad veya rol değil.',
    too_many: ({ max, count }) => `Bir seferde en fazla ${n(max)} davet gönderilebilir; burada ${n(count)} davet var.`,
    unknown_role: ({ roles: slugs }) => `Bilinmeyen rol: ${roles(slugs)}.`,
    one_role_only: ({ roles: slugs }) => `Burada davet başına yalnızca bir rol verilebilir; ${roles(slugs)} birlikte verilemez.`,
    no_roles: ({ roles: slugs }) => `Burada rol verilemez; ${roles(slugs)} de verilemez.`,
    several_system_roles: ({ roles: slugs }) => `Yalnızca bir rol seçin: ${roles(slugs, 'or')}.`,
    custom_needs_member: ({ roles: slugs }) => `Özel roller (${roles(slugs)}) yalnızca ${role('member')} rolüyle birlikte verilebilir.`,
    role_above_own: ({ roles: slugs, own }) => `${roles(slugs)} ${roleWord(slugs)} veremezsiniz: kendi rolünüzden (${role(own)}) yüksek.`,
    role_not_held: ({ roles: slugs }) => `${roles(slugs)} ${roleWord(slugs)} veremezsiniz: özel bir rolü yalnızca ona sahip olanlar verebilir.`,
    expiry_out_of_range: ({ unit: of, min, max }) => `Bir davet ${n(min)} ile ${unit(max, of)} arasında geçerli olabilir (tam sayı).`,
  },
};

export default tr;

// Intl says the current minute as "bu dakika"; the list says "az önce" for a past time, "bir dakika içinde" for one to come.
const thisMinute = /* @__PURE__ */ formatRelativeTime(0, locale);
const ago = (time: string) => (time === thisMinute ? 'az önce' : time);
const soon = (time: string) => (time === thisMinute ? 'bir dakika içinde' : time);
// A time that opens the line ("Dün gönderildi"), capitalized the Turkish way.
const first = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/** Davet listesi Türkçe: `import { invitationListMessages } from 'invite-kit/messages/tr'`. */
export const invitationListMessages: InvitationListTranslation = {
  locale,
  title: 'Davetler',
  listLabel: 'Gönderilen davetler',
  filterLabel: 'Göster',
  filterOption: ({ label, count }) => `${label} (${n(count)})`,
  filterAll: 'Tümü',
  states: { pending: 'Beklemede', expired: 'Süresi doldu', revoked: 'Geri çekildi', accepted: 'Kabul edildi' },
  roleLabel: 'Rol',
  roleNames,
  expiresIn: ({ time }) => `Süresi ${soon(time)} doluyor`,
  expiredAgo: ({ time }) => `Süresi ${ago(time)} doldu`,
  acceptedAgo: ({ time }) => `${first(ago(time))} kabul edildi`,
  revokedAgo: ({ time }) => `${first(ago(time))} geri çekildi`,
  sentAgo: ({ time }) => `${first(ago(time))} gönderildi`,
  invitedBy: ({ name }) => `Davet eden: ${name}`,
  actions: { resend: 'Yeniden gönder', revoke: 'Geri çek', reinvite: 'Yeniden davet et', copyLink: 'Bağlantıyı kopyala' },
  actionFor: ({ action, email }) =>
    ({
      resend: `${email} adresine daveti yeniden gönder`,
      revoke: `${email} adresine gönderilen daveti geri çek`,
      reinvite: `${email} adresini yeniden davet et`,
      copyLink: `Bağlantıyı kopyala: ${email} adresinin daveti`,
    })[action],
  confirmRevoke: ({ email }) => `${email} adresine gönderilen davet geri çekilsin mi? Davet bağlantısı artık çalışmaz.`,
  confirmRevokeAction: 'Geri çek',
  cancelRevoke: 'Vazgeç',
  acting: { resend: 'Yeniden gönderiliyor…', revoke: 'Geri çekiliyor…', reinvite: 'Yeniden davet ediliyor…' },
  done: ({ action, email }) =>
    ({
      resend: `${email} adresine davet yeniden gönderildi.`,
      revoke: `${email} adresine gönderilen davet geri çekildi.`,
      reinvite: `${email} adresine yeni bir davet gönderildi.`,
    })[action],
  failed: ({ action, email, message }) =>
    `${{
      resend: `${email} adresine davet yeniden gönderilemedi`,
      revoke: `${email} adresine gönderilen davet geri çekilemedi`,
      reinvite: `${email} adresi yeniden davet edilemedi`,
    }[action]}: ${message}`,
  unknown: ({ action, email }) =>
    `${email} için yanıt gelmedi: ${{
      resend: 'davet yeniden gönderilmiş olabilir',
      revoke: 'davet geri çekilmiş olabilir',
      reinvite: 'kişi yeniden davet edilmiş olabilir',
    }[action]}. Durumu görmek için listeyi yenileyin.`,
  aboveYourRole: 'Bu davet, kendi rolünüzün üzerindeki bir rol için.',
  notHeld: 'Bu davet, sahip olmadığınız bir rolü veriyor.',
  linkCopied: ({ email }) => `${email} adresinin davet bağlantısı kopyalandı.`,
  copyFailed: 'Tarayıcı bağlantının kopyalanmasına izin vermedi.',
  loading: 'Davetler yükleniyor…',
  empty: 'Henüz davet yok. Davet ettiğiniz kişiler katılana kadar burada görünür.',
  emptyFiltered: ({ state }) => `Durumu “${state}” olan davet yok.`,
  loadFailed: ({ message }) => `Davetler yüklenemedi. ${message}`,
  refreshFailed: ({ message }) => `Liste yenilenemedi. ${message}`,
  moreFailed: ({ message }) => `Daha fazla davet yüklenemedi. ${message}`,
  retry: 'Yeniden dene',
  refresh: 'Yenile',
  loadMore: 'Daha fazla yükle',
  loadingMore: 'Yükleniyor…',
  loadedMore: ({ count }) => p(count, { zero: 'Başka davet yok.', other: '# davet daha gösteriliyor.' }),
  refreshed: 'Davetler yenilendi.',
  unsupported:
    'Bu davet hizmeti davet e-postaları gönderir ancak bunların listesini tutmaz; bu nedenle gönderilen davetler burada gösterilemez, yeniden gönderilemez veya geri çekilemez.',
  forbidden: 'Bu kuruluşun davetlerini görme izniniz yok.',
  unauthenticated: 'Oturumunuzun süresi doldu. Davetleri görmek için yeniden oturum açın.',
  // Object.assign rather than a spread: a bundler can drop a pure call, not a spread, so
  // `import de from …` carries none of the list's strings.
  errors: /* @__PURE__ */ Object.assign({}, errors, {
    // A call about invitations failed, not a send: nothing "may have been sent".
    'invite.network_error': 'Yanıt gelmeden bağlantı kesildi.',
    'invite.timeout': 'Zamanında yanıt gelmedi.',
    'invite.aborted': 'Yanıt gelmeden durduruldu.',
    'invite.invalid_response': 'Sunucunun yanıtı okunamadı.',
    'invite.invitation_not_found': 'Bu davet artık yok.',
    'invite.not_pending': 'Bu davet artık beklemede değil.',
    'invite.invitation_expired': 'Bu davetin süresi doldu; bunun yerine kişiyi yeniden davet edin.',
    'invite.invitation_revoked': 'Bu davet geri çekildi.',
    'invite.invitation_accepted': 'Bu davet zaten kabul edildi.',
    'invite.not_supported': 'Davet hizmeti bunu yapamıyor.',
    'invite.busy': 'Bu davet için başka bir işlem hâlâ sürüyor.',
    'invite.not_revoked': 'Davet geri çekilmedi.',
  }),
};
