import { describe, expect, it } from 'vitest';
import { makeThread } from './thread-fixtures.ts';
import { migrateThread, readRecord, THREAD_VERSION, toRecord } from './thread-record.ts';

describe('thread records', () => {
  it('reads back what it wrote', () => {
    const thread = makeThread(2);
    expect(readRecord(JSON.parse(JSON.stringify(toRecord(thread))))).toEqual({
      ok: true,
      thread,
      migratedFrom: null,
    });
  });

  it('refuses a record from a newer version, saying so', () => {
    const record = { ...toRecord(makeThread(1)), version: THREAD_VERSION + 1 };
    const read = readRecord(record);
    expect(read).toMatchObject({ ok: false, reason: 'too-new' });
  });

  it.each([
    ['null', null],
    ['a string', 'garbage'],
    ['another format', { format: 'x', version: 1, thread: {} }],
    ['no version', { format: 'rp.thread', thread: {} }],
  ])('calls %s unreadable', (_name, raw) => {
    expect(readRecord(raw)).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('names the broken field of a corrupt thread', () => {
    const thread = makeThread(2);
    const broken = { ...thread, turns: [thread.turns[0], { ...thread.turns[1], status: 42 }] };
    const read = readRecord({ ...toRecord(thread), thread: broken });
    expect(read).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(!read.ok && read.message).toContain('thread.turns[1].status');
  });

  it('rejects dangling parents and leaves', () => {
    const thread = makeThread(1);
    const dangling = { ...thread, leafId: 'turn_nowhere' };
    expect(readRecord({ ...toRecord(thread), thread: dangling })).toMatchObject({ ok: false });
  });

  it('runs migrations in order and stops at a missing step', () => {
    const steps = {
      1: (t: unknown) => ({ ...(t as object), a: 1 }),
      2: (t: unknown) => ({ ...(t as object), b: 2 }),
    };
    expect(migrateThread({}, 1, steps, 3)).toEqual({ ok: true, thread: { a: 1, b: 2 } });
    expect(migrateThread({}, 1, { 1: steps[1] }, 3)).toMatchObject({ ok: false });
  });
});
