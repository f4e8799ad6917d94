import { idbEventStorage, type EventStorage } from './lib/thread-storage.ts';

/** Raw events of a finished turn are kept up to this many; longer logs are not saved. */
export const MAX_SAVED_EVENTS = 50_000;

let storage: EventStorage | null | undefined;

function eventStorage(): EventStorage | null {
  if (storage === undefined) storage = typeof indexedDB === 'undefined' ? null : idbEventStorage();
  return storage;
}

/** Saves a turn's raw events once, when it ends (never per delta). False when not saved. */
export async function saveTurnEvents(turnId: string, events: readonly unknown[]): Promise<boolean> {
  const store = eventStorage();
  if (!store || events.length === 0 || events.length > MAX_SAVED_EVENTS) return false;
  try {
    await store.save(turnId, [...events]);
    return true;
  } catch {
    return false;
  }
}

export async function loadTurnEvents(turnId: string): Promise<unknown[] | null> {
  const store = eventStorage();
  if (!store) return null;
  try {
    return (await store.load(turnId)) ?? null;
  } catch {
    return null;
  }
}

/** Drops saved events whose turns no longer exist (deleted threads), once at start-up. */
export async function dropOrphanEvents(liveTurnIds: ReadonlySet<string>): Promise<void> {
  const store = eventStorage();
  if (!store) return;
  try {
    const orphans = (await store.turnIds()).filter((id) => !liveTurnIds.has(id));
    if (orphans.length) await store.removeMany(orphans);
  } catch {
    // Best effort: orphans only cost space.
  }
}
