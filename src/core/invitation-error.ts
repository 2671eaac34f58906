/**
 * The error the kit's invitation transports reject with. Its own module: a class that extends
 * `Error` stays in any bundle that imports its module, and the server handler does not need it.
 * @module
 */
import type { InvitationFailure } from './invitations';
import type { Invitation } from './types';

/**
 * What the kit's invitation transports reject with: an `Error` (a stack for the logs) that carries
 * an {@link InvitationFailure}.
 */
export class InvitationError extends Error implements InvitationFailure {
  code: string;
  retryable: boolean;
  uncertain: boolean;
  status?: number;
  requestId?: string;
  retryAfterMs?: number;
  invitation?: Invitation;
  constructor(failure: InvitationFailure) {
    super(failure.message);
    this.name = 'InvitationError';
    this.code = failure.code;
    this.retryable = failure.retryable;
    this.uncertain = failure.uncertain === true;
    for (const key of ['status', 'requestId', 'retryAfterMs', 'invitation'] as const) {
      if (failure[key] !== undefined) (this as Record<string, unknown>)[key] = failure[key];
    }
  }
}
