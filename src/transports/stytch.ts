/**
 * The transport for Stytch's invite magic link (seeds/003): one
 * `POST /v1/magic_links/email/invite` per entry.
 *
 * The project secret is a server secret: in a browser, point `baseUrl` at your own backend route
 * that adds the credentials, rather than passing `secret`.
 * @module
 */
import { createInviteError, errorFromStatus } from '../core/send-batch';
import type { InviteErrorCode, InviteSendEntry, InviteSendRequest, OnSend, TransportCapabilities } from '../core/types';
import { failure, postJson, sendEach, stringField, unexpectedAnswer, type FetchLike, type HeadersOption } from './http';

/** The invite email's languages, in Stytch's own spelling. */
export const STYTCH_LOCALES = Object.freeze(['en', 'es', 'pt-br', 'fr'] as const);

/**
 * What Stytch accepts: no roles, four locales, a magic link valid 5–10080 minutes (default 60).
 * Stytch documents no idempotency key, so the send loop does not retry uncertain failures by itself.
 */
export const STYTCH_CAPABILITIES: TransportCapabilities = Object.freeze({
  roles: 'none',
  locales: STYTCH_LOCALES,
  expiry: Object.freeze({ unit: 'minutes', min: 5, max: 10080, default: 60 }),
  idempotencyKeys: false,
});

/** Options of {@link createStytchTransport}. */
export interface StytchTransportOptions {
  /**
   * The API origin, or your backend's proxy route for it.
   * @default 'https://test.stytch.com' for `project-test-…` ids, else 'https://api.stytch.com'
   */
  baseUrl?: string | undefined;
  /**
   * With `secret`: sent as HTTP Basic credentials. Both or neither; neither only when `baseUrl` or
   * `headers` say where credentials come from, since Stytch refuses requests without them.
   */
  projectId?: string | undefined;
  /** Server-side only: never ship a project secret to a browser. */
  secret?: string | undefined;
  /** Extra headers, or a function returning them before each request. */
  headers?: HeadersOption | undefined;
  /**
   * The `fetch` to use.
   * @default globalThis.fetch
   */
  fetch?: FetchLike | undefined;
  /** Where the magic link leads; without it Stytch uses the dashboard's default invite URL. */
  inviteMagicLinkUrl?: string | undefined;
  /**
   * How many invitations are in flight at once.
   * @default 4
   */
  concurrency?: number | undefined;
}

/** The body of one Stytch invite request; unset fields are left out. */
export interface StytchInviteBody {
  email: string;
  invite_magic_link_url?: string;
  invite_expiration_minutes?: number;
  locale?: string;
  name?: { first_name: string; last_name?: string };
}

/**
 * Stytch `error_type`s (from Stytch's list of API error types) the kit maps; others fall back to
 * the HTTP status, Stytch's message kept. Types about the credentials, the project and the magic
 * link URL are the server's own configuration: `invite.server_misconfigured`, never the person's
 * session (Stytch has no sessions here, and no organizations: a 404 is a wrong URL).
 */
export const STYTCH_ERROR_TYPES: Readonly<Record<string, InviteErrorCode>> = Object.freeze({
  too_many_requests: 'invite.ip_rate_limited',
  internal_server_error: 'invite.send_failed',
  invalid_email: 'invite.invalid_email',
  inactive_email: 'invite.invalid_email',
  duplicate_email: 'invite.already_member',
  invalid_expiration: 'invite.invalid_expiry',
});

// Stytch's types about the server's own configuration: credentials, project, the magic link URL
// (unauthorized_credentials, invalid_project_id_authentication, invalid_secret_authentication,
// invalid_project_id, project_not_found, invalid_invite_magic_link_url, no_match_for_provided_magic_link_url).
const CONFIGURATION_TYPES = /credentials|authentication|project|invite_magic_link_url|provided_magic_link_url/;

/** The magic link lifetime in minutes the request asks for; `undefined` when unset, `null` when Stytch cannot take it. */
function expirationMinutes(request: Omit<InviteSendRequest, 'entries'>): number | undefined | null {
  const minutes = request.expiresInMinutes ?? (request.expiresInDays === undefined ? undefined : request.expiresInDays * 1440);
  if (minutes === undefined) return undefined;
  return Number.isInteger(minutes) && minutes >= 5 && minutes <= 10080 ? minutes : null;
}

/**
 * Splits a display name into Stytch's parts: `"Jane Q. Doe"` → Jane Q. / Doe, `"Doe, Jane"` (the
 * Outlook form) → Jane / Doe, `"Jane"` → Jane.
 */
export function splitName(name: string): StytchInviteBody['name'] | undefined {
  const text = name.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  const comma = text.indexOf(',');
  if (comma > 0 && comma < text.length - 1) {
    return { first_name: text.slice(comma + 1).trim(), last_name: text.slice(0, comma).trim() };
  }
  const space = text.lastIndexOf(' ');
  return space < 0 ? { first_name: text } : { first_name: text.slice(0, space), last_name: text.slice(space + 1) };
}

/** The Stytch request body for one entry; `expiresInDays` becomes minutes. */
export function stytchInviteBody(
  entry: InviteSendEntry,
  request: Omit<InviteSendRequest, 'entries'>,
  inviteMagicLinkUrl?: string,
): StytchInviteBody {
  const body: StytchInviteBody = { email: entry.email };
  if (inviteMagicLinkUrl) body.invite_magic_link_url = inviteMagicLinkUrl;
  const minutes = expirationMinutes(request);
  if (minutes) body.invite_expiration_minutes = minutes;
  // Stytch takes four languages; anything else is left out so Stytch uses English, never a 400.
  const locale = request.locale ? stytchLocale(request.locale) : undefined;
  if (locale) body.locale = locale;
  const name = entry.name ? splitName(entry.name) : undefined;
  if (name) body.name = name;
  return body;
}

