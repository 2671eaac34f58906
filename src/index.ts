'use client';
/**
 * `invite-kit`: everything — the core, the hooks and the styled components.
 * @module
 */
export * from './core/index';
export * from './hooks/index';
// core's send-batch also exports an `InviteBatchEntry` (the send loop's input); at this React entry
// the name means the hook's entry.
export type { InviteBatchEntry } from './hooks/index';
