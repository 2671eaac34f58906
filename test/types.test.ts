/**
 * The public types, as a host sees them through each subpath, against DESIGN.md's contract.
 *
 * The assertions are checked by `tsc --noEmit` (the root tsconfig includes test/), which is where a
 * wrong type fails: `expectTypeOf` does nothing at run time, and each `@ts-expect-error` line fails
 * the typecheck as soon as what it shows stops being an error. "Add freely" (DESIGN.md): results are
 * checked to contain the contract's shape, parameters to accept it. The run-time part checks that
 * each subpath exports what the contract names. Deeper checks of the hooks' types live in
 * test/hooks/types.test.ts.
 */
import { createElement, type ComponentRef, type CSSProperties, type ReactNode } from 'react';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as kit from '../src/index';
import * as core from '../src/core/index';
import * as transports from '../src/transports/index';
import * as server from '../src/server/index';
import type {
  InviteDialogProps,
  InviteErrorCode,
  InviteIssue,
  InviteResult,
  InviteSendRequest,
  LocalePickerProps,
  OnSend,
  RoleCatalog,
  RoleSelectProps,
} from '../src/index';

/** The contract's `onSend` context, as DESIGN.md writes it. */
type ContractContext = { signal: AbortSignal; idempotencyKey: string; attempt: number };
/** The contract's result error, as DESIGN.md writes it. */
type ContractError = { code: InviteErrorCode | string; message: string; retryable: boolean; retryAfterMs?: number };

