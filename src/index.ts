'use client';
/**
 * `invite-kit`: everything — the core, the hooks and the styled components.
 * @module
 */
export * from './core/index';
export * from './hooks/index';
export * from './components/index';