/**
 * The invite's language for any BCP 47 tag: the tag's language when Stytch has it, Brazilian
 * Portuguese for any Portuguese (Stytch's only one), else `undefined` (Stytch's default, English).
 * What `matchLocale(tag, STYTCH_LOCALES)` answers, without carrying WorkOS's 90 tags along.
 */
const stytchLocale = (tag: string): string | undefined => {
  try {
    const { language } = new Intl.Locale(tag.trim().replace(/_/g, '-'));
    return language === 'pt' ? 'pt-br' : STYTCH_LOCALES.find((locale) => locale === language);
  } catch {
    return undefined;
  }
};

/** The default origin for a project: Stytch's test environment for `project-test-…` ids. */
export const stytchBaseUrl = (projectId?: string) =>
  projectId?.startsWith('project-test-') ? 'https://test.stytch.com' : 'https://api.stytch.com';

/**
 * An `onSend` for Stytch: one `POST {baseUrl}/v1/magic_links/email/invite` per entry, at most
 * `concurrency` at once, with HTTP Basic credentials from `projectId:secret`.
 *
 * Body: `email`, `invite_magic_link_url`, `invite_expiration_minutes` (the request's
 * `expiresInMinutes`, or its `expiresInDays` in minutes), `locale` (matched to en, es, pt-br, fr,
 * or left out), `name` split into `first_name` / `last_name`. Nothing the host asked for is
 * dropped: a lifetime outside 5–10080 minutes is `invite.invalid_expiry`, and an entry with a role
 * other than the default `member` is `invite.roles_not_supported`, both without a request. A
 * success needs Stytch's answer (`user_id`); any other 2xx is `invite.invalid_response`. Errors
 * (`{ status_code, request_id, error_type, error_message }`) map through
 * {@link STYTCH_ERROR_TYPES}, then by status; `request_id` becomes `requestId` and `error_message`
 * the message (render it as text: it comes from the network).
 *
 * @throws TypeError at creation, when only one of `projectId` and `secret` is given, or neither
 *   and nothing else (`baseUrl`, `headers`) says where credentials come from.
 * @example
 * // On your server:
 * const onSend = createStytchTransport({ projectId, secret, inviteMagicLinkUrl: 'https://app.example.com/auth' });
 */
export function createStytchTransport(options: StytchTransportOptions = {}): OnSend {
  const { projectId, secret, inviteMagicLinkUrl, concurrency = 4 } = options;
  if (!projectId !== !secret || (!projectId && options.baseUrl === undefined && options.headers === undefined)) {
    throw new TypeError(
      `createStytchTransport: no ${projectId ? 'secret' : 'projectId'} (are STYTCH_PROJECT_ID and STYTCH_SECRET set?). On a server pass { projectId, secret }; in a browser { baseUrl } of your route that adds them.`,
    );
  }
  const endpoint = `${(options.baseUrl ?? stytchBaseUrl(projectId)).replace(/\/+$/, '')}/v1/magic_links/email/invite`;
  // btoa takes Latin-1 only; project ids and secrets are ASCII.
  const authorization = projectId && secret ? `Basic ${btoa(`${projectId}:${secret}`)}` : undefined;
  const send: OnSend = async ({ entries, ...request }, context) =>
    sendEach(entries, concurrency, context.signal, async (entry) => {
      // Refused here, unsent: Stytch takes 5–10080 minutes and no role.
      if (expirationMinutes(request) === null) {
        return failure(entry.email, createInviteError('invite.invalid_expiry', { uncertain: false, message: 'Stytch magic links last 5 to 10080 minutes (7 days).' }));
      }
      if (entry.roleSlugs.some((slug) => slug !== 'member')) {
        return failure(entry.email, createInviteError('invite.roles_not_supported', { uncertain: false, message: 'Stytch invitations carry no role.' }));
      }
      const outcome = await postJson(options.fetch, endpoint, stytchInviteBody(entry, request, inviteMagicLinkUrl), {
        ...(options.headers !== undefined && { headers: options.headers }),
        ...(authorization && { extraHeaders: { Authorization: authorization } }),
        signal: context.signal,
      });
      if ('error' in outcome) return failure(entry.email, outcome.error);
      const response = outcome.response;
      const { status, body, retryAfterMs } = response;
      if (status >= 200 && status < 300) {
        const userId = stringField(body, 'user_id');
        return userId
          ? { email: entry.email, success: true, invitation: { id: userId, email: entry.email, state: 'pending' } }
          : failure(entry.email, unexpectedAnswer('createStytchTransport', endpoint, response, "Stytch's invite answer (user_id)"));
      }
      const type = stringField(body, 'error_type');
      const code =
        (type && STYTCH_ERROR_TYPES[type]) ||
        // The server's configuration; or without a type, its credentials refused (401/403) or a URL that is not Stytch's (404).
        ((type ? CONFIGURATION_TYPES.test(type) : status === 404 || (authorization && (status === 401 || status === 403))) ? 'invite.server_misconfigured' : type);
      const error = errorFromStatus(status, code, code === 'invite.server_misconfigured' ? undefined : stringField(body, 'error_message'), retryAfterMs);
      const requestId = stringField(body, 'request_id');
      if (requestId) error.requestId = requestId;
      return failure(entry.email, error);
    });
  return Object.assign(send, { capabilities: STYTCH_CAPABILITIES });
}
