/**
 * Shared story data: one organization, its role catalog and the people in it. The Playground's
 * in-browser server is seeded with the same people, so a story and the server agree on who is
 * already a member or already invited.
 */
import type { InviteCaller, RoleCatalog } from '../../src/core/types';
import type { MemorySeedInvitation } from '../../src/transports/memory-api';

export const DEMO_ORG_ID = 'org_01HZDEMO7Q2M4X8K3N5P6R9T0V';

/** The person using the dialog in every story. */
export const CALLER_EMAIL = 'you@acme.com';

/** Already members of the organization (the caller among them). */
export const MEMBERS = [CALLER_EMAIL, 'dana@acme.com'] as const;

/** Already hold a pending invitation. */
export const PENDING = ['erin@acme.com'] as const;

const DAY = 86_400_000;

/**
 * Invitations the organization sent earlier, in every state, for the invitations list. Their
 * dates are relative to when the page loads; the addresses are none the other stories invite.
 */
export const SENT_INVITATIONS: MemorySeedInvitation[] = [
  { email: 'hanna.berg@acme.com', state: 'accepted', createdAt: Date.now() - 20 * DAY, roleSlugs: ['member'], organizationId: DEMO_ORG_ID, inviterUserId: 'user_demo_caller' },
  { email: 'omar@acme.com', createdAt: Date.now() - 12 * DAY, roleSlugs: ['billing'], organizationId: DEMO_ORG_ID, inviterUserId: 'user_demo_caller' },
  { email: 'sofia.rossi@acme.com', state: 'revoked', createdAt: Date.now() - 8 * DAY, roleSlugs: ['member', 'org-support'], organizationId: DEMO_ORG_ID },
  { email: 'priya@acme.com', createdAt: Date.now() - 3 * DAY, roleSlugs: ['owner'], organizationId: DEMO_ORG_ID },
  { email: 'tomas@acme.com', createdAt: Date.now() - 2 * DAY, roleSlugs: ['admin'], organizationId: DEMO_ORG_ID, locale: 'de', inviterUserId: 'user_demo_caller' },
  { email: 'wen.li@acme.com', createdAt: Date.now() - 4 * 3_600_000, roleSlugs: ['member', 'org-analyst'], organizationId: DEMO_ORG_ID, inviterUserId: 'user_demo_caller' },
  ...PENDING.map((email) => ({ email, createdAt: Date.now() - DAY, organizationId: DEMO_ORG_ID })),
];

/** System roles named and described, plus two custom roles. */
export const ROLES: RoleCatalog = [
  { slug: 'member', name: 'Member', description: 'Uses the product.' },
  { slug: 'billing', name: 'Billing', description: 'Manages the plan and invoices.' },
  { slug: 'admin', name: 'Admin', description: 'Manages people and settings.' },
  { slug: 'owner', name: 'Owner', description: 'Everything, including deleting the organization.' },
  { slug: 'org-support', name: 'Support agent', description: 'Answers customer tickets.' },
  { slug: 'org-analyst', name: 'Analyst', description: 'Reads the reports.' },
];

/** The same catalog with Arabic names, for the right-to-left stories. */
export const ROLES_AR: RoleCatalog = [
  { slug: 'member', name: 'عضو', description: 'يستخدم المنتج.' },
  { slug: 'billing', name: 'الفوترة', description: 'يدير الخطة والفواتير.' },
  { slug: 'admin', name: 'مشرف', description: 'يدير الأشخاص والإعدادات.' },
  { slug: 'owner', name: 'مالك', description: 'كل شيء، بما في ذلك حذف المؤسسة.' },
  { slug: 'org-support', name: 'وكيل دعم', description: 'يجيب عن تذاكر العملاء.' },
  { slug: 'org-analyst', name: 'محلّل', description: 'يقرأ التقارير.' },
];

/**
 * The caller with these roles, and the address the self-invite rule guards. A custom role can only
 * be given by someone who holds it, so a caller meant to give any role holds the custom ones too.
 */
export const callerWith = (...roleSlugs: string[]): InviteCaller => ({ email: CALLER_EMAIL, roleSlugs });

/** `count` distinct addresses: ana1@acme.com, ana2@acme.com … */
export const manyAddresses = (count: number, prefix = 'teammate') =>
  Array.from({ length: count }, (_, i) => `${prefix}${i + 1}@acme.com`);
