// @vitest-environment node
import { describe, expectTypeOf, it } from 'vitest';
import * as core from '../../src/core';
import type { EmailListRange, EmailListReading, EmailListToken, InvalidEmailToken, ParseEmailListResult } from '../../src/core';

describe('the parser\'s public types (issue #10 additions)', () => {
  it('gives every token its range, whatever its type', () => {
    expectTypeOf<EmailListToken>().toExtend<EmailListRange>();
    expectTypeOf<Extract<EmailListToken, { type: 'invalid' }>['token']>().toEqualTypeOf<InvalidEmailToken>();
  });

  it('keeps parseEmailList\'s result shape, with optional name and roles on invalid tokens only', () => {
    expectTypeOf(core.parseEmailList).returns.toEqualTypeOf<ParseEmailListResult>();
    expectTypeOf<InvalidEmailToken['name']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<InvalidEmailToken['roleSlugs']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Pick<InvalidEmailToken, 'input' | 'code' | 'message'>>().toEqualTypeOf<{ input: string; code: 'invite.invalid_email'; message: string }>();
  });

  it('exports the reading, the normalization, the group test and the length cap', () => {
    expectTypeOf(core.readEmailList).returns.toEqualTypeOf<EmailListReading>();
    expectTypeOf<EmailListReading['header']>().toEqualTypeOf<EmailListRange | undefined>();
    expectTypeOf(core.normalizeListText).toEqualTypeOf<(text: string) => string>();
    expectTypeOf(core.isInsideGroup).toEqualTypeOf<(text: string) => boolean>();
    expectTypeOf<typeof core.MAX_EMAIL_TOKEN_LENGTH>().toEqualTypeOf<1000>();
  });
});
