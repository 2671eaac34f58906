/**
 * The browser project's setup (test/setup.browser.ts): a real browser drives React, so an update
 * that did not come through act() is no fault and says nothing — while React's real warnings and
 * errors still print.
 */
import { render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const errors = () => vi.spyOn(console, 'error').mockImplementation(() => {});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Updates itself a task after mounting, as an animation end or a resolved fetch would. */
function Later() {
  const [text, setText] = useState('waiting');
  useEffect(() => {
    const timer = setTimeout(() => setText('done'), 0);
    return () => clearTimeout(timer);
  }, []);
  return <p>{text}</p>;
}

describe('the browser project', () => {
  it('says nothing about an update the browser made outside act()', async () => {
    const spy = errors();
    render(<Later />);
    // Vitest's own waitFor: Testing Library's would declare no act environment while it waits.
    await vi.waitFor(() => expect(screen.getByText('done')).toBeInTheDocument());
    expect(spy).not.toHaveBeenCalled();
  });

  it('still prints what React reports as wrong', () => {
    const spy = errors();
    render(
      <ul>
        {['a', 'b'].map((item) => (
          // No key: the fault under test.
          <li>{item}</li>
        ))}
      </ul>,
    );
    expect(spy.mock.calls.flat().join(' ')).toMatch(/unique "key" prop/);
  });
});
