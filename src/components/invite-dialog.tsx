/**
 * `InviteDialog` and its parts; kept at this path for the imports that name it.
 * @module
 */
export * from './invite-dialog/index';
