import { describe, expect, it } from 'vitest';
import { makeThread, makeTurn } from './thread-fixtures.ts';
import {
  branchCount,
  chainResponseId,
  latestLeafUnder,
  matchesSearch,
  pathTo,
  sortByLastUse,
  turnInputText,
} from './thread-tree.ts';

describe('thread tree', () => {
  it('walks from the root to the leaf', () => {
    const thread = makeThread(3);
    expect(pathTo(thread).map((t) => t.id)).toEqual(thread.turns.map((t) => t.id));
    expect(pathTo(thread, null)).toEqual([]);
  });

  it('chains from the last completed response on the path, skipping failures', () => {
    const thread = makeThread(2);
    const failed = makeTurn({
      parentId: thread.turns[1]!.id,
      status: 'http-error',
      responseId: null,
    });
    const t = { ...thread, turns: [...thread.turns, failed], leafId: failed.id };
    expect(chainResponseId(t)).toBe(thread.turns[1]!.responseId);
    expect(chainResponseId({ ...t, leafId: null })).toBeNull();
  });

  it('survives a parent cycle in imported data', () => {
    const a = makeTurn();
    const b = makeTurn({ parentId: a.id });
    const cyclic = makeThread(0, { turns: [{ ...a, parentId: b.id }, b], leafId: b.id });
    expect(pathTo(cyclic)).toHaveLength(2);
  });

  it('finds the newest leaf under a turn and counts branches', () => {
    const thread = makeThread(2);
    const [first] = thread.turns;
    const fork = makeTurn({ parentId: first!.id, createdAt: 99_999 });
    const t = { ...thread, turns: [...thread.turns, fork] };
    expect(latestLeafUnder(t, first!.id)).toBe(fork.id);
    expect(branchCount(t)).toBe(2);
  });

  it('searches titles, typed input, answers and response ids; sorts by last use', () => {
    const thread = makeThread(1, { title: 'Weather' });
    thread.turns[0] = makeTurn({ input: 'Paris in spring', answer: 'Mild and rainy' });
    expect(matchesSearch(thread, 'weather')).toBe(true);
    expect(matchesSearch(thread, 'PARIS')).toBe(true);
    expect(matchesSearch(thread, 'rainy')).toBe(true);
    expect(matchesSearch(thread, 'tokyo')).toBe(false);
    const older = makeThread(0, { updatedAt: 1 });
    expect(sortByLastUse([older, thread])[0]).toBe(thread);
  });

  it('reads the typed text of item inputs, without the history prefix', () => {
    const turn = makeTurn({
      input: [
        { role: 'user', content: 'old' },
        { role: 'user', content: [{ type: 'input_text', text: 'new' }] },
      ],
      historyItems: 1,
    });
    expect(turnInputText(turn)).toBe('new');
  });
});
