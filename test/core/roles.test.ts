// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SYSTEM_ROLES, getRoleOptions, parseRoleCatalog, resolveRoleSlugs, roleLevel, roleName } from '../../src/core/roles';

describe('roles', () => {
  it('lists the system roles lowest first', () => {
    expect(SYSTEM_ROLES).toEqual(['member', 'billing', 'admin', 'owner']);
    expect(SYSTEM_ROLES.map(roleLevel)).toEqual([0, 1, 2, 3]);
    expect(roleLevel('org-x')).toBe(-1);
  });

  it('resolves an empty or absent list to member', () => {
    expect(resolveRoleSlugs()).toEqual(['member']);
    expect(resolveRoleSlugs([])).toEqual(['member']);
    expect(resolveRoleSlugs(['admin'])).toEqual(['admin']);
  });

  it('names roles from the catalog or from the slug', () => {
    expect(roleName('org-sales-lead')).toBe('Sales Lead');
    expect(roleName('org-x', [{ slug: 'org-x', name: 'Experts' }])).toBe('Experts');
  });

  describe('getRoleOptions', () => {
    it('offers the system roles then the catalog’s custom roles, with names and descriptions', () => {
      const options = getRoleOptions({ roles: [{ slug: 'admin', name: 'Administrator' }, { slug: 'org-sales', name: 'Sales', description: 'Deals' }] });
      expect(options.map((o) => [o.slug, o.name, o.kind])).toEqual([
        ['member', 'Member', 'system'],
        ['billing', 'Billing', 'system'],
        ['admin', 'Administrator', 'system'],
        ['owner', 'Owner', 'system'],
        ['org-sales', 'Sales', 'custom'],
      ]);
      expect(options[4]!.description).toBe('Deals');
    });

    it('says why a caller may not assign a role', () => {
      const options = getRoleOptions({ roles: [{ slug: 'org-sales' }, { slug: 'org-ops' }], caller: { roleSlugs: ['billing', 'org-sales'] } });
      const reasons = Object.fromEntries(options.map((o) => [o.slug, o.disabledReason]));
      expect(reasons).toEqual({
        member: undefined,
        billing: undefined,
        admin: 'Above your own role (billing).',
        owner: 'Above your own role (billing).',
        'org-sales': undefined,
        'org-ops': 'Only people who hold this role can give it.',
      });
    });

    it('says which guard applies as codes a UI can translate, with the caller’s own role', () => {
      const options = getRoleOptions({ roles: [{ slug: 'org-sales' }, { slug: 'org-ops' }], caller: { roleSlugs: ['billing', 'org-sales'] } });
      const guards = Object.fromEntries(options.map((o) => [o.slug, [o.disabledBy, o.callerRole]]));
      expect(guards).toEqual({
        member: [undefined, undefined],
        billing: [undefined, undefined],
        admin: ['above_level', 'billing'],
        owner: ['above_level', 'billing'],
        'org-sales': [undefined, undefined],
        'org-ops': ['not_held', undefined],
      });
    });
  });

  describe('parseRoleCatalog', () => {
    it.each([
      [{}, /not a list/],
      [[{ name: 'x' }], /no slug/],
      [[{ slug: 'org-x' }, { slug: 'org-x' }], /twice/],
      [[{ slug: 'Sales Team' }], /not a valid slug/],
    ])('rejects %j', (value, message) => {
      const result = parseRoleCatalog(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    });

    it('accepts a well-formed catalog', () => {
      expect(parseRoleCatalog([{ slug: 'member', name: 'Member' }, { slug: 'org-x' }]).ok).toBe(true);
    });
  });
});
