/**
 * Roles: the four system roles and their levels, custom `org-` roles, and what a caller may assign.
 */
import type { InviteCaller, RoleCatalog, SystemRole } from './types';

/** The system roles, lowest level first. */
export const SYSTEM_ROLES = ['member', 'billing', 'admin', 'owner'] as const satisfies readonly SystemRole[];

const CUSTOM_ROLE = /^org-[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/;

/** Whether `slug` is one of {@link SYSTEM_ROLES}. */
export function isSystemRole(slug: string): slug is SystemRole {
  return (SYSTEM_ROLES as readonly string[]).includes(slug);
}

/** Whether `slug` names a custom role (`org-` prefix). */
export function isCustomRole(slug: string): boolean {
  return slug.startsWith('org-');
}

/** Whether `slug` is a well-formed custom role slug: `org-` then lower-case letters, digits, `-` or `_`. */
export function isWellFormedCustomRole(slug: string): boolean {
  return CUSTOM_ROLE.test(slug);
}

/** A system role's level: 0 for member up to 3 for owner; -1 for anything else. */
export function roleLevel(slug: string): number {
  return (SYSTEM_ROLES as readonly string[]).indexOf(slug);
}

/**
 * The role slugs an entry really has: an empty or absent list means `["member"]`.
 * @example resolveRoleSlugs(undefined) // ['member']
 */
export function resolveRoleSlugs(slugs?: readonly string[] | null): string[] {
  return slugs && slugs.length > 0 ? [...slugs] : ['member'];
}

/** The highest system-role level among a caller's roles (member when it holds none). */
export function callerLevel(caller: InviteCaller): number {
  return Math.max(0, ...(caller.roleSlugs ?? []).map(roleLevel));
}

/** Why a caller may not assign a role, as a code a UI can translate. */
export type RoleDisabledBy = 'above_level' | 'not_held';

/** Which guard keeps the caller from assigning `slug`, or `undefined` when none does (no caller roles: no guard). */
const guardOf = (slug: string, caller?: InviteCaller): RoleDisabledBy | undefined =>
  !caller?.roleSlugs
    ? undefined
    : isSystemRole(slug)
      ? roleLevel(slug) > callerLevel(caller)
        ? 'above_level'
        : undefined
      : caller.roleSlugs.includes(slug)
        ? undefined
        : 'not_held';

/**
 * Which guard keeps `caller` from giving `slug`: `above_level` (a system role above their own),
 * `not_held` (a custom role they do not hold), or `undefined` when none does. Without
 * `caller.roleSlugs` (an org-scoped key) no guard applies. The same rule decides who may resend or
 * revoke an invitation for that role.
 * @example roleGuard('owner', { roleSlugs: ['admin'] }) // 'above_level'
 */
export const roleGuard: (slug: string, caller?: InviteCaller) => RoleDisabledBy | undefined = guardOf;

/** Why a caller may not assign a role, in English, or `undefined` when it may (no caller roles: no guard). */
export function roleGuardReason(slug: string, caller?: InviteCaller): string | undefined {
  const by = guardOf(slug, caller);
  return by === 'above_level'
    ? `Above your own role (${SYSTEM_ROLES[callerLevel(caller!)]}).`
    : by && 'Only people who hold this role can give it.';
}

/** One role as a picker shows it. */
export interface RoleOption {
  slug: string;
  name: string;
  description?: string;
  kind: 'system' | 'custom';
  /** Set when the caller may not assign it; the text says why, in English (see `disabledBy` to translate). */
  disabledReason?: string;
  /** Set with `disabledReason`: the role is above the caller's level, or a custom role the caller does not hold. */
  disabledBy?: RoleDisabledBy;
  /** With `disabledBy: 'above_level'`: the caller's own system role (its highest). */
  callerRole?: SystemRole;
}

const titleCase = (slug: string) =>
  slug
    .replace(/^org-/, '')
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');

/**
 * A role's display name: the catalog's, else `names`' (a UI's words for the system roles), else one
 * made from its slug (`org-sales-lead` → "Sales Lead").
 */
export function roleName(slug: string, roles?: RoleCatalog, names?: Partial<Record<string, string>>): string {
  return roles?.find((role) => role.slug === slug)?.name ?? names?.[slug] ?? titleCase(slug);
}

/**
 * The roles a picker offers: the four system roles, then the catalog's custom roles, each with its
 * name (the catalog's, else `names`', else from its slug), description and — when the caller may
 * not assign it — the reason.
 */
export function getRoleOptions(
  options: { roles?: RoleCatalog | undefined; caller?: InviteCaller | undefined; names?: Partial<Record<string, string>> | undefined } = {},
): RoleOption[] {
  const { roles, caller, names } = options;
  const describe = (slug: string, kind: RoleOption['kind']): RoleOption => {
    const entry = roles?.find((role) => role.slug === slug);
    const option: RoleOption = { slug, name: entry?.name ?? names?.[slug] ?? titleCase(slug), kind };
    if (entry?.description) option.description = entry.description;
    const by = guardOf(slug, caller);
    if (by) {
      option.disabledReason = roleGuardReason(slug, caller)!;
      option.disabledBy = by;
      if (by === 'above_level') option.callerRole = SYSTEM_ROLES[callerLevel(caller!)];
    }
    return option;
  };
  const custom = (roles ?? []).filter((role) => isCustomRole(role.slug)).map((role) => describe(role.slug, 'custom'));
  return [...SYSTEM_ROLES.map((slug) => describe(slug, 'system')), ...custom];
}

/**
 * Checks a role catalog that arrived from somewhere (FAULTS F34): it must be an array of objects
 * with distinct string slugs, each a system role or a well-formed custom role.
 */
export function parseRoleCatalog(value: unknown): { ok: true; roles: RoleCatalog } | { ok: false; message: string } {
  if (!Array.isArray(value)) return { ok: false, message: 'The role list is not a list.' };
  const seen = new Set<string>();
  for (const role of value) {
    const slug = (role as { slug?: unknown } | null)?.slug;
    if (typeof slug !== 'string') return { ok: false, message: 'A role has no slug.' };
    if (!isSystemRole(slug) && !isWellFormedCustomRole(slug)) return { ok: false, message: `The role "${slug}" is not a valid slug.` };
    if (seen.has(slug)) return { ok: false, message: `The role "${slug}" is listed twice.` };
    seen.add(slug);
  }
  return { ok: true, roles: value as RoleCatalog };
}
