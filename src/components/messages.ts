/**
 * The components' strings. They live beside the behaviour hooks, which word the dialog's status and
 * actions; this module keeps the components' import path.
 * @module
 */
export * from '../hooks/messages';
