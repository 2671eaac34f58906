/**
 * The invitation rules of the batch API (seeds/004), in one place for the browser and the server.
 */
import * as z from 'zod/mini';
import { checkEmail, emailKey } from './email';
import { isRecord } from './guards';
import { RULE_MESSAGES } from './rule-messages';
import {
  SYSTEM_ROLES,
  callerLevel,
  isCustomRole,
  isSystemRole,
  isWellFormedCustomRole,
  resolveRoleSlugs,
  roleLevel,
} from './roles';
import type { InviteIssueReason } from './reasons';
import type { InviteErrorCode, InviteIssue, InvitePolicy, TransportCapabilities } from './types';

/** The most entries one batch may hold unless the policy says otherwise. */
export const DEFAULT_MAX_BATCH_SIZE = 20;

/** The policy, plus what the API behind accepts. */
export interface InviteRuleOptions extends InvitePolicy {
  /**
   * How many roles the API behind takes per invitation: a transport's `capabilities.roles`. With
   * `'one'` (WorkOS: one `role_slug`), an entry with several slugs is `invite.roles_not_supported`;
   * with `'none'` (Stytch), any role but the default `member` is, since the API would drop it.
   * @default 'many'
   */
  rolesPerInvitation?: TransportCapabilities['roles'];
}

/** The part of an entry the rules look at. */
export interface InviteRuleEntry {
  email: string;
  roleSlugs?: readonly string[];
}

const keySet = (emails?: Iterable<string>) => {
  const set = new Set<string>();
  for (const email of emails ?? []) set.add(emailKey(email));
  return set;
};

const quoteList = (slugs: string[]) => slugs.map((slug) => `"${slug}"`).join(', ');

/**
 * Checks a batch against every rule and returns every issue, in entry order (batch-level issues
 * first, without an `index`). An empty array means the batch may be sent.
 * @example
 * validateInviteBatch([{ email: 'a@x.com' }, { email: 'A@x.com' }])
 * // [{ code: 'invite.duplicate_email', index: 1, email: 'A@x.com', message: … }]
 */
export function validateInviteBatch(
  entries: ReadonlyArray<InviteRuleEntry>,
  options: InviteRuleOptions = {},
): InviteIssue[] {
  const issues: InviteIssue[] = [];
  const max = options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE;
  if (entries.length === 0) {
    issues.push({ code: 'invite.empty_batch', message: RULE_MESSAGES['invite.empty_batch'] });
    return issues;
  }
  if (entries.length > max) {
    issues.push({
      code: 'invite.batch_too_large',
      message: `At most ${max} invitations can be sent at once; this batch has ${entries.length}.`,
      reason: 'too_many',
      params: { max, count: entries.length },
    });
  }

  const { caller, roles } = options;
  const members = keySet(options.existingMemberEmails);
  const pending = keySet(options.pendingInviteEmails);
  const known = roles ? new Set(roles.map((role) => role.slug)) : undefined;
  const self = caller?.email ? emailKey(caller.email) : undefined;
  const seen = new Set<string>();

  entries.forEach((entry, index) => {
    const email = typeof entry?.email === 'string' ? entry.email : '';
    const add = (code: InviteErrorCode, message: string, reason?: InviteIssueReason, params?: InviteIssue['params']) =>
      issues.push({ code, message, index, email, ...(reason && { reason }), ...(params && { params }) });

    const checked = checkEmail(entry?.email);
    if (!checked.ok) {
      add('invite.invalid_email', checked.message, checked.reason, checked.params);
    } else {
      const key = checked.email.toLowerCase();
      if (seen.has(key)) add('invite.duplicate_email', `${checked.email} is already in the list.`);
      seen.add(key);
      if (key === self) add('invite.self_invite', RULE_MESSAGES['invite.self_invite']);
      if (members.has(key)) add('invite.already_member', `${checked.email} is already a member of this organization.`);
      if (pending.has(key)) add('invite.already_pending', `An invitation to ${checked.email} is already pending.`);
    }

    const slugs = resolveRoleSlugs(entry?.roleSlugs);
    const unknown = slugs.filter((slug) =>
      isSystemRole(slug) ? false : !isWellFormedCustomRole(slug) || (known !== undefined && !known.has(slug)),
    );
    if (unknown.length > 0) add('invite.invalid_role', `Unknown role ${quoteList(unknown)}.`, 'unknown_role', { roles: unknown });
    const per = options.rolesPerInvitation;
    const dropped = per === 'none' ? slugs.filter((slug) => slug !== 'member') : per === 'one' && slugs.length > 1 ? slugs : [];
    if (dropped.length > 0) {
      add(
        'invite.roles_not_supported',
        `${per === 'one' ? 'One role per invitation' : 'No roles'} here, not ${quoteList(dropped)}.`,
        per === 'one' ? 'one_role_only' : 'no_roles',
        { roles: dropped },
      );
    }
    const system = slugs.filter(isSystemRole);
    const custom = slugs.filter((slug) => isCustomRole(slug) && !unknown.includes(slug));
    if (system.length === 0) add('invite.no_system_role', RULE_MESSAGES['invite.no_system_role']);
    if (system.length > 1) add('invite.multiple_system_roles', `Choose only one of ${quoteList(system)}.`, 'several_system_roles', { roles: system });
    if (custom.length > 0 && system.some((slug) => slug !== 'member')) {
      add('invite.custom_roles_not_allowed', `Custom roles (${quoteList(custom)}) can only be given together with member.`, 'custom_needs_member', {
        roles: custom,
      });
    }
    if (caller?.roleSlugs) {
      const own = callerLevel(caller);
      const above = system.filter((slug) => roleLevel(slug) > own);
      const mine = SYSTEM_ROLES[own]!;
      if (above.length > 0) {
        add('invite.insufficient_role', `You cannot give the ${above.join(', ')} role: it is above your own (${mine}).`, 'role_above_own', {
          roles: above,
          own: mine,
        });
      }
      const notHeld = custom.filter((slug) => !caller.roleSlugs!.includes(slug));
      if (notHeld.length > 0) {
        add('invite.insufficient_role', `You cannot give ${quoteList(notHeld)}: only people who hold a custom role can give it.`, 'role_not_held', {
          roles: notHeld,
        });
      }
    }
  });
  return issues;
}

