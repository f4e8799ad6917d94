import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { makeThread, makeTurn } from './lib/thread-fixtures.ts';
import { threadsStateCreator, titleFrom } from './threads-store.ts';

const fresh = () => createStore(threadsStateCreator);

describe('threads store', () => {
  it('starts, selects, renames and deletes with undo', () => {
    const store = fresh();
    const id = store.getState().threadStarted();
    expect(store.getState().activeId).toBe(id);
    store.getState().threadRenamed(id, '  Weather  ');
    expect(store.getState().threads[id]!.title).toBe('Weather');
    store.getState().threadDeleted(id);
    expect(store.getState().threads[id]).toBeUndefined();
    expect(store.getState().activeId).toBeNull();
    store.getState().deletionUndone();
    expect(store.getState().threads[id]!.title).toBe('Weather');
    expect(store.getState().activeId).toBe(id);
  });

  it('a started turn becomes the leaf; its result lands on it', () => {
    const store = fresh();
    const id = store.getState().threadStarted();
    const turn = makeTurn({ status: 'running', responseId: null, response: null });
    store.getState().turnStarted(id, turn);
    expect(store.getState().threads[id]!.leafId).toBe(turn.id);
    store.getState().turnFinished(id, turn.id, { status: 'completed', responseId: 'resp_9' });
    expect(store.getState().threads[id]!.turns[0]).toMatchObject({
      status: 'completed',
      responseId: 'resp_9',
    });
  });

  it('a running turn keeps the response id the server names, a finished one is left alone', () => {
    const store = fresh();
    const id = store.getState().threadStarted();
    const turn = makeTurn({ status: 'running', responseId: null, response: null });
    store.getState().turnStarted(id, turn);
    store.getState().turnIdentified(id, turn.id, 'resp_early');
    expect(store.getState().threads[id]!.turns[0]!.responseId).toBe('resp_early');
    store.getState().turnFinished(id, turn.id, { status: 'completed', responseId: 'resp_early' });
    store.getState().turnIdentified(id, turn.id, 'resp_late');
    expect(store.getState().threads[id]!.turns[0]!.responseId).toBe('resp_early');
  });

  it('fork sets the leaf to the turn; selecting a branch shows its newest leaf', () => {
    const store = fresh();
    const thread = makeThread(3);
    store.getState().threadsLoaded([thread], [], thread.id);
    const first = thread.turns[0]!.id;
    store.getState().forkRequested(thread.id, first);
    expect(store.getState().threads[thread.id]!.leafId).toBe(first);
    store.getState().branchSelected(thread.id, first);
    expect(store.getState().threads[thread.id]!.leafId).toBe(thread.turns[2]!.id);
  });

  it('imports: the same thread again is not duplicated; a different one with a taken id gets a new id', () => {
    const store = fresh();
    const thread = makeThread(1);
    store.getState().threadsLoaded([thread], [], null);
    expect(store.getState().threadsAdded([thread])).toEqual([thread.id]);
    const changed = { ...thread, title: 'Changed' };
    const [id] = store.getState().threadsAdded([changed]);
    expect(id).not.toBe(thread.id);
    expect(Object.keys(store.getState().threads)).toHaveLength(2);
  });

  it('merges another tab’s changes and deletions', () => {
    const store = fresh();
    const thread = makeThread(1);
    const gone = makeThread(0);
    store.getState().threadsLoaded([thread, gone], [], gone.id);
    const extra = makeTurn({ parentId: thread.turns[0]!.id });
    store
      .getState()
      .remoteThreadsChanged(
        [{ ...thread, turns: [...thread.turns, extra], updatedAt: thread.updatedAt + 1 }],
        [gone.id],
      );
    expect(store.getState().threads[thread.id]!.turns).toHaveLength(2);
    expect(store.getState().threads[gone.id]).toBeUndefined();
    expect(store.getState().activeId).toBeNull();
  });

  it('titles come from the first line of input, shortened', () => {
    expect(titleFrom('  hello\n world ')).toBe('hello world');
    expect(titleFrom('x'.repeat(200))).toHaveLength(80);
    expect(titleFrom('')).toBe('Untitled thread');
  });
});
