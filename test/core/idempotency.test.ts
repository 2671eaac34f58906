// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createIdempotencyKey } from '../../src/core/idempotency';

describe('createIdempotencyKey', () => {
  it('mints version 4 UUIDs (RFC 9562 variant)', () => {
    for (let i = 0; i < 300; i++) {
      expect(createIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('never repeats across many refills of its random pool', () => {
    const keys = new Set(Array.from({ length: 20_000 }, createIdempotencyKey));
    expect(keys.size).toBe(20_000);
  });
});
