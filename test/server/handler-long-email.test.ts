// @vitest-environment node
// A hostile email value must cost the server next to nothing (issue #10: a 60 kB value used to take
// about 5 s to answer 400). The time is measured in bench/parse-shapes.bench.ts; here, that the
// answer is the cheap length rejection, so no pattern ran over the value.
import { describe, expect, it, vi } from 'vitest';
import { MAX_EMAIL_TOKEN_LENGTH } from '../../src/core/email';
import type { OnSend } from '../../src/core/types';
import { createInviteHandler, type InviteErrorBody } from '../../src/server/handler';

const post = (body: unknown) =>
  new Request('https://app.example/api/orgs/org_1/invitations', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('createInviteHandler, given an email value far longer than an address', () => {
  it.each([
    ['60 kB of "("', '('.repeat(60_000)],
    ['an accented letter, 60 kB of spaces, an address', `é${' '.repeat(60_000)}x@acme.com`],
    ['a 60 kB local part', `${'a'.repeat(60_000)}@acme.com`],
  ])('answers 400 invite.invalid_email for %s, with the length as the reason, sending nothing', async (_, email) => {
    const onSend = vi.fn<OnSend>();
    const response = await createInviteHandler({ onSend, authorize: () => ({}) })(post([{ email: 'jane@acme.com' }, { email }]));
    expect(response.status).toBe(400);
    const body = (await response.json()) as InviteErrorBody;
    expect(body.issues).toEqual([
      {
        index: 1,
        email,
        code: 'invite.invalid_email',
        message: `This is longer than any address can be (over ${MAX_EMAIL_TOKEN_LENGTH} characters).`,
        // The reason and its values go on the wire too, for a client that words them in its language.
        reason: 'too_long',
        params: { max: MAX_EMAIL_TOKEN_LENGTH },
      },
    ]);
    expect(onSend).not.toHaveBeenCalled();
  });
});
