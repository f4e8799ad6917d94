import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmUpStreamView } from './stream-warm-up.tsx';

describe('warmUpStreamView', () => {
  afterEach(() => vi.useRealTimers());

  it('renders off the page and leaves nothing behind, the metrics pass included', () => {
    vi.useFakeTimers();
    const before = document.body.innerHTML;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => warmUpStreamView()).not.toThrow();
    // The metrics pass waits for the browser to be idle (a timer where there is no idle callback).
    vi.runAllTimers();
    expect(document.body.innerHTML).toBe(before);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
