import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connection } from '@/api/transport/connection.ts';
import { makeTurn } from '@/features/threads/lib/thread-fixtures.ts';
import { useThreadsStore } from '@/features/threads/threads-store.ts';
import { useRunStore, type RunState } from '@/stores/run-store.ts';
import { showTurn } from './use-show-turn.ts';
import { useThreadSend } from './use-thread-send.ts';

const connection: Connection = { baseUrl: 'http://local.test/v1', apiKey: '', viaProxy: false };
const created = {
  index: 0,
  name: 'response.created',
  type: 'response.created',
  payload: {
    type: 'response.created',
    sequence_number: 0,
    response: { id: 'resp_named', object: 'response', status: 'in_progress', output: [] },
  },
  sequenceNumber: 0,
  at: 30,
};

describe('useThreadSend and showTurn', () => {
  const initialThreads = useThreadsStore.getState();
  const initialRun = useRunStore.getState();
  afterEach(() => {
    useThreadsStore.setState(initialThreads, true);
    useRunStore.setState(initialRun, true);
  });

  it('keeps the response id as soon as the server names it, before the run ends', async () => {
    let idWhileRunning: string | null | undefined;
    const send = async (): Promise<RunState | null> => {
      const runId = useRunStore.getState().runStarted({ model: 'm', input: 'hi', stream: true });
      useRunStore.getState().headersReceived(runId, 200, 12);
      useRunStore.getState().batchReceived(runId, [created], []);
      await Promise.resolve();
      const s = useThreadsStore.getState();
      idWhileRunning = s.threads[s.activeId!]!.turns[0]!.responseId;
      return null; // replaced by a newer run: recorded as cancelled
    };
    const { result } = renderHook(() => useThreadSend(send));
    await result.current(connection, { model: 'm', input: 'hi', stream: true });
    expect(idWhileRunning).toBe('resp_named');
  });

  it('keeps the timings and status of a finished turn, and shows them again', async () => {
    const send = async (): Promise<RunState | null> => {
      const runId = useRunStore.getState().runStarted({ model: 'm', input: 'hi', stream: true });
      useRunStore.getState().headersReceived(runId, 200, 12);
      useRunStore.getState().batchReceived(runId, [created], []);
      useRunStore.getState().runEnded(runId, 'completed', null, 90);
      return Promise.resolve(useRunStore.getState());
    };
    const { result } = renderHook(() => useThreadSend(send));
    await result.current(connection, { model: 'm', input: 'hi', stream: true });
    const s = useThreadsStore.getState();
    const turn = s.threads[s.activeId!]!.turns[0]!;
    expect(turn.metrics).toMatchObject({ headersMs: 12, firstEventMs: 30, httpStatus: 200 });

    useRunStore.setState(initialRun, true);
    showTurn(turn);
    const shown = useRunStore.getState();
    expect(shown.httpStatus).toBe(200);
    expect(shown.timings).toEqual({ headersAt: 12, firstEventAt: 30, endedAt: 90 });
  });

  it('an interrupted turn says why it shows little, and the id to open it by', () => {
    showTurn(makeTurn({ status: 'interrupted', responseId: 'resp_cut', response: null }));
    const shown = useRunStore.getState();
    expect(shown.outcome).toBeNull();
    expect(shown.notice).toMatch(/Interrupted: the page was closed or reloaded/);
    expect(shown.notice).toContain('resp_cut');
    expect(shown.error).toBeNull();
  });
});
