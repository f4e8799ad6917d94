import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseEventData, type ReceivedEvent } from '@/api/events/parse-event.ts';
import { useRunStore, type RawChunk } from '@/stores/run-store.ts';
import { EventsPanel } from './events-panel.tsx';

const N = 100_000;

function synthetic(): { events: ReceivedEvent[]; chunks: RawChunk[] } {
  const events: ReceivedEvent[] = [];
  const chunks: RawChunk[] = [];
  for (let i = 0; i < N; i++) {
    const type =
      i === 0
        ? 'response.created'
        : i % 1000 === 0
          ? 'response.in_progress'
          : 'response.output_text.delta';
    const data = JSON.stringify({ type, sequence_number: i, delta: `t${i}` });
    events.push(parseEventData(i, type, data, i));
    chunks.push({ text: `event: ${type}\ndata: ${data}\n\n`, at: i });
  }
  return { events, chunks };
}

// jsdom has no layout: give every element a size so react-virtual sees a 600 px viewport.
const restore: (() => void)[] = [];
beforeAll(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  for (const [prop, value] of [
    ['offsetHeight', 600],
    ['offsetWidth', 800],
    ['clientHeight', 600],
  ] as const) {
    const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop);
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
    restore.push(() => original && Object.defineProperty(HTMLElement.prototype, prop, original));
  }
  const rect = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    width: 800,
    height: 600,
    top: 0,
    left: 0,
    right: 800,
    bottom: 600,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  });
  restore.push(() => rect.mockRestore());
});
afterAll(() => {
  restore.forEach((undo) => undo());
  vi.unstubAllGlobals();
});

const data = synthetic();
beforeEach(() => {
  act(() =>
    useRunStore.setState({ runId: 1, phase: 'done', events: data.events, chunks: data.chunks }),
  );
});

describe('EventsPanel with 100,000 events', () => {
  it('keeps only a small number of rows in the DOM and shows the full count', () => {
    render(<EventsPanel />);
    expect(screen.getByTestId('event-count')).toHaveTextContent(`(${N})`);
    const rows = screen.getAllByTestId('event-row');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
  });

  it('filters by type from the type popover', () => {
    render(<EventsPanel />);
    const details = screen.getByText(/^Types \(/).closest('details');
    if (!details) throw new Error('no type popover');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    fireEvent.click(screen.getByRole('button', { name: 'None' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /response\.in_progress/ }));
    expect(screen.getByTestId('event-shown-count')).toHaveTextContent('99 shown');
    for (const row of screen.getAllByTestId('event-row'))
      expect(within(row).getByText('response.in_progress')).toBeInTheDocument();
  });

  it('keeps focus on a row’s button when Enter opens and closes it', async () => {
    const user = userEvent.setup();
    render(<EventsPanel />);
    const button = within(screen.getAllByTestId('event-row')[0] as HTMLElement).getByRole('button');
    button.focus();
    await user.keyboard('{Enter}');
    // The same element: opening must not remount the row (a remount drops focus to <body>).
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('has a named Events/Raw tablist with arrow keys, one tab stop and a panel', async () => {
    const user = userEvent.setup();
    render(<EventsPanel />);
    const list = screen.getByRole('tablist', { name: 'events view' });
    const events = within(list).getByRole('tab', { name: 'Events' });
    const raw = within(list).getByRole('tab', { name: 'Raw' });
    expect(raw).toHaveAttribute('tabindex', '-1');
    expect(events).toHaveAttribute('aria-controls', screen.getByRole('tabpanel').id);
    events.focus();
    await user.keyboard('{ArrowRight}');
    expect(raw).toHaveFocus();
    expect(raw).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Raw' })).toContainElement(
      screen.getByRole('log', { name: 'Raw stream' }),
    );
    await user.keyboard('{ArrowLeft}');
    expect(events).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Events' })).toBeInTheDocument();
  });

  it('closes the type popover on Escape and puts focus back on its summary', async () => {
    const user = userEvent.setup();
    render(<EventsPanel />);
    const summary = screen.getByText(/^Types \(/);
    const details = summary.closest('details');
    if (!details) throw new Error('no type popover');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    screen.getByRole('checkbox', { name: /response\.created/ }).focus();
    await user.keyboard('{Escape}');
    expect(details.open).toBe(false);
    expect(summary).toHaveFocus();
    expect(screen.queryByRole('checkbox', { name: /response\.created/ })).toBeNull();
  });

  it('saves the stream as .sse with the exact text received', async () => {
    let saved: Blob | undefined;
    const createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:test';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<EventsPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Save .sse' }));
    expect(click).toHaveBeenCalledOnce();
    expect(await saved?.text()).toBe(data.chunks.map((c) => c.text).join(''));
    click.mockRestore();
  });
});
