import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSse } from '../transport/sse-reader.ts';
import { reference } from '../../test/reference.ts';
import { parseEventData, type ReceivedEvent } from './parse-event.ts';
import { eventsFromChunks, parseSseFile, splitSseBlocks, toTimedSseText } from './sse-file.ts';

const SSE_DIR = reference('sse');
const FILES = readdirSync(SSE_DIR).filter((name) => name.endsWith('.sse'));

/** The live pipeline: bytes in arbitrary small pieces → readSse → parseEventData. */
async function live(text: string): Promise<{ events: ReceivedEvent[]; raw: string }> {
  const bytes = new TextEncoder().encode(text);
  const pieces: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += 777) pieces.push(bytes.slice(i, i + 777));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const piece = pieces.shift();
      if (piece) controller.enqueue(piece);
      else controller.close();
    },
  });
  const events: ReceivedEvent[] = [];
  let raw = '';
  await readSse(body, {
    onChunk: (chunk) => (raw += chunk),
    onMessage: (m) => events.push(parseEventData(events.length, m.event, m.data, 0)),
  });
  return { events, raw };
}

const withoutTimes = (events: ReceivedEvent[]) => events.map((e) => ({ ...e, at: 0 }));

describe('parseSseFile', () => {
  it.each(FILES)('round-trips the recorded stream %s', async (name) => {
    const text = readFileSync(`${SSE_DIR}/${name}`, 'utf8');
    const received = await live(text);
    // Saved as .sse = the raw chunks joined; opening it gives back the same events.
    const saved = received.raw;
    const parsed = parseSseFile(saved);
    expect(parsed.chunks.map((c) => c.text).join('')).toBe(saved);
    expect(withoutTimes(parsed.events)).toEqual(received.events);
    expect(parsed.events.length).toBeGreaterThan(0);
  });

  it('keeps comments, id and retry lines in the raw chunks and spaces times evenly', () => {
    const text = ': keep-alive\n\nid: 7\nretry: 100\nevent: a\ndata: {"type":"x"}\n\ndata: tail';
    const parsed = parseSseFile(text, 20);
    expect(parsed.chunks.map((c) => c.text).join('')).toBe(text);
    expect(parsed.chunks.map((c) => c.at)).toEqual([0, 20, 40]);
    expect(parsed.events.map((e) => [e.type, e.at])).toEqual([
      ['x', 20],
      ['message', 40],
    ]);
    expect(parsed.events[1]?.parseError).toBeDefined();
  });

  it('splits on every kind of blank line', () => {
    expect(splitSseBlocks('a\r\n\r\nb\n\nc\r\rd')).toEqual(['a\r\n\r\n', 'b\n\n', 'c\r\r', 'd']);
  });
});

describe('timed .sse', () => {
  const stream = [
    'event: response.created\ndata: {"type":"response.created","sequence_number":0}\n\nevent: resp',
    'onse.in_progress\ndata: {"type":"response.in_progress","sequence_number":1}\n\n',
    'event: response.completed\ndata: {"type":"response.completed","sequence_number":2}\n\n',
  ];
  const chunks = [
    { text: stream[0] ?? '', at: 12.4 },
    { text: stream[1] ?? '', at: 250 },
    { text: stream[2] ?? '', at: 1800 },
  ];

  it('puts a timing comment before each message, never inside one', () => {
    const text = toTimedSseText(chunks);
    expect(text.startsWith(': t=12\nevent: response.created')).toBe(true);
    expect(text).toContain(': t=250\nevent: response.in_progress');
    expect(text).toContain(': t=1800\nevent: response.completed');
    expect(text.replace(/^: t=\d+\n/gm, '')).toBe(stream.join(''));
  });

  it('replays at the original times, with the same events', () => {
    const parsed = parseSseFile(toTimedSseText(chunks));
    expect(parsed.events.map((e) => [e.type, e.at])).toEqual([
      ['response.created', 12],
      ['response.in_progress', 250],
      ['response.completed', 1800],
    ]);
    expect(parsed.framingErrors).toEqual([]);
  });
});

describe('eventsFromChunks', () => {
  it.each(FILES)(
    '%s: the raw chunks give back the live events, each at its chunk’s time',
    async (name) => {
      const text = readFileSync(`${SSE_DIR}/${name}`, 'utf8');
      const { events } = await live(text);
      // Cut anywhere, mid-line included: framing must not depend on where chunks end.
      const chunks = [];
      for (let i = 0, n = 0; i < text.length; i += 333, n++)
        chunks.push({ text: text.slice(i, i + 333), at: n });
      const rebuilt = eventsFromChunks(chunks);
      expect(withoutTimes(rebuilt)).toEqual(withoutTimes(events));
      expect(rebuilt.every((e, i) => i === 0 || e.at >= rebuilt[i - 1]!.at)).toBe(true);
    },
  );
});
