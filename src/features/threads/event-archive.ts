import type { ReceivedEvent } from '@/api/events/parse-event.ts';
import type { SseFileChunk } from '@/api/events/sse-file.ts';
import { idbEventStorage, type EventStorage } from './lib/thread-storage.ts';

/** A turn's stream is kept up to this many characters; longer ones are not saved. */
export const MAX_SAVED_CHARS = 50 * 1024 * 1024;

let storage: EventStorage | null | undefined;

function eventStorage(): EventStorage | null {
  if (storage === undefined) storage = typeof indexedDB === 'undefined' ? null : idbEventStorage();
  return storage;
}

/**
 * Saves a turn's stream once, when it ends (never per delta), as the raw chunks it arrived in
 * (already scrubbed of secrets): a few strings copy into IndexedDB far faster than thousands of
 * event objects. False when not saved.
 */
export async function saveTurnEvents(
  turnId: string,
  chunks: readonly SseFileChunk[],
): Promise<boolean> {
  const store = eventStorage();
  const size = chunks.reduce((n, c) => n + c.text.length, 0);
  if (!store || size === 0 || size > MAX_SAVED_CHARS) return false;
  try {
    await store.save(
      turnId,
      chunks.map(({ text, at }) => ({ text, at })),
    );
    return true;
  } catch {
    return false;
  }
}

const isChunk = (value: unknown): value is SseFileChunk =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SseFileChunk).text === 'string' &&
  typeof (value as SseFileChunk).at === 'number';

/** A saved turn's chunks and its events framed again from them; null when none were saved. */
export async function loadTurnEvents(
  turnId: string,
): Promise<{ events: ReceivedEvent[]; chunks: SseFileChunk[] } | null> {
  const store = eventStorage();
  if (!store) return null;
  try {
    const saved = await store.load(turnId);
    if (!Array.isArray(saved) || !saved.every(isChunk)) return null;
    // The SSE framing loads with the first turn shown, not with the app.
    const { eventsFromChunks } = await import('@/api/events/sse-file.ts');
    return { events: eventsFromChunks(saved), chunks: saved };
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
