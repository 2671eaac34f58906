/**
 * Shared by the component tests: the scripted fake transport and result builders of the hook tests,
 * transport shapes, and an axe check that fails with the rules it broke.
 */
import axe from 'axe-core';
import type { TransportCapabilities } from '../../src/core/types';

// The store and hook tests' scripted transport and result builders, under the names these tests use.
export { createFakeTransport as fakeTransport, fail, ok } from '../hooks/fake-transport';

export const WORKOS: TransportCapabilities = {
  roles: 'one',
  locales: ['en', 'de', 'fr', 'ar', 'he', 'pt-BR'],
  expiry: { unit: 'days', min: 1, max: 30, default: 7 },
  idempotencyKeys: true,
};
export const STYTCH: TransportCapabilities = {
  roles: 'none',
  locales: ['en', 'es', 'pt-br', 'fr'],
  expiry: { unit: 'minutes', min: 5, max: 10080, default: 60 },
  idempotencyKeys: false,
};
export const BATCH: TransportCapabilities = { roles: 'many', idempotencyKeys: true };

/** Waits for every animation that ends (an opening fade, a scale-in); spinners run forever and are not waited for. */
export async function animationsDone() {
  if (typeof document.getAnimations !== 'function') return;
  const ending = document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
  await Promise.all(ending.map((animation) => animation.finished));
}

/** Runs axe on `node` (the whole document by default) and fails listing every violation. */
export async function expectNoAxeViolations(node: Element | Document = document) {
  // Mid fade-in every colour is partly transparent: judge what the person ends up seeing.
  await animationsDone();
  const result = await axe.run(node as Element, { resultTypes: ['violations'] });
  const found = result.violations.map(
    (violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  if (found.length > 0) throw new Error(`axe found:\n${found.join('\n')}`);
}
