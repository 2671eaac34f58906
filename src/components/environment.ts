/**
 * Theme and direction, read from a component's surroundings; they live beside the behaviour hooks,
 * which copy them onto portalled content. This module keeps the components' import path.
 * @module
 */
export * from '../hooks/environment';