describe('the transport contract (OnSend, InviteSendRequest, InviteResult)', () => {
  it('OnSend receives one request and its context and resolves results or nothing', () => {
    expectTypeOf<Parameters<OnSend>>().toEqualTypeOf<[InviteSendRequest, kit.InviteSendContext]>();
    expectTypeOf<kit.InviteSendContext>().toEqualTypeOf<ContractContext>();
    expectTypeOf<ReturnType<OnSend>>().toEqualTypeOf<Promise<InviteResult[] | void>>();
    expectTypeOf<OnSend['capabilities']>().toEqualTypeOf<kit.TransportCapabilities | undefined>();

    // What a host writes: nothing back when every entry went, or one result per entry.
    expectTypeOf(async () => undefined).toExtend<OnSend>();
    expectTypeOf(async (request: InviteSendRequest) =>
      request.entries.map((entry) => ({ email: entry.email, success: true as const })),
    ).toExtend<OnSend>();
    // @ts-expect-error -- a transport must resolve results, not anything else
    const wrongResult: OnSend = async () => 'sent';
    // @ts-expect-error -- and must return a promise
    const notAsync: OnSend = () => undefined;
    void wrongResult;
    void notAsync;
  });

  it('InviteSendRequest carries entries with roles and keys, and the request fields', () => {
    expectTypeOf<InviteSendRequest['entries'][number]>().toEqualTypeOf<{
      email: string;
      name?: string;
      roleSlugs: string[];
      idempotencyKey: string;
    }>();
    expectTypeOf<{
      entries: InviteSendRequest['entries'];
      organizationId?: string;
      expiresInDays?: number;
      locale?: string;
      inviterUserId?: string;
    }>().toExtend<InviteSendRequest>();
    expectTypeOf<InviteSendRequest['organizationId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<InviteSendRequest['expiresInDays']>().toEqualTypeOf<number | undefined>();
  });

  it('InviteResult is a union on `success`: an invitation, or an error with its code', () => {
    expectTypeOf<InviteResult['success']>().toEqualTypeOf<boolean>();
    expectTypeOf<Extract<InviteResult, { success: true }>>().toExtend<{ email: string; success: true }>();
    expectTypeOf<Extract<InviteResult, { success: true }>['invitation']>().toEqualTypeOf<kit.Invitation | undefined>();
    expectTypeOf<Extract<InviteResult, { success: false }>['error']>().toExtend<ContractError>();
    // Codes are the catalog's, with room for a server's own.
    expectTypeOf<'invite.org_rate_limited'>().toExtend<kit.InviteResultError['code']>();
    expectTypeOf<'acme.quota_exceeded'>().toExtend<kit.InviteResultError['code']>();

    const narrow = (result: InviteResult) => {
      if (result.success) expectTypeOf(result.invitation).toEqualTypeOf<kit.Invitation | undefined>();
      else expectTypeOf(result.error.retryable).toEqualTypeOf<boolean>();
    };
    void narrow;
    // @ts-expect-error -- a failure must say why
    const failureWithoutError: InviteResult = { email: 'ana@acme.com', success: false };
    void failureWithoutError;
  });

  it('the error catalog names every code of the rules', () => {
    expectTypeOf<
      | 'invite.empty_batch'
      | 'invite.batch_too_large'
      | 'invite.duplicate_email'
      | 'invite.invalid_email'
      | 'invite.self_invite'
      | 'invite.invalid_role'
      | 'invite.no_system_role'
      | 'invite.multiple_system_roles'
      | 'invite.custom_roles_not_allowed'
      | 'invite.insufficient_role'
      | 'invite.already_member'
      | 'invite.already_pending'
      | 'invite.network_error'
      | 'invite.timeout'
      | 'invite.aborted'
      | 'invite.invalid_response'
    >().toExtend<InviteErrorCode>();
    expectTypeOf<keyof typeof core.INVITE_ERROR_CODES>().toEqualTypeOf<InviteErrorCode>();
    // The contract's fields, plus the optional reason and its values that translations read (issue #15).
    expectTypeOf<InviteIssue>().toEqualTypeOf<{
      code: InviteErrorCode;
      message: string;
      index?: number;
      email?: string;
      reason?: core.InviteIssueReason;
      params?: core.InviteReasonParams[core.InviteIssueReason];
    }>();
  });
});

describe('invite-kit/core', () => {
  it('parses, normalizes and validates with the contract signatures', () => {
    expectTypeOf<[string, { defaultRoleSlugs?: string[] }]>().toExtend<Parameters<typeof core.parseEmailList>>();
    expectTypeOf(core.parseEmailList).returns.toExtend<{
      entries: Array<{ email: string; name?: string; roleSlugs?: string[] }>;
      invalid: Array<{ input: string; code: InviteErrorCode; message: string }>;
      duplicates: string[];
    }>();
    expectTypeOf(core.normalizeEmail).toEqualTypeOf<(raw: string) => string | null>();
    expectTypeOf<[ReadonlyArray<{ email: string; roleSlugs?: string[] }>, kit.InvitePolicy]>().toExtend<
      Parameters<typeof core.validateInviteBatch>
    >();
    expectTypeOf(core.validateInviteBatch).returns.toEqualTypeOf<InviteIssue[]>();
    expectTypeOf<[kit.InvitePolicy]>().toExtend<Parameters<typeof core.createInviteBatchSchema>>();
  });

  it('InvitePolicy takes the contract options', () => {
    expectTypeOf<{
      maxBatchSize?: number;
      roles?: RoleCatalog;
      caller?: { email?: string; roleSlugs?: string[] };
      existingMemberEmails?: Iterable<string>;
      pendingInviteEmails?: Iterable<string>;
    }>().toEqualTypeOf<kit.InvitePolicy>();
    expectTypeOf<RoleCatalog>().toEqualTypeOf<ReadonlyArray<{ slug: string; name?: string; description?: string }>>();
  });

  it('sendInviteBatch takes the contract options and resolves one result per entry', () => {
    expectTypeOf<{
      request?: Omit<InviteSendRequest, 'entries'>;
      maxBatchSize?: number;
      concurrency?: number;
      retries?: number;
      retryDelayMs?: number;
      signal?: AbortSignal;
    }>().toExtend<NonNullable<Parameters<typeof core.sendInviteBatch>[2]>>();
    expectTypeOf(core.sendInviteBatch).parameter(1).toEqualTypeOf<OnSend>();
    expectTypeOf(core.sendInviteBatch).returns.toEqualTypeOf<Promise<InviteResult[]>>();
  });

  it('names the system roles in order and the invitation locales', () => {
    expectTypeOf(core.SYSTEM_ROLES).toEqualTypeOf<readonly ['member', 'billing', 'admin', 'owner']>();
    expectTypeOf(core.INVITATION_LOCALES).toExtend<readonly string[]>();
  });

  it('holds no React: no component or hook is reachable from it', () => {
    expectTypeOf<typeof core>().not.toHaveProperty('InviteDialog');
    expectTypeOf<typeof core>().not.toHaveProperty('useInviteBatch');
    expect(Object.keys(core).filter((name) => /^use[A-Z]|Dialog|Select|Picker/.test(name))).toEqual([]);
  });
});

describe('invite-kit/transports', () => {
  it('each factory takes the contract options and returns an OnSend', () => {
    const fetchLike = fetch;
    expectTypeOf(transports.createBatchApiTransport).returns.toEqualTypeOf<OnSend>();
    expectTypeOf(transports.createWorkOSTransport).returns.toEqualTypeOf<OnSend>();
    expectTypeOf(transports.createStytchTransport).returns.toEqualTypeOf<OnSend>();
    expectTypeOf<{ url: string; headers?: Record<string, string>; fetch?: typeof fetchLike }>().toExtend<
      Parameters<typeof transports.createBatchApiTransport>[0]
    >();
    expectTypeOf<{
      baseUrl?: string;
      apiKey?: string;
      headers?: Record<string, string>;
      fetch?: typeof fetchLike;
      concurrency?: number;
    }>().toExtend<NonNullable<Parameters<typeof transports.createWorkOSTransport>[0]>>();
    expectTypeOf<{
      baseUrl?: string;
      projectId?: string;
      secret?: string;
      headers?: Record<string, string>;
      fetch?: typeof fetchLike;
      inviteMagicLinkUrl?: string;
      concurrency?: number;
    }>().toExtend<NonNullable<Parameters<typeof transports.createStytchTransport>[0]>>();
    // @ts-expect-error -- the batch API transport needs its URL
    transports.createBatchApiTransport({});
  });
});

describe('invite-kit/server', () => {
  it('createInviteHandler takes onSend, policy and authorize and is a Fetch handler', () => {
    // Issue #11: safe by default, so authorize is required, or the explicit opt-out.
    expectTypeOf<{ onSend: OnSend; policy?: kit.InvitePolicy; authorize: server.InviteAuthorize }>().toExtend<Parameters<typeof server.createInviteHandler>[0]>();
    expectTypeOf<{ onSend: OnSend; dangerouslyAllowAnyone: true }>().toExtend<Parameters<typeof server.createInviteHandler>[0]>();
    expectTypeOf<{ onSend: OnSend; policy?: kit.InvitePolicy }>().not.toExtend<Parameters<typeof server.createInviteHandler>[0]>();
    expectTypeOf<Parameters<typeof server.createInviteHandler>[0]>().toHaveProperty('authorize');
    expectTypeOf(server.createInviteHandler).returns.toExtend<(request: Request) => Promise<Response>>();
    expectTypeOf(server.createInviteHandler).returns.toHaveProperty('capabilities').toExtend<kit.TransportCapabilities>();
    expectTypeOf<typeof server>().not.toHaveProperty('InviteDialog');
  });
});

describe('invite-kit (the React entry)', () => {
  it('InviteDialog needs only onSend and takes the contract props', () => {
    expectTypeOf<InviteDialogProps['onSend']>().toEqualTypeOf<OnSend>();
    expectTypeOf<{
      onSend: OnSend;
      open?: boolean;
      defaultOpen?: boolean;
      onOpenChange?: (open: boolean) => void;
      trigger?: ReactNode;
      roles?: RoleCatalog;
      caller?: kit.InviteCaller;
      locales?: readonly string[];
      messages?: Partial<kit.InviteDialogMessages>;
      className?: string;
      style?: CSSProperties;
    }>().toExtend<InviteDialogProps>();
    expectTypeOf<ComponentRef<typeof kit.InviteDialog>>().toEqualTypeOf<HTMLDivElement>();
    createElement(kit.InviteDialog, { onSend: async () => undefined });
    // @ts-expect-error -- without a transport there is nothing to send with
    createElement(kit.InviteDialog, {});
    // @ts-expect-error -- onOpenChange receives the new open state
    createElement(kit.InviteDialog, { onSend: async () => undefined, onOpenChange: (open: string) => open });
  });

  it('RoleSelect and LocalePicker follow the value / defaultValue / onValueChange triple', () => {
    expectTypeOf<{
      value?: string[];
      defaultValue?: string[];
      onValueChange?: (value: string[]) => void;
      roles?: RoleCatalog;
      caller?: kit.InviteCaller;
      mode?: 'single' | 'multiple';
      className?: string;
      style?: CSSProperties;
    }>().toExtend<RoleSelectProps>();
    expectTypeOf<RoleSelectProps['mode']>().toEqualTypeOf<'single' | 'multiple' | undefined>();
    expectTypeOf<{
      value?: string;
      defaultValue?: string;
      onValueChange?: (value: string) => void;
      locales?: readonly string[];
      displayLocale?: string;
      className?: string;
    }>().toExtend<LocalePickerProps>();
    expectTypeOf<ComponentRef<typeof kit.RoleSelect>>().toEqualTypeOf<HTMLDivElement>();
    expectTypeOf<ComponentRef<typeof kit.LocalePicker>>().toExtend<HTMLElement>();
    // @ts-expect-error -- roles are a list of slugs, even in single mode
    createElement(kit.RoleSelect, { value: 'admin' });
  });

  it('the hooks return the contract state and actions', () => {
    expectTypeOf(kit.useInviteBatch).returns.toExtend<{
      entries: Array<{ id: string; email: string; name?: string; roleSlugs: string[]; status: 'draft' | 'sending' | 'sent' | 'failed' | 'unknown' }>;
      issues: InviteIssue[];
      canSubmit: boolean;
      status: 'idle' | 'sending' | 'done' | 'partial' | 'failed';
      addText(text: string): { added: number; duplicates: number; invalid: number };
      removeEntry(id: string): void;
      clear(): void;
      setRoleSlugs(id: string, roleSlugs: string[]): void;
      submit(): Promise<InviteResult[]>;
      cancel(): void;
    }>();
    expectTypeOf(kit.useLocaleOptions).returns.toExtend<{
      options: Array<{ value: string; label: string; nativeLabel: string; dir: 'ltr' | 'rtl' }>;
      match(tag: string): string | undefined;
      defaultValue: string | undefined;
    }>();
  });

  it('re-exports the whole core, so one import serves a React host', () => {
    expectTypeOf(kit.parseEmailList).toEqualTypeOf(core.parseEmailList);
    expectTypeOf(kit.sendInviteBatch).toEqualTypeOf(core.sendInviteBatch);
    expect(Object.keys(core).filter((name) => !(name in kit))).toEqual([]);
  });
});

describe('each subpath exports what the contract names', () => {
  it.each([
    ['invite-kit', kit, ['InviteDialog', 'RoleSelect', 'LocalePicker', 'useInviteBatch', 'useLocaleOptions', 'parseEmailList']],
    [
      'invite-kit/core',
      core,
      [
        'parseEmailList',
        'normalizeEmail',
        'validateInviteBatch',
        'createInviteBatchSchema',
        'sendInviteBatch',
        'INVITE_ERROR_CODES',
        'SYSTEM_ROLES',
        'INVITATION_LOCALES',
      ],
    ],
    ['invite-kit/transports', transports, ['createBatchApiTransport', 'createWorkOSTransport', 'createStytchTransport', 'createMemoryInvitationApi']],
    ['invite-kit/server', server, ['createInviteHandler']],
  ] as const)('%s', (_, module, names) => {
    for (const name of names) expect(module, name).toHaveProperty(name);
    expect(module).not.toHaveProperty('default');
  });
});

describe('sent invitations (issue #14)', () => {
  it('exports the model, the store, the transports, the hooks and the component from their subpaths', () => {
    for (const name of ['createInvitationsStore', 'checkInvitationAction', 'getInvitationActions', 'readInvitation', 'invitationTimeline', 'observeServerClock', 'INVITATION_ERROR_CODES', 'InvitationError', 'roleGuard']) {
      expect(core, name).toHaveProperty(name);
    }
    for (const name of ['createBatchApiInvitations', 'createWorkOSInvitations', 'createStytchInvitations', 'readInvitationCapabilities']) expect(transports, name).toHaveProperty(name);
    for (const name of ['InvitationList', 'InvitationListRoot', 'useInvitations', 'useInvitationList', 'defaultInvitationListMessages', 'formatRelativeTime']) expect(kit, name).toHaveProperty(name);
  });

  it('types an InvitationsTransport as optional calls beside OnSend, which the memory API and the factories satisfy', () => {
    expectTypeOf(transports.createMemoryInvitationApi()).toExtend<kit.InvitationsTransport>();
    expectTypeOf(transports.createWorkOSInvitations({ apiKey: 'k' })).toExtend<Required<kit.InvitationsTransport>>();
    expectTypeOf<Parameters<NonNullable<kit.InvitationsTransport['list']>>[0]>().toEqualTypeOf<kit.InvitationListQuery>();
    expectTypeOf<ReturnType<NonNullable<kit.InvitationsTransport['list']>>>().toEqualTypeOf<Promise<kit.InvitationPage>>();
    expectTypeOf<kit.InvitationActionResult>().toExtend<{ ok: boolean }>();
  });

  it('lets InvitationList take a transport or the host’s invitations, never both', () => {
    const api = transports.createMemoryInvitationApi();
    expectTypeOf({ transport: api }).toExtend<kit.InvitationListProps>();
    expectTypeOf<{ invitations: kit.Invitations }>().toExtend<kit.InvitationListProps>();
    // @ts-expect-error -- one source of invitations: the host's, or its own from a transport
    const both: kit.InvitationListProps = { transport: api, invitations: {} as kit.Invitations };
    void both;
    // @ts-expect-error -- a source is needed
    const none: kit.InvitationListProps = { locale: 'de' };
    void none;
  });

  it('takes invitations and an audit hook on the handler, and tells authorize the action', () => {
    expectTypeOf<server.InviteHandlerOptions['invitations']>().toEqualTypeOf<kit.InvitationsTransport | undefined>();
    expectTypeOf<Parameters<server.InviteAuthorize>[1]['action']>().toEqualTypeOf<'invite' | 'list' | 'resend' | 'revoke'>();
    expectTypeOf<server.InviteHandlerCapabilities['invitations']>().toEqualTypeOf<kit.InvitationCapabilities>();
  });

  it('gives the dialog an onResend that the store’s resendEmail satisfies', () => {
    expectTypeOf<kit.Invitations['resendEmail']>().toExtend<NonNullable<kit.InviteDialogProps['onResend']>>();
    expectTypeOf<kit.Invitations['addResults']>().toExtend<NonNullable<kit.InviteDialogProps['onComplete']>>();
  });
});
