// Random bytes for many keys at once: one `getRandomValues` call per 128 keys. A 10,000-address
// paste mints 10,000 keys, and `crypto.randomUUID` costs ~1.5 µs a call in Chromium.
const KEYS_PER_FILL = 128;
const pool = new Uint8Array(16 * KEYS_PER_FILL);
let used = pool.length;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * A fresh idempotency key: a random (version 4) UUID from the platform's cryptographic random
 * source, which pages served over plain HTTP have too (unlike `crypto.randomUUID`).
 * @example createIdempotencyKey() // '3b241101-e2bb-4255-8caf-4136c566a962'
 */
export function createIdempotencyKey(): string {
  if (used === pool.length) {
    globalThis.crypto.getRandomValues(pool);
    used = 0;
  }
  const b = pool.subarray(used, (used += 16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  let key = '';
  for (let i = 0; i < 16; i++) key += (i === 4 || i === 6 || i === 8 || i === 10 ? '-' : '') + HEX[b[i]!];
  return key;
}