/** The batch as {@link createInviteBatchSchema} accepts it. */
export type InviteBatchInput = Array<{ email: string; name?: string; roleSlugs?: string[] }>;

/**
 * A zod schema (built on `zod/mini`) that enforces exactly the rules of {@link validateInviteBatch}.
 * Each rule issue is a `custom` zod issue whose `params.code` is the invite error code and whose
 * `path` points at the entry (`[index, 'email']` or `[index, 'roleSlugs']`), or `[]` for the batch.
 * @example
 * const result = createInviteBatchSchema({ maxBatchSize: 5 }).safeParse(body);
 * if (!result.success) result.error.issues.map((issue) => issue.params?.code);
 */
export function createInviteBatchSchema(options: InviteRuleOptions = {}) {
  // Built on call, not at import: code that only validates (the browser) never loads zod's runtime.
  // One transform reads the shape and the rules, reports their issues and keeps only the known
  // fields: zod's object and array schemas would cost about 1.5 kB gzip more for the same verdicts,
  // and a custom check piped into the transform some 0.7 kB more.
  return z.transform((value: unknown, ctx): InviteBatchInput => {
    const found =
      shapeIssues(value) ??
      validateInviteBatch(value as InviteBatchInput, options).map((issue) => ({
        message: issue.message,
        path: issue.index === undefined ? [] : [issue.index, issue.code === 'invite.invalid_email' || !issue.code.includes('role') ? 'email' : 'roleSlugs'],
        params: { code: issue.code },
      }));
    for (const issue of found) ctx.issues.push({ code: 'custom', input: value, ...issue });
    // With issues the output is never read: the parse fails.
    return found.length
      ? []
      : (value as InviteBatchInput).map(({ email, name, roleSlugs }) => ({
          email,
          ...(name !== undefined && { name }),
          ...(roleSlugs !== undefined && { roleSlugs: [...roleSlugs] }),
        }));
  });
}

/** Where a body that should be an {@link InviteBatchInput} has the wrong shape, or `undefined`. */
function shapeIssues(value: unknown): Array<{ message: string; path: PropertyKey[] }> | undefined {
  const message = 'Expected a list of { email: string, name?: string, roleSlugs?: string[] }.';
  if (!Array.isArray(value)) return [{ message, path: [] }];
  const at = value.findIndex(
    (entry: unknown) =>
      !isRecord(entry) ||
      typeof entry.email !== 'string' ||
      !(entry.name === undefined || typeof entry.name === 'string') ||
      !(entry.roleSlugs === undefined || (Array.isArray(entry.roleSlugs) && entry.roleSlugs.every((slug) => typeof slug === 'string'))),
  );
  return at === -1 ? undefined : [{ message, path: [at] }];
}
