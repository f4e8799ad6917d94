import type { Response } from 'openai/resources/responses/responses';
import type { Thread, Turn } from './thread-types.ts';

/** Builders for tests and benchmarks: a plausible turn and thread with the given overrides. */
export function makeResponse(id: string, text: string, extra: Partial<Response> = {}): Response {
  return {
    id,
    object: 'response',
    created_at: 1_700_000_000,
    status: 'completed',
    model: 'local-echo',
    output: [
      {
        type: 'message',
        id: `msg_${id}`,
        role: 'assistant',
        status: 'completed',
        content: [{ type: 'output_text', text, annotations: [] }],
      },
    ],
    usage: {
      input_tokens: 5,
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: 7,
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: 12,
    },
    ...extra,
  } as Response;
}

let counter = 0;

export function makeTurn(
  overrides: Partial<Turn> & { input?: unknown; answer?: string } = {},
): Turn {
  counter += 1;
  const { input = `question ${counter}`, answer, ...rest } = overrides;
  const responseId = rest.responseId === undefined ? `resp_${counter}` : rest.responseId;
  return {
    id: `turn_${counter}`,
    parentId: null,
    createdAt: 1_000 + counter,
    request: { model: 'local-echo', input, stream: true },
    historyItems: 0,
    status: 'completed',
    responseId,
    response: responseId ? makeResponse(responseId, answer ?? `answer ${counter}`) : null,
    partialOutput: [],
    error: null,
    metrics: { firstEventMs: 20, durationMs: 100, eventCount: 12 },
    eventsSaved: false,
    ...rest,
  };
}

/** A linear thread of `n` turns, each the child of the one before. */
export function makeThread(n: number, overrides: Partial<Thread> = {}): Thread {
  const turns: Turn[] = [];
  for (let i = 0; i < n; i++) turns.push(makeTurn({ parentId: turns.at(-1)?.id ?? null }));
  counter += 1;
  return {
    id: `thread_${counter}`,
    title: `Thread ${counter}`,
    createdAt: 1_000,
    updatedAt: 2_000 + counter,
    turns,
    leafId: turns.at(-1)?.id ?? null,
    historyMode: 'server',
    ...overrides,
  };
}
