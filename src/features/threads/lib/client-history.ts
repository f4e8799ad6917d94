import { isChainable, pathTo, turnOutput } from './thread-tree.ts';
import type { Thread, Turn } from './thread-types.ts';

type Item = Record<string, unknown>;

/** A turn's own input as items: a plain string is the user message it stands for. */
export function ownInputItems(turn: Turn): unknown[] {
  const input = turn.request.input;
  if (typeof input === 'string') return [{ role: 'user', content: input }];
  return Array.isArray(input) ? input.slice(turn.historyItems) : [];
}

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An output item as it can be sent back as input. Reasoning only travels with its
 * `encrypted_content` (without `store` the server cannot look it up by id), and items cut off
 * mid-stream are left out.
 */
function replayable(item: Item, includeEncrypted: boolean): boolean {
  if (item.status === 'in_progress' || item.status === 'incomplete') return false;
  if (item.type === 'reasoning') {
    return includeEncrypted && typeof item.encrypted_content === 'string';
  }
  return true;
}

/**
 * The input items that replay a path for client-side history: each answered turn's own input,
 * then its output items. Turns that got no answer (errors, stops) add nothing: the model never
 * saw them.
 */
export function historyItems(path: readonly Turn[], includeEncrypted: boolean): unknown[] {
  const items: unknown[] = [];
  for (const turn of path) {
    if (!isChainable(turn)) continue;
    items.push(...ownInputItems(turn));
    for (const item of turnOutput(turn) as unknown as unknown[]) {
      if (isItem(item) && replayable(item, includeEncrypted)) items.push(item);
    }
  }
  return items;
}

export interface PlannedTurn {
  /** The body to send. */
  body: Record<string, unknown>;
  parentId: string | null;
  historyItems: number;
}

/**
 * Where a new turn hangs in the tree and what is sent. Server mode sends the body as it is (the
 * form shows `previous_response_id`); the parent is the turn whose response it chains from
 * (the current leaf when that is on its path). Client mode prepends the path's history to
 * `input` and drops `previous_response_id`, which cannot work without `store`.
 */
export function planTurn(thread: Thread | null, body: Record<string, unknown>): PlannedTurn {
  if (!thread) return { body, parentId: null, historyItems: 0 };
  const path = pathTo(thread);
  const leafId = path.at(-1)?.id ?? null;
  if (thread.historyMode === 'client') {
    const include = Array.isArray(body.include) ? body.include : [];
    const history = historyItems(path, include.includes('reasoning.encrypted_content'));
    const own: unknown[] =
      typeof body.input === 'string'
        ? [{ role: 'user', content: body.input }]
        : Array.isArray(body.input)
          ? (body.input as unknown[])
          : [];
    const { previous_response_id: _dropped, ...rest } = body;
    return {
      body: { ...rest, input: [...history, ...own] },
      parentId: leafId,
      historyItems: history.length,
    };
  }
  const previous = body.previous_response_id;
  const chainId = [...path].reverse().find(isChainable)?.responseId ?? null;
  if (typeof previous !== 'string' || previous === '') {
    // Nothing to chain from yet (only failed attempts): retries line up on the path. Otherwise
    // the user removed the chain on purpose, and the turn starts a new root branch.
    return { body, parentId: chainId === null ? leafId : null, historyItems: 0 };
  }
  if (previous === chainId) return { body, parentId: leafId, historyItems: 0 };
  // An overridden id: the turn hangs under the turn that produced it, if it is in this thread.
  const named = thread.turns.find((t) => t.responseId === previous);
  return { body, parentId: named?.id ?? null, historyItems: 0 };
}
