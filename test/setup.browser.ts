import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { skipKnownEngineIssues } from './engines';

// Testing Library turns React's act() environment on for the whole file (its own beforeAll). In a
// real browser, state also changes on events no test can wrap in act(): Radix Presence's
// animationend, timers, network. React then warns on every one ("An update to Presence inside a
// test was not wrapped in act", dozens per file and engine) although the tests already wait for
// what they assert with findBy/waitFor. Testing Library's act() still switches the flag on for its
// own duration, so render, fireEvent and user-event keep flushing as before.
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

afterEach(() => cleanup());

skipKnownEngineIssues();
