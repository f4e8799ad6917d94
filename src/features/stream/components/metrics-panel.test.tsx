import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { Response } from 'openai/resources/responses/responses';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialStreamState } from '@/api/events/stream-state.ts';
import { useRunStore } from '@/stores/run-store.ts';
import { DEFAULT_STALL_SECONDS, useUiStore } from '@/stores/ui-store.ts';
import { EchoDiff } from './echo-diff.tsx';
import { receivedEvent } from '@/test/received-event.ts';
import { MetricsPanel } from './metrics-panel.tsx';
import { StallNotice } from './stall-notice.tsx';

const event = receivedEvent;

const usage = {
  input_tokens: 10,
  input_tokens_details: { cached_tokens: 2 },
  output_tokens: 20,
  output_tokens_details: { reasoning_tokens: 0 },
  total_tokens: 30,
};

const response = {
  id: 'resp_1',
  object: 'response',
  status: 'completed',
  model: 'local-echo',
  temperature: 0.5,
  instructions: null,
  store: true,
  usage,
  output: [],
} as unknown as Response;

const events = [
  event(0, 'response.created', 100),
  event(1, 'response.output_text.delta', 200, 'Hello'),
  event(2, 'response.output_text.delta', 300, ' world'),
  event(3, 'response.completed', 400),
];

afterEach(() => {
  vi.useRealTimers();
  useUiStore.setState({ stallSeconds: DEFAULT_STALL_SECONDS });
  useRunStore.setState({
    phase: 'idle',
    request: null,
    events: [],
    chunks: [],
    stalled: false,
    stream: initialStreamState,
    timings: { headersAt: null, firstEventAt: null, endedAt: null },
  });
});

describe('MetricsPanel', () => {
  it('shows nothing before events arrive', () => {
    render(<MetricsPanel />);
    expect(screen.queryByRole('region', { name: 'Metrics' })).toBeNull();
  });

  it('shows the figures, a summarised timeline and collapses', () => {
    useRunStore.setState({
      phase: 'done',
      events,
      timings: { headersAt: 50, firstEventAt: 100, endedAt: 410 },
      stream: { ...initialStreamState, response },
    });
    render(<MetricsPanel />);
    const panel = screen.getByRole('region', { name: 'Metrics' });
    expect(within(panel).getByTestId('metric-TTFB')).toHaveTextContent('50 ms');
    expect(within(panel).getByTestId('metric-first text delta')).toHaveTextContent('200 ms');
    // 20 tokens over 200 ms (first delta → response.completed).
    expect(within(panel).getByTestId('metric-output speed')).toHaveTextContent('100.0 tokens/s');
    expect(within(panel).getByTestId('metric-gaps p50 / p95 / max')).toHaveTextContent(
      '100 ms / 100 ms / 100 ms',
    );
    expect(within(panel).getByTestId('metric-usage')).toHaveTextContent('in 10 (cached 2)');
    const svg = within(panel).getByRole('img');
    expect(svg).toHaveAccessibleName('Timeline of 4 events over 400 ms: 2 lifecycle, 2 text delta');
    // A path per kind, a bar per bucket in it: 2 lifecycle, 2 text delta, each in its own bucket.
    const bars = [...svg.querySelectorAll('path')].map((p) => [
      p.getAttribute('data-bars'),
      p.getAttribute('d')?.match(/M/g)?.length,
    ]);
    expect(bars).toEqual([
      ['2', 2],
      ['2', 2],
    ]);
    expect(within(panel).getByLabelText('stall notice after (s)')).toHaveValue(15);

    fireEvent.click(within(panel).getByRole('button', { name: /Metrics/ }));
    expect(within(panel).queryByRole('img')).toBeNull();
  });

  it('changes the stall setting', () => {
    useRunStore.setState({ events });
    render(<MetricsPanel />);
    fireEvent.change(screen.getByLabelText('stall notice after (s)'), { target: { value: '3' } });
    expect(useUiStore.getState().stallSeconds).toBe(3);
  });
});

describe('StallNotice', () => {
  it('appears after the configured silence, goes when bytes resume, and is recorded', () => {
    vi.useFakeTimers();
    useUiStore.setState({ stallSeconds: 2 });
    const runId = useRunStore.getState().runStarted({ model: 'm', stream: true });
    useRunStore.getState().batchReceived(runId, [], [{ text: 'x', at: 1 }]);
    render(<StallNotice />);
    act(() => void vi.advanceTimersByTime(1500));
    expect(screen.queryByTestId('stall-notice')).toBeNull();
    act(() => void vi.advanceTimersByTime(1000));
    expect(screen.getByRole('status')).toHaveTextContent('No bytes for 2 s — still waiting');
    expect(useRunStore.getState().stalled).toBe(true);
    act(() => {
      useRunStore.getState().batchReceived(runId, [], [{ text: 'y', at: 3000 }]);
      vi.advanceTimersByTime(300);
    });
    expect(screen.queryByTestId('stall-notice')).toBeNull();
    expect(useRunStore.getState().phase).toBe('streaming');
  });
});

describe('EchoDiff', () => {
  it('counts differences once the run is done', () => {
    useRunStore.setState({
      phase: 'done',
      request: { model: 'local-echo', input: 'hi', temperature: 0.7, instructions: 'Be brief.' },
      stream: { ...initialStreamState, response },
    });
    render(<EchoDiff />);
    const block = screen.getByTestId('echo-diff');
    expect(block).toHaveTextContent('Request vs echo · 2 differences');
    const statuses = [...block.querySelectorAll('tbody tr')].map((row) =>
      row.getAttribute('data-status'),
    );
    expect(statuses).toEqual(['same', 'dropped', 'changed']);
  });

  it('is hidden while streaming', () => {
    useRunStore.setState({
      phase: 'streaming',
      request: { model: 'local-echo' },
      stream: { ...initialStreamState, response },
    });
    render(<EchoDiff />);
    expect(screen.queryByTestId('echo-diff')).toBeNull();
  });
});
