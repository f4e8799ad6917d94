import type { OutputItem } from '@/api/events/stream-state.ts';
import type { Thread, Turn } from './thread-types.ts';

/** The turns from the root to `leafId`, in order (empty when the leaf is unknown). */
export function pathTo(thread: Thread, leafId: string | null = thread.leafId): Turn[] {
  const byId = new Map(thread.turns.map((t) => [t.id, t]));
  const path: Turn[] = [];
  const seen = new Set<string>();
  let current = leafId === null ? undefined : byId.get(leafId);
  // `seen` guards against a cycle in imported data.
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.push(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return path.reverse();
}

/** A turn that produced a response the next turn can chain from. */
export function isChainable(turn: Turn): boolean {
  return turn.responseId !== null && (turn.status === 'completed' || turn.status === 'incomplete');
}

/** The response id the next turn chains from: the last completed response on the path. */
export function chainResponseId(thread: Thread): string | null {
  const path = pathTo(thread);
  for (let i = path.length - 1; i >= 0; i--) {
    const turn = path[i]!;
    if (isChainable(turn)) return turn.responseId;
  }
  return null;
}

export function childrenOf(thread: Thread): Map<string | null, Turn[]> {
  const children = new Map<string | null, Turn[]>();
  for (const turn of thread.turns) {
    const list = children.get(turn.parentId) ?? [];
    list.push(turn);
    children.set(turn.parentId, list);
  }
  return children;
}

/** The newest leaf under `turnId`: selecting a turn in the tree shows its whole latest branch. */
export function latestLeafUnder(thread: Thread, turnId: string): string {
  const children = childrenOf(thread);
  let current = turnId;
  for (;;) {
    const kids = children.get(current);
    if (!kids?.length) return current;
    current = kids.reduce((a, b) => (b.createdAt >= a.createdAt ? b : a)).id;
  }
}

/** Number of branches: leaves of the tree. */
export function branchCount(thread: Thread): number {
  const parents = new Set(thread.turns.map((t) => t.parentId));
  return thread.turns.filter((t) => !parents.has(t.id)).length;
}

/** Output items of a turn: the final response's, or what streamed before it stopped. */
export function turnOutput(turn: Turn): OutputItem[] {
  return turn.response?.output ?? turn.partialOutput;
}

/** The text the user typed for a turn (history items excluded), for titles and search. */
export function turnInputText(turn: Turn): string {
  const input = turn.request.input;
  if (typeof input === 'string') return input;
  if (!Array.isArray(input)) return '';
  const own = input.slice(turn.historyItems);
  const texts: string[] = [];
  for (const item of own) {
    if (typeof item !== 'object' || item === null) continue;
    const content = (item as { content?: unknown }).content;
    if (typeof content === 'string') texts.push(content);
    else if (Array.isArray(content)) {
      for (const part of content) {
        const text = (part as { text?: unknown } | null)?.text;
        if (typeof text === 'string') texts.push(text);
      }
    }
    const output = (item as { output?: unknown }).output;
    if (typeof output === 'string') texts.push(output);
  }
  return texts.join('\n');
}

/** The answer's text: every output_text and refusal of the turn's message items. */
export function turnOutputText(turn: Turn): string {
  const texts: string[] = [];
  for (const item of turnOutput(turn)) {
    if (item.type !== 'message') continue;
    for (const part of item.content) {
      if (part.type === 'output_text') texts.push(part.text);
      else if (part.type === 'refusal') texts.push(part.refusal);
    }
  }
  return texts.join('\n');
}

/** Threads newest first by last use. */
export function sortByLastUse(threads: Iterable<Thread>): Thread[] {
  return [...threads].sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
}

/** Case-insensitive search over the title, what was typed and what came back. */
export function matchesSearch(thread: Thread, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  if (thread.title.toLowerCase().includes(q)) return true;
  return thread.turns.some(
    (t) =>
      turnInputText(t).toLowerCase().includes(q) ||
      turnOutputText(t).toLowerCase().includes(q) ||
      (t.responseId ?? '').toLowerCase().includes(q),
  );
}
