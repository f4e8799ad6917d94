import { describe, expect, it } from 'vitest';
import { mergeThread } from './merge-thread.ts';
import { makeThread, makeTurn } from './thread-fixtures.ts';

describe('mergeThread', () => {
  it('keeps the turns each tab added', () => {
    const base = makeThread(1);
    const mine = makeTurn({ parentId: base.turns[0]!.id });
    const theirs = makeTurn({ parentId: base.turns[0]!.id });
    const ours = { ...base, turns: [...base.turns, mine], leafId: mine.id, updatedAt: 10 };
    const other = { ...base, turns: [...base.turns, theirs], leafId: theirs.id, updatedAt: 5 };
    const merged = mergeThread(ours, other);
    expect(merged.turns.map((t) => t.id).sort()).toEqual(
      [base.turns[0]!.id, mine.id, theirs.id].sort(),
    );
    expect(merged.leafId).toBe(mine.id);
  });

  it('returns ours untouched when theirs adds nothing', () => {
    const thread = makeThread(2);
    expect(mergeThread(thread, { ...thread, updatedAt: thread.updatedAt - 1 })).toBe(thread);
  });

  it('a finished copy of a turn beats a running one', () => {
    const thread = makeThread(1);
    const running = { ...thread, turns: [{ ...thread.turns[0]!, status: 'running' as const }] };
    expect(mergeThread(running, thread).turns[0]!.status).toBe('completed');
  });
});
