'use client';
/**
 * `invite-kit`: everything — the core, the hooks and the styled components.
 * @module
 */
export * from './core/index';
