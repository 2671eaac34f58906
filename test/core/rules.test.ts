// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createInviteBatchSchema, validateInviteBatch } from '../../src/core/rules';
import type { InviteRuleOptions } from '../../src/core/rules';

const codes = (entries: Parameters<typeof validateInviteBatch>[0], policy?: InviteRuleOptions) =>
  validateInviteBatch(entries, policy).map((issue) => [issue.index, issue.code]);

const many = (n: number) => Array.from({ length: n }, (_, i) => ({ email: `user${i}@acme.com` }));

describe('validateInviteBatch', () => {
  it('accepts a valid batch', () => {
    expect(validateInviteBatch([{ email: 'jane@acme.com' }, { email: 'bob@acme.com', roleSlugs: ['admin'] }])).toEqual([]);
  });

  describe('given the batch size', () => {
    it('rejects an empty batch', () => {
      expect(validateInviteBatch([])).toEqual([{ code: 'invite.empty_batch', message: expect.any(String) }]);
    });

    it('accepts 20 and rejects 21 by default, as a batch-level issue', () => {
      expect(validateInviteBatch(many(20))).toEqual([]);
      const issues = validateInviteBatch(many(21));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: 'invite.batch_too_large', message: expect.stringContaining('21') });
      expect(issues[0]).not.toHaveProperty('index');
    });

    it('honours maxBatchSize', () => {
      expect(codes(many(3), { maxBatchSize: 2 })).toEqual([[undefined, 'invite.batch_too_large']]);
    });

    it('still lists every entry issue in a batch that is too large', () => {
      expect(codes([...many(20), { email: 'nope' }])).toEqual([
        [undefined, 'invite.batch_too_large'],
        [20, 'invite.invalid_email'],
      ]);
    });
  });

  describe('given addresses', () => {
    it('reports duplicates on the later entries, case-insensitively and IDN-aware', () => {
      const issues = validateInviteBatch([
        { email: 'Jane@acme.com' },
        { email: 'jane@ACME.com' },
        { email: 'u@bücher.de' },
        { email: 'U@xn--bcher-kva.de' },
        { email: 'JANE@acme.com' },
      ]);
      expect(issues.map((i) => [i.index, i.code])).toEqual([
        [1, 'invite.duplicate_email'],
        [3, 'invite.duplicate_email'],
        [4, 'invite.duplicate_email'],
      ]);
      expect(issues[0]!.email).toBe('jane@ACME.com');
    });

    it('reports invalid, missing and too long addresses with the specific reason', () => {
      const issues = validateInviteBatch([{ email: 'nope' }, { email: '' }, { email: `${'a'.repeat(65)}@acme.com` }]);
      expect(issues.map((i) => i.code)).toEqual(['invite.invalid_email', 'invite.invalid_email', 'invite.invalid_email']);
      expect(issues[0]!.message).toMatch(/missing @/i);
      expect(issues[1]!.message).toMatch(/missing/i);
      expect(issues[2]!.message).toMatch(/64/);
    });

    it("reports the caller's own address", () => {
      expect(codes([{ email: 'ME@acme.com' }], { caller: { email: 'me@acme.com' } })).toEqual([[0, 'invite.self_invite']]);
    });

    it('reports already members and pending invitations when the lists are given', () => {
      expect(
        codes([{ email: 'a@acme.com' }, { email: 'B@acme.com' }, { email: 'c@acme.com' }], {
          existingMemberEmails: ['A@acme.com'],
          pendingInviteEmails: new Set(['b@acme.com']),
        }),
      ).toEqual([
        [0, 'invite.already_member'],
        [1, 'invite.already_pending'],
      ]);
    });
  });

  describe('given roles', () => {
    it('treats an empty or absent list as member', () => {
      expect(validateInviteBatch([{ email: 'a@acme.com', roleSlugs: [] }, { email: 'b@acme.com' }])).toEqual([]);
    });

    it.each([
      [['admin'], []],
      [['member', 'org-sales'], []],
      [['superuser'], ['invite.invalid_role', 'invite.no_system_role']],
      [['Admin'], ['invite.invalid_role', 'invite.no_system_role']],
      [['org-sales'], ['invite.no_system_role']],
      [['member', 'admin'], ['invite.multiple_system_roles']],
      [['admin', 'org-sales'], ['invite.custom_roles_not_allowed']],
      [['billing', 'org-sales', 'org-ops'], ['invite.custom_roles_not_allowed']],
      [['member', 'org-'], ['invite.invalid_role']],
      [['member', 'org-Bad Slug'], ['invite.invalid_role']],
    ])('%j → %j', (roleSlugs, expected) => {
      expect(validateInviteBatch([{ email: 'a@acme.com', roleSlugs }]).map((i) => i.code)).toEqual(expected);
    });

    it('knows only the catalog’s custom roles when a catalog is given', () => {
      const roles = [{ slug: 'org-sales', name: 'Sales' }];
      expect(codes([{ email: 'a@acme.com', roleSlugs: ['member', 'org-sales'] }], { roles })).toEqual([]);
      const issues = validateInviteBatch([{ email: 'a@acme.com', roleSlugs: ['member', 'org-ops'] }], { roles });
      expect(issues).toEqual([expect.objectContaining({ index: 0, code: 'invite.invalid_role', message: 'Unknown role "org-ops".' })]);
    });
  });

  describe('given what the API behind takes (rolesPerInvitation)', () => {
    it("rejects an entry with several roles when the API takes one, saying which", () => {
      const entries = [{ email: 'a@x.com', roleSlugs: ['member', 'org-eng'] }, { email: 'b@x.com', roleSlugs: ['admin'] }, { email: 'c@x.com' }];
      expect(codes(entries, { rolesPerInvitation: 'one' })).toEqual([[0, 'invite.roles_not_supported']]);
      expect(validateInviteBatch(entries, { rolesPerInvitation: 'one' })[0]!.message).toBe(
        'One role per invitation here, not "member", "org-eng".',
      );
      expect(codes(entries, { rolesPerInvitation: 'many' })).toEqual([]);
    });

    it('rejects any role but the default member when the API takes none', () => {
      const entries = [{ email: 'a@x.com' }, { email: 'b@x.com', roleSlugs: ['member'] }, { email: 'c@x.com', roleSlugs: ['admin'] }];
      expect(codes(entries, { rolesPerInvitation: 'none' })).toEqual([[2, 'invite.roles_not_supported']]);
      expect(validateInviteBatch(entries, { rolesPerInvitation: 'none' })[0]!.message).toBe('No roles here, not "admin".');
    });

    it('puts the issue on the roleSlugs path in the schema', () => {
      const result = createInviteBatchSchema({ rolesPerInvitation: 'one' }).safeParse([{ email: 'a@x.com', roleSlugs: ['member', 'org-eng'] }]);
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((issue) => [issue.path, (issue as { params?: { code?: string } }).params?.code])).toEqual([
        [[0, 'roleSlugs'], 'invite.roles_not_supported'],
      ]);
    });
  });

  describe('given a caller with roles (the privilege guard)', () => {
    const caller = { email: 'me@acme.com', roleSlugs: ['admin', 'org-sales'] };
    it('allows roles up to its own level', () => {
      expect(codes([{ email: 'a@acme.com', roleSlugs: ['admin'] }, { email: 'b@acme.com', roleSlugs: ['billing'] }], { caller })).toEqual([]);
    });

    it('rejects a role above its own level', () => {
      const issues = validateInviteBatch([{ email: 'a@acme.com', roleSlugs: ['owner'] }], { caller });
      expect(issues).toEqual([expect.objectContaining({ code: 'invite.insufficient_role', message: expect.stringMatching(/owner.*admin/) })]);
    });

    it('rejects a custom role it does not hold, allows one it holds', () => {
      expect(codes([{ email: 'a@acme.com', roleSlugs: ['member', 'org-ops'] }], { caller })).toEqual([[0, 'invite.insufficient_role']]);
      expect(codes([{ email: 'a@acme.com', roleSlugs: ['member', 'org-sales'] }], { caller })).toEqual([]);
    });

    it('a billing caller cannot invite an admin; a member caller only members', () => {
      expect(codes([{ email: 'a@acme.com', roleSlugs: ['admin'] }], { caller: { roleSlugs: ['billing'] } })).toEqual([[0, 'invite.insufficient_role']]);
      expect(codes([{ email: 'a@acme.com', roleSlugs: ['billing'] }], { caller: { roleSlugs: ['member'] } })).toEqual([[0, 'invite.insufficient_role']]);
      expect(codes([{ email: 'a@acme.com' }], { caller: { roleSlugs: ['member'] } })).toEqual([]);
    });

    it('skips the guard for an org-scoped key (no caller roles)', () => {
      expect(codes([{ email: 'a@acme.com', roleSlugs: ['owner'] }], { caller: { email: 'me@acme.com' } })).toEqual([]);
      expect(codes([{ email: 'a@acme.com', roleSlugs: ['member', 'org-x'] }], {})).toEqual([]);
    });
  });

  it('does not throw on malformed entries', () => {
    const issues = validateInviteBatch([null, { roleSlugs: ['member'] }, { email: 42 }] as never);
    expect(issues.map((i) => i.code)).toEqual(['invite.invalid_email', 'invite.invalid_email', 'invite.invalid_email']);
  });
});

describe('createInviteBatchSchema', () => {
  it('accepts what validateInviteBatch accepts', () => {
    const schema = createInviteBatchSchema();
    expect(schema.safeParse([{ email: 'jane@acme.com', roleSlugs: ['admin'] }]).success).toBe(true);
  });

  it('carries the invite codes and paths on its issues', () => {
    const schema = createInviteBatchSchema({ caller: { roleSlugs: ['billing'] }, maxBatchSize: 2 });
    const result = schema.safeParse([{ email: 'a@acme.com' }, { email: 'A@acme.com' }, { email: 'b@acme.com', roleSlugs: ['admin'] }]);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => ({ path: issue.path, code: (issue as { params?: { code?: string } }).params?.code }));
    expect(issues).toEqual([
      { path: [], code: 'invite.batch_too_large' },
      { path: [1, 'email'], code: 'invite.duplicate_email' },
      { path: [2, 'roleSlugs'], code: 'invite.insufficient_role' },
    ]);
  });

  it('rejects a body of the wrong shape', () => {
    expect(createInviteBatchSchema().safeParse({ email: 'a@acme.com' }).success).toBe(false);
    expect(createInviteBatchSchema().safeParse([{ mail: 'a@acme.com' }]).success).toBe(false);
  });
});
