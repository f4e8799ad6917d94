import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLocalServer } from '../../server/app.ts';
import { LOCAL_MODELS } from '../../server/models.ts';
import { INSTANT } from '../../server/pace.ts';
import { useRunStore } from '@/stores/run-store.ts';
import { Playground } from './playground.tsx';
import { Providers } from './providers.tsx';

/** The real local server answers the app's fetches, as it does under `vite dev` at /local. */
function serveLocally() {
  const { app } = createLocalServer({ pace: INSTANT });
  return vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      location.origin,
    );
    const path = url.pathname.replace(/^\/local/, '') + url.search;
    return app.fetch(new Request(new URL(path, url.origin), init));
  });
}

beforeEach(() => {
  vi.stubGlobal('fetch', serveLocally());
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => ({ matches: false, addEventListener: vi.fn(), removeEventListener: vi.fn() })),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('Playground', () => {
  it('sends the form, streams the reply into Response and lists the events', async () => {
    const user = userEvent.setup();
    render(
      <Providers>
        <Playground />
      </Providers>,
    );
    // The models list comes from GET /models through TanStack Query.
    await screen.findByText(`${LOCAL_MODELS.length} models from GET /models`, { exact: false });
    await user.type(screen.getByLabelText('input', { exact: true }), 'hello from jsdom');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    const responseRegion = screen.getByRole('region', { name: 'Response' });
    await within(responseRegion).findByRole('heading', { name: 'Echo from local-echo' });
    await waitFor(() => expect(useRunStore.getState().outcome).toBe('completed'));
    expect(within(responseRegion).getByText('hello from jsdom')).toBeInTheDocument();

    const eventsRegion = screen.getByRole('region', { name: 'Events' });
    // The list is virtualized (jsdom has no layout, so rows are the e2e tests' to check): the
    // count says every event arrived, first to last.
    const events = useRunStore.getState().events;
    expect(within(eventsRegion).getByTestId('event-count')).toHaveTextContent(`(${events.length})`);
    expect(events[0]?.type).toBe('response.created');
    expect(events.at(-1)?.type).toBe('response.completed');

    // The body sent is exactly the form: nothing unset.
    const [, init] =
      vi
        .mocked(fetch)
        .mock.calls.find(([u]) => typeof u === 'string' && u.endsWith('/responses')) ?? [];
    expect(typeof init?.body).toBe('string');
    expect(JSON.parse(init?.body as string)).toEqual({
      model: 'local-echo',
      input: 'hello from jsdom',
      stream: true,
    });
    expect(new Headers(init?.headers).get('authorization')).toMatch(/^Bearer \S+/);
  });
});
