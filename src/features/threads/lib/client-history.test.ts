import { describe, expect, it } from 'vitest';
import { historyItems, planTurn } from './client-history.ts';
import { makeResponse, makeThread, makeTurn } from './thread-fixtures.ts';

describe('planTurn (server mode)', () => {
  it('a first turn has no parent and is sent as it is', () => {
    const body = { model: 'm', input: 'hi' };
    expect(planTurn(null, body)).toEqual({ body, parentId: null, historyItems: 0 });
  });

  it('chaining from the leaf hangs the turn under the leaf', () => {
    const thread = makeThread(2);
    const body = { input: 'next', previous_response_id: thread.turns[1]!.responseId };
    expect(planTurn(thread, body).parentId).toBe(thread.turns[1]!.id);
  });

  it('an overridden id names a fork point', () => {
    const thread = makeThread(3);
    const body = { input: 'branch', previous_response_id: thread.turns[0]!.responseId };
    expect(planTurn(thread, body).parentId).toBe(thread.turns[0]!.id);
  });

  it('removing the chain starts a new root; retries after failures line up', () => {
    const thread = makeThread(1);
    expect(planTurn(thread, { input: 'fresh' }).parentId).toBeNull();
    const failed = makeTurn({ status: 'http-error', responseId: null });
    const onlyFailed = makeThread(0, { turns: [failed], leafId: failed.id });
    expect(planTurn(onlyFailed, { input: 'retry' }).parentId).toBe(failed.id);
  });
});

describe('client-side history', () => {
  it('prepends each answered turn’s input and output, drops previous_response_id', () => {
    const thread = { ...makeThread(2), historyMode: 'client' as const };
    const planned = planTurn(thread, {
      input: 'third',
      previous_response_id: 'resp_x',
      store: false,
    });
    expect(planned.body.previous_response_id).toBeUndefined();
    expect(planned.body.store).toBe(false);
    const input = planned.body.input as { role?: string; type?: string; content?: unknown }[];
    expect(input.map((i) => i.role ?? i.type)).toEqual([
      'user',
      'assistant',
      'user',
      'assistant',
      'user',
    ]);
    expect(input.at(-1)).toEqual({ role: 'user', content: 'third' });
    expect(planned.historyItems).toBe(4);
    expect(planned.parentId).toBe(thread.turns[1]!.id);
  });

  it('a turn that was itself client-side contributes only its own input', () => {
    const first = makeTurn({ input: 'one' });
    const second = makeTurn({
      parentId: first.id,
      input: [
        { role: 'user', content: 'one' },
        { role: 'assistant', content: 'x' },
        { role: 'user', content: 'two' },
      ],
      historyItems: 2,
    });
    const items = historyItems([first, second], false) as { content?: unknown }[];
    expect(items.filter((i) => i.content === 'one')).toHaveLength(1);
    expect(items.filter((i) => i.content === 'two')).toHaveLength(1);
  });

  it('reasoning travels only with encrypted_content, and only when include asks for it', () => {
    const reasoning = { type: 'reasoning', id: 'rs_1', summary: [], encrypted_content: 'gAAA' };
    const plain = { type: 'reasoning', id: 'rs_2', summary: [] };
    const response = makeResponse('resp_r', 'done');
    const turn = makeTurn({
      responseId: 'resp_r',
      response: { ...response, output: [reasoning, plain, ...response.output] } as typeof response,
    });
    const withEnc = historyItems([turn], true) as { type?: string; id?: string }[];
    expect(withEnc.filter((i) => i.type === 'reasoning').map((i) => i.id)).toEqual(['rs_1']);
    const without = historyItems([turn], false) as { type?: string }[];
    expect(without.some((i) => i.type === 'reasoning')).toBe(false);
    const thread = makeThread(0, { turns: [turn], leafId: turn.id, historyMode: 'client' });
    const planned = planTurn(thread, { input: 'q', include: ['reasoning.encrypted_content'] });
    expect((planned.body.input as { id?: string }[]).some((i) => i.id === 'rs_1')).toBe(true);
  });

  it('failed and stopped turns add nothing; cut-off items are left out', () => {
    const failed = makeTurn({ status: 'http-error', responseId: null });
    const stopped = makeTurn({
      status: 'cancelled',
      responseId: null,
      partialOutput: [
        { type: 'message', id: 'm', role: 'assistant', status: 'in_progress', content: [] },
      ],
    });
    expect(historyItems([failed, stopped], true)).toEqual([]);
  });
});
