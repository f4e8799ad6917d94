import { describe, expect, it } from 'vitest';
import { initialStreamState, type StreamState } from './stream-state.ts';
import { classifyEnding } from './classify-ending.ts';

const withTerminal = (terminalEvent: string, extra: Partial<StreamState> = {}): StreamState => ({
  ...initialStreamState,
  eventCount: 5,
  terminalEvent,
  ...extra,
});

describe('classifyEnding', () => {
  it('maps the terminal event of a clean stream', () => {
    expect(
      classifyEnding({ kind: 'stream-ended' }, withTerminal('response.completed')).outcome,
    ).toBe('completed');
    expect(
      classifyEnding({ kind: 'stream-ended' }, withTerminal('response.incomplete')).outcome,
    ).toBe('incomplete');
    expect(classifyEnding({ kind: 'stream-ended' }, withTerminal('response.failed')).outcome).toBe(
      'failed',
    );
  });

  it('reports a stream that ends without a terminal event', () => {
    const ending = classifyEnding(
      { kind: 'stream-ended' },
      { ...initialStreamState, eventCount: 3 },
    );
    expect(ending.outcome).toBe('no-terminal-event');
    expect(ending.error?.message).toMatch(/without a terminal event/);
    const empty = classifyEnding({ kind: 'stream-ended' }, initialStreamState);
    expect(empty.error?.message).toMatch(/without sending any event/);
  });

  it('treats an error event without response.failed as a failure', () => {
    const state: StreamState = {
      ...initialStreamState,
      eventCount: 3,
      status: 'failed',
      error: { source: 'event', message: 'boom' },
    };
    expect(classifyEnding({ kind: 'stream-ended' }, state)).toEqual({
      outcome: 'failed',
      error: null,
    });
  });

  it('a cut after the terminal event loses nothing; before it, it is a lost connection', () => {
    const cut = { kind: 'network-error', error: { source: 'network', message: 'lost' } } as const;
    expect(classifyEnding(cut, withTerminal('response.completed')).outcome).toBe('completed');
    const lost = classifyEnding(cut, { ...initialStreamState, eventCount: 4 });
    expect(lost).toEqual({ outcome: 'network-error', error: cut.error });
  });

  it('aborts are cancellations, HTTP errors keep their error', () => {
    expect(classifyEnding({ kind: 'aborted' }, initialStreamState).outcome).toBe('cancelled');
    const error = { source: 'http', status: 429, message: 'slow down' } as const;
    expect(classifyEnding({ kind: 'http-error', error }, initialStreamState)).toEqual({
      outcome: 'http-error',
      error,
    });
  });

  it('accepts a JSON Response body and rejects anything else', () => {
    const body = { id: 'resp_1', object: 'response', status: 'incomplete', output: [] };
    const ok = classifyEnding({ kind: 'json', body }, initialStreamState);
    expect(ok.outcome).toBe('incomplete');
    expect(ok.response?.id).toBe('resp_1');
    const bad = classifyEnding({ kind: 'json', body: { hello: 'world' } }, initialStreamState);
    expect(bad.outcome).toBe('http-error');
    expect(bad.error?.message).toMatch(/not a Response object/);
  });

  it('a background response the server has not finished is not completed', () => {
    const outcome = (status: string) =>
      classifyEnding(
        { kind: 'json', body: { id: 'resp_1', object: 'response', status, output: [] } },
        initialStreamState,
      ).outcome;
    expect(outcome('queued')).toBe('background');
    expect(outcome('in_progress')).toBe('background');
    expect(outcome('cancelled')).toBe('cancelled');
    expect(outcome('failed')).toBe('failed');
    expect(outcome('completed')).toBe('completed');
  });
});
