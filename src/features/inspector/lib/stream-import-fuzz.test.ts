import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSseFile } from '@/api/events/sse-file.ts';
import { readSseFile } from './stream-export.ts';

/** "Open .sse" end to end before the replay: any bytes give a stream or a reason, never a throw. */
/** 'ok', or the reason the file was refused. */
async function open(bytes: Uint8Array): Promise<string> {
  const file = Object.assign(new Blob([new Uint8Array(bytes)]), { name: 'f.sse' });
  const read = await readSseFile(file);
  if ('error' in read) return read.error;
  const loaded = loadSseFile(read.text, file.name);
  return loaded.ok ? 'ok' : loaded.error;
}

describe('opening a .sse file', () => {
  it('turns random bytes into a replayable stream or one clear reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        const outcome = await open(bytes);
        expect(outcome === 'ok' || /^f\.sse /.test(outcome)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('turns text with a valid event and random bytes around it into a stream or a reason', async () => {
    const event = new TextEncoder().encode('data: {"type":"response.created"}\n\n');
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 200 }),
        fc.uint8Array({ maxLength: 200 }),
        async (a, b) => {
          const outcome = await open(new Uint8Array([...a, ...event, ...b]));
          expect(outcome === 'ok' || /^f\.sse /.test(outcome)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('says why a file cannot be read', async () => {
    const broken = {
      name: 'gone.sse',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('the file was removed')),
    } as unknown as Blob & { name: string };
    expect(await readSseFile(broken)).toEqual({
      error: 'gone.sse could not be read: the file was removed',
    });
  });
});
