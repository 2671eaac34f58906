/**
 * The hooks' public types against DESIGN.md's contract. Checked by `tsc --noEmit`; the runtime part
 * only makes sure the exports exist.
 */
import { describe, expectTypeOf, it } from 'vitest';
import * as hooks from '../../src/hooks';
import * as kit from '../../src/index';
import type { InviteIssue, InvitePolicy, InviteResult, InviteResultError, OnSend } from '../../src/core/types';
import type { InviteBatch, InviteBatchEntry, LocaleOptions, UseInviteBatchOptions, UseLocaleOptionsOptions } from '../../src/hooks';

/** The options DESIGN.md promises, exactly as written there. */
type ContractOptions = InvitePolicy & {
  onSend: OnSend;
  defaultRoleSlugs?: string[];
  organizationId?: string;
  expiresInDays?: number;
  locale?: string;
  inviterUserId?: string;
  onComplete?(results: InviteResult[]): void;
  retries?: number;
  retryDelayMs?: number;
  concurrency?: number;
};

describe('hook types', () => {
  it('useInviteBatch takes every contract option and returns InviteBatch', () => {
    expectTypeOf<ContractOptions>().toExtend<UseInviteBatchOptions>();
    expectTypeOf(hooks.useInviteBatch).parameter(0).toEqualTypeOf<UseInviteBatchOptions>();
    expectTypeOf(hooks.useInviteBatch).returns.toEqualTypeOf<InviteBatch>();
    expectTypeOf<UseInviteBatchOptions['onAuthRequired']>().toEqualTypeOf<(() => Promise<unknown>) | undefined>();
    expectTypeOf<UseInviteBatchOptions['draftKey']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UseInviteBatchOptions['warnBeforeUnload']>().toEqualTypeOf<boolean | undefined>();
  });

  it('InviteBatch has the contract fields with the contract types', () => {
    expectTypeOf<InviteBatch['entries']>().toEqualTypeOf<InviteBatchEntry[]>();
    expectTypeOf<InviteBatchEntry['status']>().toEqualTypeOf<'draft' | 'sending' | 'sent' | 'failed' | 'unknown'>();
    expectTypeOf<InviteBatchEntry['id']>().toEqualTypeOf<string>();
    expectTypeOf<InviteBatchEntry['roleSlugs']>().toEqualTypeOf<string[]>();
    expectTypeOf<InviteBatchEntry['name']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<InviteBatchEntry['error']>>().toExtend<InviteIssue | InviteResultError>();
    expectTypeOf<InviteBatch['issues'][number]>().toExtend<InviteIssue>();
    expectTypeOf<InviteBatch['canSubmit']>().toEqualTypeOf<boolean>();
    expectTypeOf<InviteBatch['status']>().toEqualTypeOf<'idle' | 'sending' | 'done' | 'partial' | 'failed'>();
    // The contract's counts, plus what did not fit (handed back, or kept by the store), pasted roles
    // a transport cannot take, and a skipped header, present only when they say something.
    expectTypeOf<InviteBatch['addText']>().toEqualTypeOf<
      (text: string) => {
        added: number;
        duplicates: number;
        invalid: number;
        notAdded?: number;
        leftover?: string;
        kept?: number;
        rolesIgnored?: number;
        skippedHeader?: true;
      }
    >();
    expectTypeOf<InviteBatch['kept']>().toEqualTypeOf<{ count: number; readonly text: string } | undefined>();
    expectTypeOf<InviteBatch['setRoleSlugs']>().parameters.toEqualTypeOf<[id: string, roleSlugs: string[]]>();
    expectTypeOf<InviteBatch['submit']>().toEqualTypeOf<() => Promise<InviteResult[]>>();
    expectTypeOf<InviteBatch['cancel']>().toEqualTypeOf<() => void>();
    expectTypeOf<InviteBatch['removeEntry']>().toEqualTypeOf<(id: string) => void>();
    expectTypeOf<InviteBatch['clear']>().toEqualTypeOf<() => void>();
    expectTypeOf<InviteBatch['progress']>().toEqualTypeOf<{ settled: number; total: number }>();
    expectTypeOf<InviteBatch['retryAt']>().toEqualTypeOf<number | undefined>();
  });

  it('useLocaleOptions matches the contract', () => {
    expectTypeOf<UseLocaleOptionsOptions>().toEqualTypeOf<{ locales?: readonly string[]; displayLocale?: string; value?: string }>();
    expectTypeOf(hooks.useLocaleOptions).returns.toEqualTypeOf<LocaleOptions>();
    expectTypeOf<LocaleOptions>().toEqualTypeOf<{
      options: Array<{ value: string; label: string; nativeLabel: string; dir: 'ltr' | 'rtl' }>;
      match: (tag: string) => string | undefined;
      defaultValue: string | undefined;
    }>();
  });

  it('the package entry exports the hooks, and InviteBatchEntry there is the hook’s entry', () => {
    expectTypeOf(kit.useInviteBatch).toEqualTypeOf(hooks.useInviteBatch);
    expectTypeOf(kit.useLocaleOptions).toEqualTypeOf(hooks.useLocaleOptions);
    expectTypeOf<kit.InviteBatchEntry>().toEqualTypeOf<InviteBatchEntry>();
  });
});
