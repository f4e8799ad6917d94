import type { Thread } from './thread-types.ts';
import { validateThread } from './validate-thread.ts';

/** The version of a persisted thread's shape. Raise it with a migration below. */
export const THREAD_VERSION = 1;
export const RECORD_FORMAT = 'rp.thread';

export interface ThreadRecord {
  format: typeof RECORD_FORMAT;
  version: number;
  thread: Thread;
}

/**
 * Migrations from version N to N + 1, run in order on read. Version 1 is the first shape, so
 * there is nothing to migrate yet; each future entry gets its own test.
 */
export const MIGRATIONS: Readonly<Record<number, (thread: unknown) => unknown>> = {};

export type ReadResult =
  | { ok: true; thread: Thread; migratedFrom: number | null }
  | { ok: false; reason: 'too-new' | 'unreadable'; message: string };

export function toRecord(thread: Thread): ThreadRecord {
  return { format: RECORD_FORMAT, version: THREAD_VERSION, thread };
}

export function migrateThread(
  thread: unknown,
  from: number,
  migrations: Readonly<Record<number, (thread: unknown) => unknown>> = MIGRATIONS,
  to: number = THREAD_VERSION,
): { ok: true; thread: unknown } | { ok: false; message: string } {
  let current = thread;
  for (let v = from; v < to; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, message: `no migration from version ${v} to ${v + 1}` };
    current = step(current);
  }
  return { ok: true, thread: current };
}

/** Reads what storage held: migrated and validated, or why it cannot be used. Never throws. */
export function readRecord(raw: unknown): ReadResult {
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== RECORD_FORMAT
  ) {
    return { ok: false, reason: 'unreadable', message: 'not a saved thread' };
  }
  const { version, thread } = raw as { version?: unknown; thread?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'unreadable', message: 'no valid version' };
  }
  if (version > THREAD_VERSION) {
    return {
      ok: false,
      reason: 'too-new',
      message: `saved by a newer version of the app (format ${version}; this one reads up to ${THREAD_VERSION})`,
    };
  }
  let migrated: ReturnType<typeof migrateThread>;
  try {
    migrated = migrateThread(thread, version);
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: `migration failed: ${String(error)}` };
  }
  if (!migrated.ok) return { ok: false, reason: 'unreadable', message: migrated.message };
  const problem = validateThread(migrated.thread);
  if (problem) return { ok: false, reason: 'unreadable', message: problem };
  return {
    ok: true,
    thread: migrated.thread as Thread,
    migratedFrom: version === THREAD_VERSION ? null : version,
  };
}
