/**
 * Blocks the docs pages render. Tables come from the code itself (the error catalog, the
 * stylesheet), and code examples are real files type-checked with the project (and again against
 * the built package's types under a host's strictest settings: scripts/check-docs.mjs), so the docs
 * cannot drift from the API.
 */
import { Source } from '@storybook/addon-docs/blocks';
import type { CSSProperties, ReactNode } from 'react';
import { INVITE_ERROR_CODES } from '../../src/core/error-codes';
import { INVITATION_ERROR_CODES, INVITATION_STATES, getInvitationActions, type InvitationPermission } from '../../src/core/invitations';
import type { InvitationCapabilities } from '../../src/core/types';
import { BATCH_API_INVITATION_CAPABILITIES } from '../../src/transports/batch-api-invitations';
import { MEMORY_INVITATION_CAPABILITIES } from '../../src/transports/memory-api';
import { STYTCH_INVITATION_CAPABILITIES } from '../../src/transports/stytch-invitations';
import { WORKOS_INVITATION_CAPABILITIES } from '../../src/transports/workos-invitations';
import type { InviteErrorCode } from '../../src/core/types';
import { localeDirection } from '../../src/core/locales';
import { LANGUAGES, LANGUAGE_TAGS, LIST_LANGUAGES, languageName } from '../support/languages';

// ─── Code examples ───────────────────────────────────────────────────────────────────────────────

/**
 * A type-checked example file, shown as it is: the examples import the package by its public name
 * (`invite-kit`, `invite-kit/server` …), which tsconfig.json and vite.config.ts map to the sources.
 */
export function Example({ code, language = 'tsx' }: { code: string; language?: 'tsx' | 'typescript' }) {
  return <Source code={code.trim()} language={language} />;
}

// ─── Tables ──────────────────────────────────────────────────────────────────────────────────────

const table: CSSProperties = { width: '100%', borderCollapse: 'collapse', fontSize: 14 };
const cell: CSSProperties = { textAlign: 'start', verticalAlign: 'top', padding: '6px 10px', borderBottom: '1px solid #e5e7eb' };

