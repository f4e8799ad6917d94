import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeResponse, makeThread, makeTurn } from '@/features/threads/lib/thread-fixtures.ts';
import { chainResponseId } from '@/features/threads/lib/thread-tree.ts';
import { useThreadsStore } from '@/features/threads/threads-store.ts';
import { useRunStore } from '@/stores/run-store.ts';
import { useBackgroundTurns } from './use-background-turns.ts';

const queued = makeResponse('resp_bg', '', { status: 'queued', output: [] });

/** A thread whose last turn is a background response the server has not finished. */
function threadWaiting() {
  const thread = makeThread(1);
  const first = thread.turns[0]!;
  const waiting = makeTurn({
    parentId: first.id,
    status: 'background',
    responseId: 'resp_bg',
    response: queued,
    metrics: { firstEventMs: null, durationMs: 40, eventCount: 0 },
  });
  useThreadsStore.setState({
    threads: { [thread.id]: { ...thread, turns: [first, waiting], leafId: waiting.id } },
    activeId: thread.id,
  });
  return { threadId: thread.id, first, waiting };
}

function showBackgroundRun() {
  return useRunStore.getState().runRestored({
    request: { model: 'local-echo', input: 'hi', background: true },
    response: queued,
    partialOutput: [],
    outcome: 'background',
    error: null,
    durationMs: 40,
  });
}

const turnOf = (threadId: string, turnId: string) =>
  useThreadsStore.getState().threads[threadId]!.turns.find((t) => t.id === turnId)!;

describe('useBackgroundTurns', () => {
  const initialThreads = useThreadsStore.getState();
  const initialRun = useRunStore.getState();
  beforeEach(() => renderHook(() => useBackgroundTurns()));
  afterEach(() => {
    useThreadsStore.setState(initialThreads, true);
    useRunStore.setState(initialRun, true);
  });

  it('finishes the waiting turn when the polled response completes, so the chain moves on', () => {
    const { threadId, first, waiting } = threadWaiting();
    const runId = showBackgroundRun();
    const thread = () => useThreadsStore.getState().threads[threadId]!;
    // Still running: the chain stays on the last finished response.
    expect(chainResponseId(thread())).toBe(first.responseId);

    const done = makeResponse('resp_bg', 'the answer');
    useRunStore.getState().responseReceived(runId, done, 40);
    expect(turnOf(threadId, waiting.id).status).toBe('background');
    useRunStore.getState().runEnded(runId, 'completed', null, 40);

    const finished = turnOf(threadId, waiting.id);
    expect(finished.status).toBe('completed');
    expect(finished.response?.output).toEqual(done.output);
    expect(finished.metrics.durationMs).toBe(40);
    expect(chainResponseId(thread())).toBe('resp_bg');
  });

  it('records a cancelled or failed background response as such, never chained from', () => {
    for (const status of ['cancelled', 'failed'] as const) {
      const { threadId, first, waiting } = threadWaiting();
      const runId = showBackgroundRun();
      const ended = makeResponse('resp_bg', '', { status, output: [] });
      useRunStore.getState().responseReceived(runId, ended, 40);
      useRunStore.getState().runEnded(runId, status, null, 40);
      const turn = turnOf(threadId, waiting.id);
      expect(turn.status).toBe(status);
      expect(turn.response?.status).toBe(status);
      expect(chainResponseId(useThreadsStore.getState().threads[threadId]!)).toBe(first.responseId);
    }
  });

  it('leaves turns alone when a run that was not in the background ends', () => {
    const { threadId, waiting } = threadWaiting();
    const runId = useRunStore.getState().runStarted({ model: 'local-echo', input: 'x' });
    useRunStore.getState().runEnded(runId, 'completed', null, 10);
    expect(turnOf(threadId, waiting.id).status).toBe('background');
  });
});
