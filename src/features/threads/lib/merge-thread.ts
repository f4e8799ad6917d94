import type { Thread, Turn } from './thread-types.ts';

const FINAL_RANK: Record<string, number> = { running: 0, interrupted: 1 };
const rank = (t: Turn) => FINAL_RANK[t.status] ?? 2;

/**
 * Two copies of one thread (another tab's and ours): the union of their turns, so neither tab
 * loses a turn. A finished turn beats its running copy; otherwise ours wins. Returns `ours`
 * itself when `theirs` adds nothing, so callers can tell nothing changed.
 */
export function mergeThread(ours: Thread, theirs: Thread): Thread {
  const merged = new Map(ours.turns.map((t) => [t.id, t]));
  let changed = false;
  for (const turn of theirs.turns) {
    const mine = merged.get(turn.id);
    if (!mine || rank(turn) > rank(mine)) {
      merged.set(turn.id, turn);
      changed = true;
    }
  }
  const newer = theirs.updatedAt > ours.updatedAt ? theirs : ours;
  if (!changed && newer === ours) return ours;
  const turns = [...merged.values()].sort((a, b) => a.createdAt - b.createdAt);
  const leafId = newer.leafId !== null && merged.has(newer.leafId) ? newer.leafId : ours.leafId;
  return {
    ...ours,
    title: newer.title,
    historyMode: newer.historyMode,
    updatedAt: Math.max(ours.updatedAt, theirs.updatedAt),
    turns,
    leafId,
  };
}
