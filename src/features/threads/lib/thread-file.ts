import { readRecord, RECORD_FORMAT, THREAD_VERSION } from './thread-record.ts';
import type { Thread } from './thread-types.ts';

export const FILE_FORMAT = 'responses-playground.threads';
/** Larger files are refused before parsing: a browser tab should not choke on a bad pick. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ThreadsFile {
  format: typeof FILE_FORMAT;
  version: number;
  exportedAt: string;
  threads: Thread[];
}

/** The export: every thread as saved (secrets were masked when each turn was recorded). */
export function threadsFileText(threads: readonly Thread[], now: Date = new Date()): string {
  const file: ThreadsFile = {
    format: FILE_FORMAT,
    version: THREAD_VERSION,
    exportedAt: now.toISOString(),
    threads: [...threads],
  };
  return JSON.stringify(file, null, 2);
}

export type ParsedThreadsFile = { ok: true; threads: Thread[] } | { ok: false; error: string };

/**
 * Reads an export. All or nothing: one bad thread rejects the file, so a failed import changes
 * nothing. Never throws.
 */
export function parseThreadsFile(text: string, size: number = text.length): ParsedThreadsFile {
  if (size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: `The file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `Not JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== FILE_FORMAT
  ) {
    return {
      ok: false,
      error: `Not a threads export: expected "format": "${FILE_FORMAT}" (made by Export threads).`,
    };
  }
  const { version, threads } = json as { version?: unknown; threads?: unknown };
  if (typeof version !== 'number') return { ok: false, error: 'The file has no "version".' };
  if (!Array.isArray(threads)) return { ok: false, error: 'The file has no "threads" array.' };
  const list = threads as unknown[];
  const read: Thread[] = [];
  for (let i = 0; i < list.length; i++) {
    const result = readRecord({ format: RECORD_FORMAT, version, thread: list[i] });
    if (!result.ok) {
      const message = result.message.replace(/^thread/, `threads[${i}]`);
      return { ok: false, error: `Thread ${i + 1} of ${list.length}: ${message}` };
    }
    read.push(result.thread);
  }
  return { ok: true, threads: read };
}
