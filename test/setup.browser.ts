import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { skipKnownEngineIssues } from './engines';

// A real browser drives React here: its own events, animation ends and timers, not act()'s queue.
// Testing Library declares an act environment when it loads, and React 19 then warns about every
// update that did not come through act() — dozens per test, none of them a fault. Declaring that
// this is no act environment silences only that warning: Testing Library's act() (render, its
// events, an explicit act()) still declares one for as long as it runs, and every other warning
// and error still prints.
beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

afterEach(() => cleanup());

skipKnownEngineIssues();
