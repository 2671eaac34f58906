import { handleInvitations } from '../../../../../lib/invitations';

export const POST = handleInvitations;
