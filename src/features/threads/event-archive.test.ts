import { describe, expect, it } from 'vitest';
import { loadTurnEvents, savedChunks } from './event-archive.ts';
import { idbEventStorage } from './lib/thread-storage.ts';

// The save itself (a Blob into IndexedDB) is checked in Chromium by e2e/threads.spec.ts (Show an
// earlier turn brings its raw events back): the IndexedDB stand-in of these tests does not keep Blobs.

const chunks = [
  {
    text: 'event: response.created\ndata: {"type":"response.created","sequence_number":0}\n\n',
    at: 3,
  },
  {
    text: 'data: {"type":"response.output_text.delta","delta":"é ✓ 😀","sequence_number":1}\n\n',
    at: 7.5,
  },
];

describe('a turn’s saved stream', () => {
  it('is cut back into its chunks from one Blob, multi-byte letters included', async () => {
    const saved = {
      text: new Blob(chunks.map((c) => c.text)),
      lengths: chunks.map((c) => c.text.length),
      ats: chunks.map((c) => c.at),
    };
    expect(await savedChunks(saved)).toEqual(chunks);
  });

  it('refuses lengths that do not add up, and anything else', async () => {
    expect(await savedChunks({ text: new Blob(['abc']), lengths: [5], ats: [1] })).toBeNull();
    expect(await savedChunks({ text: new Blob(['abc']), lengths: [3], ats: [] })).toBeNull();
    expect(await savedChunks({ text: 'abc', lengths: [3], ats: [1] })).toBeNull();
    expect(await savedChunks([{ text: 1 }])).toBeNull();
  });

  it('still loads a stream saved the older way (an array of chunks), events framed again', async () => {
    await idbEventStorage().save('turn-old', chunks);
    const loaded = await loadTurnEvents('turn-old');
    expect(loaded?.chunks).toEqual(chunks);
    expect(loaded?.events.map((e) => e.type)).toEqual([
      'response.created',
      'response.output_text.delta',
    ]);
  });
});
