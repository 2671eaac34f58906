/**
 * English, complete: `import en from 'invite-kit/messages/en'`. The components speak it already
 * (their built-in strings are these); this module adds the words for every error code and every
 * reason core gives, so a language switcher can offer English beside the others, and an override
 * of one string starts from a whole language like any other.
 * @module
 */
import { INVITE_ERROR_CODES } from '../core/error-codes';
import { INVITATION_CALL_MESSAGES, INVITATION_ERROR_CODES } from '../core/invitations';
import type { InviteErrorCode } from '../core/types';
import { defaultInvitationListMessages, type InvitationListTranslation } from '../hooks/invitation-messages';
import { defaultInviteMessages, type InviteKitMessages } from '../hooks/messages';

// Core's English quotes the slugs it names: "admin", "org-sales".
const quoted = (slugs: readonly string[]) => slugs.map((slug) => `"${slug}"`).join(', ');

// The catalogs' words by code. Built by pure calls, spread by Object.assign (a bundler can drop a
// pure call, not a spread): `import en` carries none of the list's strings, and the list's import
// none of the dialog's.
const wordsOf = <C extends Record<string, { message: string }>>(catalog: C) =>
  Object.fromEntries(Object.entries(catalog).map(([code, info]) => [code, info.message])) as Record<keyof C, string>;
const errors: Record<InviteErrorCode, string> = /* @__PURE__ */ wordsOf(INVITE_ERROR_CODES);
const roleNames = { member: 'Member', billing: 'Billing', admin: 'Admin', owner: 'Owner' };

// What English adds to the built-in strings.
const words: Pick<InviteKitMessages, 'locale' | 'roleNames' | 'errors' | 'reasons'> = {
  locale: 'en',
  roleNames,
  errors,
  // The same words core gives in `message`, from the reason and its values.
  reasons: {
    missing: 'The email address is missing.',
    too_long: ({ max }) => `This is longer than any address can be (over ${max} characters).`,
    invisible_char: 'Contains an invisible character (such as a zero-width space).',
    control_char: 'Contains a control character.',
    missing_at: 'Missing @: an address looks like name@example.com.',
    many_at: 'Contains more than one @.',
    empty_local: 'Nothing before the @.',
    empty_domain: 'Nothing after the @: the domain is missing.',
    quoted_local: 'Quoted names before the @ are not accepted.',
    space: 'Contains a space.',
    local_not_ascii: 'The part before the @ may only use ASCII letters, digits and . _ - + and similar.',
    local_char: ({ char }) => `The part before the @ contains "${char}", which is not allowed.`,
    local_dot_edge: 'The part before the @ starts or ends with a dot.',
    local_double_dot: 'The part before the @ has two dots in a row.',
    local_too_long: 'The part before the @ is longer than 64 characters.',
    address_too_long: 'The address is longer than 254 characters.',
    ip_domain: 'Addresses at an IP address are not accepted.',
    domain_char: ({ char }) => `The domain contains "${char}", which is not allowed.`,
    mixed_scripts: ({ label, unicode }) => `The domain label "${label}"${unicode ? ` (${unicode})` : ''} mixes scripts (a look-alike).`,
    idn_invalid: 'The domain is not a valid internationalized name.',
    punycode_invalid: ({ label }) => `The domain label "${label}" is not a valid internationalized name.`,
    domain_dot_end: 'The domain ends with a dot.',
    domain_dot_start: 'The domain starts with a dot.',
    domain_no_dot: 'The domain has no dot (as in example.com).',
    domain_double_dot: 'The domain has two dots in a row.',
    label_too_long: 'A part of the domain is longer than 63 characters.',
    label_hyphen: 'A part of the domain starts or ends with a hyphen.',
    domain_not_ldh: 'The domain may only use letters, digits and hyphens.',
    tld_not_alpha: 'The domain ending must be letters (as in .com).',
    domain_too_long: 'The domain is longer than 253 characters.',
    not_alone: 'Not an email address on its own.',
    row_without_email: 'This row has no email address.',
    cell_not_read: 'This cell is not an address, nor its name or role.',
    too_many: ({ max, count }) => `At most ${max} invitations can be sent at once; this batch has ${count}.`,
    unknown_role: ({ roles }) => `Unknown role ${quoted(roles)}.`,
    one_role_only: ({ roles }) => `One role per invitation here, not ${quoted(roles)}.`,
    no_roles: ({ roles }) => `No roles here, not ${quoted(roles)}.`,
    several_system_roles: ({ roles }) => `Choose only one of ${quoted(roles)}.`,
    custom_needs_member: ({ roles }) => `Custom roles (${quoted(roles)}) can only be given together with member.`,
    role_above_own: ({ roles, own }) => `You cannot give the ${roles.join(', ')} role: it is above your own (${own}).`,
    role_not_held: ({ roles }) => `You cannot give ${quoted(roles)}: only people who hold a custom role can give it.`,
    expiry_out_of_range: ({ unit, min, max }) => `Invitations can last a whole number of ${unit} from ${min} to ${max}.`,
  },
};

const en: InviteKitMessages = /* @__PURE__ */ Object.assign({}, defaultInviteMessages, words);

export default en;

/**
 * The invitations list in English, complete: `import { invitationListMessages } from
 * 'invite-kit/messages/en'` — the built-in strings, with words for every code it can be told of.
 */
export const invitationListMessages: InvitationListTranslation = /* @__PURE__ */ Object.assign({}, defaultInvitationListMessages, {
  locale: 'en',
  roleNames,
  errors: /* @__PURE__ */ Object.assign({}, errors, /* @__PURE__ */ wordsOf(INVITATION_ERROR_CODES), INVITATION_CALL_MESSAGES, {
    'invite.busy': 'Another action on this invitation is still on its way.',
    'invite.not_revoked': 'It was not revoked.',
  }),
});
