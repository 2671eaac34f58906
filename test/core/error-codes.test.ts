// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { INVITE_ERROR_CODES, isInviteErrorCode } from '../../src/core/error-codes';

// The catalog of seeds/004, code → HTTP status.
const SEED_CODES: Record<string, number> = {
  'authorize.unauthenticated': 401, 'authorize.forbidden': 403, 'mfa.step_up_required': 403,
  'invite.ip_rate_limited': 429, 'invite.org_rate_limited': 429, 'invite.invalid_org_id': 400,
  'invite.org_not_found': 404, 'invite.unauthorized': 401, 'invite.org_mismatch': 403,
  'invite.user_lookup_failed': 500, 'invite.member_lookup_failed': 500, 'invite.decode_failed': 400,
  'invite.empty_batch': 400, 'invite.batch_too_large': 400, 'invite.duplicate_email': 400,
  'invite.invalid_email': 400, 'invite.self_invite': 400, 'invite.invalid_role': 400,
  'invite.no_system_role': 400, 'invite.multiple_system_roles': 400, 'invite.custom_roles_not_allowed': 400,
  'invite.insufficient_role': 403, 'invite.already_member': 409, 'invite.already_pending': 409,
  'invite.role_resolve_failed': 400, 'invite.send_failed': 500,
};

describe('INVITE_ERROR_CODES', () => {
  it('holds all 26 codes of the batch API with their HTTP status', () => {
    expect(Object.keys(SEED_CODES)).toHaveLength(26);
    for (const [code, status] of Object.entries(SEED_CODES)) {
      expect(INVITE_ERROR_CODES).toHaveProperty([code]);
      expect(INVITE_ERROR_CODES[code as keyof typeof INVITE_ERROR_CODES]).toMatchObject({ status });
    }
  });

  it("holds the kit's own codes, without an HTTP status", () => {
    for (const code of ['invite.network_error', 'invite.timeout', 'invite.aborted', 'invite.invalid_response'] as const) {
      expect(INVITE_ERROR_CODES[code].retryable).toBe(true);
      expect(INVITE_ERROR_CODES[code]).not.toHaveProperty('status');
    }
  });

  it('gives every code a message and marks only transient failures retryable', () => {
    const retryable = Object.entries(INVITE_ERROR_CODES).filter(([, info]) => info.retryable).map(([code]) => code);
    expect(retryable.sort()).toEqual(
      [
        'invite.aborted', 'invite.invalid_response', 'invite.ip_rate_limited', 'invite.member_lookup_failed',
        'invite.network_error', 'invite.org_rate_limited', 'invite.send_failed', 'invite.timeout', 'invite.user_lookup_failed',
      ].sort(),
    );
    for (const info of Object.values(INVITE_ERROR_CODES)) expect(info.message).toMatch(/\S.*[.]$/);
  });

  it('recognises its own codes', () => {
    expect(isInviteErrorCode('invite.self_invite')).toBe(true);
    expect(isInviteErrorCode('toString')).toBe(false);
    expect(isInviteErrorCode(42)).toBe(false);
  });
});
