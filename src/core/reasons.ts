/**
 * Why an address or a batch was refused, as stable keys: core words every issue in English
 * (`message`) and, where one code covers several reasons or the message names values, also says
 * which reason it is (`reason`) and with which values (`params`), so a UI can say the same in its
 * own language. Types only: nothing here reaches a bundle.
 * @module
 */

/** A reason that names no values. */
export type NoValues = Record<never, never>;

/**
 * Each reason and the values its message names. A reason belongs to one code:
 * - `invite.invalid_email`: the email checker's reasons (`missing_at` …) and the parser's
 *   (`not_alone`, `row_without_email`, `cell_not_read`);
 * - `invite.batch_too_large`: `too_many`; `invite.invalid_role`: `unknown_role`;
 *   `invite.roles_not_supported`: `one_role_only`, `no_roles`; `invite.multiple_system_roles`:
 *   `several_system_roles`; `invite.custom_roles_not_allowed`: `custom_needs_member`;
 *   `invite.insufficient_role`: `role_above_own`, `role_not_held`;
 * - `invite.invalid_expiry`: `expiry_out_of_range` (the store's request fields).
 *
 * Role values are slugs as they were given (`org-sales`, `admin`); a UI shows their names.
 */
export interface InviteReasonParams extends EmailReasonParams, ListReasonParams, RuleReasonParams {}

/** The email checker's reasons (`checkEmail`), all under `invite.invalid_email`. */
export interface EmailReasonParams {
  /** No address at all (an empty string, or not a string). */
  missing: NoValues;
  /** Longer than any address can be, before anything else is read. */
  too_long: { max: number };
  invisible_char: NoValues;
  control_char: NoValues;
  missing_at: NoValues;
  many_at: NoValues;
  empty_local: NoValues;
  empty_domain: NoValues;
  quoted_local: NoValues;
  space: NoValues;
  /** The part before the @ holds a letter outside ASCII. */
  local_not_ascii: NoValues;
  /** The part before the @ holds `char`, which an address may not. */
  local_char: { char: string };
  local_dot_edge: NoValues;
  local_double_dot: NoValues;
  /** The part before the @ is over 64 characters. */
  local_too_long: NoValues;
  /** The whole address is over 254 characters. */
  address_too_long: NoValues;
  /** An IP address or an address literal (`[…]`) instead of a domain. */
  ip_domain: NoValues;
  /** The domain holds `char`, which a domain may not. */
  domain_char: { char: string };
  /** A domain label mixes scripts (Latin with Cyrillic …); `unicode` is its Unicode form when it was typed as `xn--`. */
  mixed_scripts: { label: string; unicode?: string };
  /** A Unicode domain the browser's IDNA mapping refuses. */
  idn_invalid: NoValues;
  /** An `xn--` label that is not valid punycode of allowed characters. */
  punycode_invalid: { label: string };
  domain_dot_end: NoValues;
  domain_dot_start: NoValues;
  domain_no_dot: NoValues;
  domain_double_dot: NoValues;
  /** A label of the domain is over 63 characters. */
  label_too_long: NoValues;
  label_hyphen: NoValues;
  /** A domain label holds something other than letters, digits and hyphens. */
  domain_not_ldh: NoValues;
  /** The last label is not alphabetic (nor `xn--`). */
  tld_not_alpha: NoValues;
  /** The domain is over 253 characters. */
  domain_too_long: NoValues;
}

/** The parser's own reasons (`parseEmailList`), under `invite.invalid_email`. */
export interface ListReasonParams {
  /** The parser: a valid address glued to text that makes the token no address (`"x"a@b.com`'s words, a name without address). */
  not_alone: NoValues;
  /** The parser: a table row without any address. */
  row_without_email: NoValues;
  /** The parser: a table cell that is not an address, nor its name or role. */
  cell_not_read: NoValues;
}

/** The rules' reasons (`validateInviteBatch`) and the store's request fields'. */
export interface RuleReasonParams {
  /** More entries than one batch may hold. */
  too_many: { max: number; count: number };
  /** Role slugs that are neither system roles nor known custom roles. */
  unknown_role: { roles: string[] };
  /** The API behind takes one role per invitation: these are more. */
  one_role_only: { roles: string[] };
  /** The API behind takes no roles: these would be dropped. */
  no_roles: { roles: string[] };
  /** Two or more system roles. */
  several_system_roles: { roles: string[] };
  /** Custom roles beside a system role other than member. */
  custom_needs_member: { roles: string[] };
  /** System roles above the caller's own, `own`. */
  role_above_own: { roles: string[]; own: string };
  /** Custom roles the caller does not hold. */
  role_not_held: { roles: string[] };
  /** The invitation lifetime is not a whole number of `unit` from `min` to `max`. */
  expiry_out_of_range: { unit: 'days' | 'minutes'; min: number; max: number };
}

/** Every reason core gives beside its English message. */
export type InviteIssueReason = keyof InviteReasonParams;

/** The reasons of the email checker (`checkEmail`). */
export type EmailReason = keyof EmailReasonParams;