function Table({ head, rows, caption }: { head: string[]; rows: ReactNode[][]; caption: string }) {
  return (
    <table style={table}>
      <caption style={{ textAlign: 'start', fontWeight: 600, paddingBlock: 8 }}>{caption}</caption>
      <thead>
        <tr>
          {head.map((name) => (
            <th key={name} scope="col" style={cell}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((value, j) => (
              <td key={j} style={cell}>
                {value}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every code of `INVITE_ERROR_CODES`, read at render time. */
export function ErrorCodeTable() {
  const rows = Object.entries(INVITE_ERROR_CODES).map(([code, info]) => [
    <code key="code">{code}</code>,
    'status' in info ? String(info.status) : '—',
    info.retryable ? 'yes' : 'no',
    'status' in info ? 'the server' : 'the kit itself',
    info.message,
  ]);
  return (
    <Table
      caption={`INVITE_ERROR_CODES: ${rows.length} codes`}
      head={['code', 'HTTP status', 'retryable', 'comes from', 'default message']}
      rows={rows}
    />
  );
}

// The rules of seeds/004, each with the code both validateInviteBatch and the server answer.
// Typed by InviteErrorCode, so a renamed code fails the type check instead of the docs.
const RULES: ReadonlyArray<{ rule: string; code: InviteErrorCode | [InviteErrorCode, InviteErrorCode] }> = [
  { rule: 'No entries', code: 'invite.empty_batch' },
  { rule: 'More than maxBatchSize (20) entries', code: 'invite.batch_too_large' },
  { rule: 'The same address twice (case-insensitive, after normalization); reported on the later ones', code: 'invite.duplicate_email' },
  { rule: 'Not an address, or too long (over 254 characters, local part over 64)', code: 'invite.invalid_email' },
  { rule: "The caller's own address", code: 'invite.self_invite' },
  { rule: 'A slug that is neither a system role nor a known custom role', code: 'invite.invalid_role' },
  { rule: 'No system role among the slugs (an empty list means ["member"])', code: 'invite.no_system_role' },
  { rule: 'Two or more system roles', code: 'invite.multiple_system_roles' },
  { rule: 'A custom role (org-…) beside any system role but member', code: 'invite.custom_roles_not_allowed' },
  { rule: "A role above the caller's own level, or a custom role the caller does not hold", code: 'invite.insufficient_role' },
  { rule: 'Already a member / already invited', code: ['invite.already_member', 'invite.already_pending'] },
];

/** The rules and the code each one answers with, with that code's status from the catalog. */
export function RulesTable() {
  const codes = (code: InviteErrorCode | [InviteErrorCode, InviteErrorCode]) => (Array.isArray(code) ? code : [code]);
  return (
    <Table
      caption="The rules"
      head={['rule', 'code', 'HTTP status']}
      rows={RULES.map(({ rule, code }) => [
        rule,
        codes(code).map((c, i) => (
          <span key={c}>
            {i > 0 && ' / '}
            <code>{c}</code>
          </span>
        )),
        codes(code)
          .map((c) => INVITE_ERROR_CODES[c].status)
          .join(' / '),
      ])}
    />
  );
}

// What each token is for; a token the stylesheet adds later still shows, just without a note.
const TOKEN_NOTES: Record<string, string> = {
  '--ik-bg': 'Dialog, popover and field background',
  '--ik-fg': 'Text',
  '--ik-muted': 'Chips, hover backgrounds',
  '--ik-muted-fg': 'Secondary text: hints, descriptions, status line',
  '--ik-border': 'Dividers and the dialog border',
  '--ik-input': 'Field and button borders',
  '--ik-primary': 'The main button, checked switches',
  '--ik-primary-hover': 'The main button on hover',
  '--ik-primary-fg': 'Text on the main button',
  '--ik-ring': 'Focus outline',
  '--ik-danger': 'Invalid and failed entries',
  '--ik-danger-bg': 'Their background',
  '--ik-success': 'Invited entries',
  '--ik-success-bg': 'Their background',
  '--ik-warning': 'Entries that may have been sent; sign-in and step-up banners',
  '--ik-warning-bg': 'Their background',
  '--ik-info': 'Already a member or invited (neutral)',
  '--ik-info-bg': 'Their background',
  '--ik-overlay': 'Behind the modal dialog',
  '--ik-shadow': 'Dialog and popover shadow',
  '--ik-radius': 'Corner radius',
  '--ik-font': 'Font family',
};

/** The `--ik-*` declarations of the rule whose selector list holds `selector` exactly. */
function tokensOf(css: string, selector: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const [, selectors = '', body = ''] of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const list = selectors
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(',')
      .map((s) => s.trim());
    if (!list.includes(selector)) continue;
    for (const [, name = '', value = ''] of body.matchAll(/(--ik-[\w-]+)\s*:\s*([^;]+);/g)) tokens.set(name, value.trim());
    break;
  }
  return tokens;
}

const isColour = (value: string) => /^(#|rgb|hsl|oklch)/.test(value);

function Value({ value }: { value: string | undefined }) {
  if (value === undefined) return <span>same</span>;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      {isColour(value) && (
        <span
          aria-hidden="true"
          style={{ width: 14, height: 14, borderRadius: 3, border: '1px solid #9ca3af', background: value, flex: 'none' }}
        />
      )}
      <code>{value}</code>
    </span>
  );
}

/** Every `--ik-*` token of the stylesheet, with its light and dark values, read from the CSS text. */
export function TokenTable({ css }: { css: string }) {
  const light = tokensOf(css, '.ik-root:not(.ik-root *)');
  const dark = tokensOf(css, ".ik-root[data-theme='dark']:not(.ik-root *)");
  return (
    <Table
      caption={`${light.size} tokens, from styles.css`}
      head={['token', 'light', 'dark', 'used for']}
      rows={[...light].map(([name, value]) => [
        <code key="name">{name}</code>,
        <Value key="light" value={value} />,
        <Value key="dark" value={dark.get(name)} />,
        TOKEN_NOTES[name] ?? '',
      ])}
    />
  );
}

// ─── Sent invitations ────────────────────────────────────────────────────────────────────────────

/** Every code of `INVITATION_ERROR_CODES`, read at render time. */
export function InvitationErrorCodeTable() {
  return (
    <Table
      caption="INVITATION_ERROR_CODES"
      head={['code', 'HTTP status', 'default message']}
      rows={Object.entries(INVITATION_ERROR_CODES).map(([code, info]) => [<code key="code">{code}</code>, String(info.status), info.message])}
    />
  );
}

const permission = (p: InvitationPermission) => (p.allowed ? (p.via ? `yes (${p.via === 'resend' ? 'a resend' : 'a new invitation'})` : 'yes') : <code>{p.reason}</code>);

/**
 * Which action each state allows, computed by `checkInvitationAction` itself for a caller who may
 * act at the invitation's level, with an API that renews expired invitations on resend and an
 * `onSend` at hand (the memory API's case).
 */
export function InvitationActionsTable() {
  const context = { capabilities: MEMORY_INVITATION_CAPABILITIES, canSend: true };
  return (
    <Table
      caption="What each state allows (refusal codes in code type)"
      head={['state', 'resend', 'revoke', 're-invite', 'copy link']}
      rows={INVITATION_STATES.map((state) => {
        const actions = getInvitationActions({ state, roleSlugs: ['member'], acceptUrl: 'https://…' }, context);
        return [state, permission(actions.resend), permission(actions.revoke), permission(actions.reinvite), permission(actions.copyLink)];
      })}
    />
  );
}

const CAPABILITIES: Array<[string, InvitationCapabilities]> = [
  ['createBatchApiInvitations (the kit’s routes)', BATCH_API_INVITATION_CAPABILITIES],
  ['createWorkOSInvitations', WORKOS_INVITATION_CAPABILITIES],
  ['createStytchInvitations', STYTCH_INVITATION_CAPABILITIES],
  ['createMemoryInvitationApi()', MEMORY_INVITATION_CAPABILITIES],
];

/** What each invitation transport can do, from their own capability constants. */
export function InvitationCapabilitiesTable() {
  const yes = (value: boolean | undefined) => (value ? 'yes' : 'no');
  return (
    <Table
      caption="Invitation transports"
      head={['transport', 'list', 'resend', 'revoke', 'resend renews an expired one', 'resend renews the expiry']}
      rows={CAPABILITIES.map(([name, caps]) => [<code key="name">{name}</code>, yes(caps.list), yes(caps.resend), yes(caps.revoke), yes(caps.resendExpired), yes(caps.resendRenews)])}
    />
  );
}

/** The sixteen languages, from their modules: the tag to import, the name, direction and a sample of each. */
export function LanguagesTable() {
  const rows = LANGUAGE_TAGS.map((tag) => {
    const messages = LANGUAGES[tag];
    return [
      <code key="tag">invite-kit/messages/{tag}</code>,
      <span key="name" lang={tag}>
        {languageName(tag)}
      </span>,
      localeDirection(tag) === 'rtl' ? 'right to left' : 'left to right',
      <span key="sample" lang={tag} dir={localeDirection(tag)}>
        {messages.title} · {messages.send({ count: 3 })} · {LIST_LANGUAGES[tag].states.pending}
      </span>,
    ];
  });
  return <Table caption="Languages the kit ships" head={['Import', 'Language', 'Direction', 'Sample (dialog title, send button, a list state)']} rows={rows} />;
}
