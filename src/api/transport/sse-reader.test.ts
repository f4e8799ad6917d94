import type { EventSourceMessage } from 'eventsource-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { READ_BYTES, readSse } from './sse-reader.ts';

const encoder = new TextEncoder();

/** A body that hands out the given chunks one `read()` at a time. */
function bodyOf(chunks: readonly (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
    },
  });
}

/** Cuts `bytes` at the given positions (sorted, inside the array). */
function splitAt(bytes: Uint8Array, points: readonly number[]): Uint8Array[] {
  const sorted = [...points].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of sorted) {
    chunks.push(bytes.subarray(from, point));
    from = point;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
}

interface Read {
  messages: EventSourceMessage[];
  chunks: { text: string; at: number }[];
  framingErrors: string[];
  times: number[];
}

async function read(
  chunks: readonly (string | Uint8Array)[],
  now: () => number = () => 0,
): Promise<Read> {
  const result: Read = { messages: [], chunks: [], framingErrors: [], times: [] };
  await readSse(
    bodyOf(chunks),
    {
      onChunk: (text, at) => result.chunks.push({ text, at }),
      onMessage: (message, at) => {
        result.messages.push(message);
        result.times.push(at);
      },
      onFramingError: (message) => result.framingErrors.push(message),
    },
    { now },
  );
  return result;
}

function message(data: string, event?: string, id?: string): EventSourceMessage {
  return { data, event, id };
}

describe('readSse framing', () => {
  it('reads the event, data and id fields', async () => {
    const { messages } = await read(['event: response.created\ndata: {"a":1}\nid: 7\n\n']);
    expect(messages).toEqual([message('{"a":1}', 'response.created', '7')]);
  });

  it('leaves event and id undefined when the server sends only data', async () => {
    const { messages } = await read(['data:{"no":"space"}\n\n']);
    expect(messages).toEqual([message('{"no":"space"}')]);
    expect(messages[0]?.event).toBeUndefined();
  });

  it('joins multi-line data with newlines', async () => {
    const { messages } = await read([
      'event: multi\ndata: first\ndata: second\ndata:\ndata: 4th\n\n',
    ]);
    expect(messages).toEqual([message('first\nsecond\n\n4th', 'multi')]);
  });

  it('strips exactly one space after the colon', async () => {
    const { messages } = await read(['data:   indented\n\n']);
    expect(messages).toEqual([message('  indented')]);
  });

  it('ignores comment lines, including keep-alive comments between events', async () => {
    const { messages, framingErrors } = await read([
      ': this is a comment\n\n',
      'data: one\n: inside an event\n\n',
      ':keepalive\n\n',
      'data: two\n\n',
    ]);
    expect(messages).toEqual([message('one'), message('two')]);
    expect(framingErrors).toEqual([]);
  });

  it('does not dispatch an event that has no data line', async () => {
    const { messages } = await read(['event: lonely\n\ndata: x\n\n']);
    expect(messages).toEqual([message('x')]);
  });

  it('accepts CRLF line endings', async () => {
    const { messages } = await read([
      'event: a\r\ndata: 1\r\nid: x\r\n\r\nevent: b\r\ndata: 2\r\ndata: 3\r\n\r\n',
    ]);
    expect(messages).toEqual([message('1', 'a', 'x'), message('2\n3', 'b')]);
  });

  it('accepts CRLF with the CR and the LF in different chunks', async () => {
    const { messages } = await read(['event: a\r', '\ndata: 1\r', '\n\r', '\ndata: 2\r\n\r\n']);
    expect(messages).toEqual([message('1', 'a'), message('2')]);
  });

  it('accepts bare CR line endings', async () => {
    const { messages } = await read(['event: a\rdata: 1\r\rdata: 2\r\r']);
    expect(messages).toEqual([message('1', 'a'), message('2')]);
  });

  it('delivers a final event that lacks its trailing blank line', async () => {
    expect((await read(['data: one\n\ndata: last'])).messages).toEqual([
      message('one'),
      message('last'),
    ]);
    expect((await read(['event: end\ndata: last\n'])).messages).toEqual([message('last', 'end')]);
    expect((await read(['data: last\r\n'])).messages).toEqual([message('last')]);
  });

  it('delivers nothing for an empty body', async () => {
    const result = await read([]);
    expect(result.messages).toEqual([]);
    expect(result.chunks).toEqual([]);
  });

  it('reports an unknown field as a framing error and goes on reading', async () => {
    const { messages, framingErrors } = await read(['bogus: 1\ndata: ok\n\n']);
    expect(messages).toEqual([message('ok')]);
    expect(framingErrors).toHaveLength(1);
    expect(framingErrors[0]).toContain('bogus');
  });

  it('frames an event split inside its field names and values', async () => {
    const { messages } = await read(['ev', 'ent: na', 'me\nda', 'ta: {"x"', ':1}\n', '\n']);
    expect(messages).toEqual([message('{"x":1}', 'name')]);
  });
});

describe('readSse decoding', () => {
  const text = 'data: café 日本 😀 done\n\n';
  const bytes = encoder.encode(text);

  it.each([
    ['é', 'é'],
    ['日', '日'],
    ['😀', '😀'],
  ])('keeps "%s" intact at every byte split inside it', async (_label, character) => {
    const start = bytes.indexOf(encoder.encode(character)[0] ?? 0);
    const width = encoder.encode(character).length;
    expect(width).toBeGreaterThan(1);
    for (let cut = start + 1; cut < start + width; cut++) {
      const result = await read(splitAt(bytes, [cut]));
      expect(result.messages).toEqual([message('café 日本 😀 done')]);
      expect(result.chunks.map((c) => c.text).join('')).toBe(text);
      expect(result.chunks.some((c) => c.text.includes('\uFFFD'))).toBe(false);
    }
  });

  it('survives one byte per chunk', async () => {
    const chunks = Array.from(bytes, (b) => Uint8Array.of(b));
    const result = await read(chunks);
    expect(result.messages).toEqual([message('café 日本 😀 done')]);
    expect(result.chunks.map((c) => c.text).join('')).toBe(text);
  });

  it('hands onChunk the decoded text of each chunk exactly, with its time', async () => {
    const parts = ['event: a\ndata: 1', '\n\n: note\n', 'data: ünï\n\n'];
    let clock = 100;
    const result = await read(parts, () => (clock += 10));
    expect(result.chunks).toEqual([
      { text: parts[0], at: 110 },
      { text: parts[1], at: 120 },
      { text: parts[2], at: 130 },
    ]);
    // Each message carries the time of the chunk that completed it.
    expect(result.messages).toEqual([message('1', 'a'), message('ünï')]);
    expect(result.times).toEqual([120, 130]);
  });

  it('does not call onChunk for a chunk that decodes to nothing yet', async () => {
    const euro = encoder.encode('data: €\n\n');
    const result = await read([euro.subarray(0, 7), new Uint8Array(0), euro.subarray(7)]);
    // "data: " + the first byte of € decodes to "data: "; the empty chunk yields no call.
    expect(result.chunks.map((c) => c.text)).toEqual(['data: ', '€\n\n']);
    expect(result.messages).toEqual([message('€')]);
  });

  it('flushes a multi-byte character cut off by the end of the body as U+FFFD', async () => {
    const cut = encoder.encode('data: 日').subarray(0, 8);
    const result = await read([cut]);
    expect(result.messages).toEqual([message('\uFFFD')]);
    expect(result.chunks.map((c) => c.text).join('')).toBe('data: \uFFFD');
  });

  it('rejects when the body errors, after delivering what came before', async () => {
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(encoder.encode('data: before\n\ndata: partial'));
        } else {
          controller.error(new Error('socket hang up'));
        }
      },
    });
    const messages: string[] = [];
    await expect(readSse(body, { onMessage: (m) => messages.push(m.data) })).rejects.toThrow(
      'socket hang up',
    );
    expect(messages).toEqual(['before']);
  });
});

/** Field values without line breaks (any code point, including astral ones). */
const lineValue = fc.string({ unit: 'binary', maxLength: 30 }).filter((s) => !/[\r\n]/.test(s));

const sseMessage = fc.record({
  event: fc.option(fc.stringMatching(/^[a-z][a-z._]{0,20}$/), { nil: undefined }),
  dataLines: fc.array(lineValue, { minLength: 1, maxLength: 3 }),
});

describe('readSse properties', () => {
  it('frames the same messages whatever the byte chunking and line ending', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(sseMessage, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (events, eol, rawPoints) => {
          const text = events
            .map((e) => {
              const lines = e.event === undefined ? [] : [`event: ${e.event}`];
              for (const line of e.dataLines) lines.push(`data: ${line}`);
              return lines.join(eol) + eol + eol;
            })
            .join('');
          const bytes = encoder.encode(text);
          const points = [...new Set(rawPoints.map((p) => 1 + (p % (bytes.length - 1))))];
          const result = await read(splitAt(bytes, points));
          expect(result.messages).toEqual(
            events.map((e) => message(e.dataLines.join('\n'), e.event)),
          );
          expect(result.chunks.map((c) => c.text).join('')).toBe(text);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('readSse yielding in a long read', () => {
  /** ~330 KB of events in one chunk: the kind of read a fast server produces. */
  const events = Array.from(
    { length: 3000 },
    (_, i) => `event: e\r\ndata: {"i":${i},"pad":"${'x'.repeat(90)}"}\r\n\r\n`,
  );
  const text = events.join('');

  it('yields while parsing one big chunk, and frames the same messages as without', async () => {
    let clock = 0;
    const seenAtYield: number[] = [];
    const messages: string[] = [];
    await readSse(
      bodyOf([text]),
      { onMessage: (m) => messages.push(m.data) },
      {
        now: () => (clock += 1),
        sliceMs: 4,
        yieldToMain: () => {
          seenAtYield.push(messages.length);
          return Promise.resolve();
        },
      },
    );
    const plain = await read([text]);
    expect(messages).toEqual(plain.messages.map((m) => m.data));
    expect(messages).toHaveLength(3000);
    // Several turns for the page, each after some events and before the last.
    expect(seenAtYield.length).toBeGreaterThan(5);
    expect(seenAtYield[0]).toBeGreaterThan(0);
    expect(seenAtYield.filter((n) => n < 3000).length).toBeGreaterThanOrEqual(5);
    expect(seenAtYield).toEqual([...seenAtYield].sort((a, b) => a - b));
  });

  it('does not yield while parsing stays within the slice time', async () => {
    let yields = 0;
    await readSse(
      bodyOf([text, text]),
      { onMessage: () => undefined },
      { now: () => 0, yieldToMain: () => Promise.resolve(void yields++) },
    );
    expect(yields).toBe(0);
  });

  it('starts a new slice after a read that waited for the network, instead of yielding', async () => {
    let clock = 0;
    let yields = 0;
    const chunks = events.slice(0, 50).map((e) => encoder.encode(e));
    // Each read waits 10 ms for its chunk; parsing takes no time.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        clock += 10;
        const chunk = chunks.shift();
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const messages: string[] = [];
    await readSse(
      body,
      { onMessage: (m) => messages.push(m.data) },
      { now: () => clock, sliceMs: 4, yieldToMain: () => Promise.resolve(void yields++) },
    );
    expect(messages).toHaveLength(50);
    expect(yields).toBe(0);
  });

  it('frames the same messages with a yield after every slice, whatever the chunking', async () => {
    const bytes = encoder.encode(text);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 6 }), async (rawPoints) => {
        const points = [...new Set(rawPoints.map((p) => 1 + (p % (bytes.length - 1))))];
        const messages: string[] = [];
        let yields = 0;
        await readSse(
          bodyOf(splitAt(bytes, points)),
          { onMessage: (m) => messages.push(m.data) },
          { now: () => 0, sliceMs: 0, yieldToMain: () => Promise.resolve(void yields++) },
        );
        expect(messages).toHaveLength(3000);
        expect(messages[2999]).toBe(`{"i":2999,"pad":"${'x'.repeat(90)}"}`);
        expect(yields).toBeGreaterThan(15);
      }),
      { numRuns: 20 },
    );
  });
});

describe('readSse on a byte stream (fetch bodies are)', () => {
  const events = Array.from(
    { length: 2000 },
    (_, i) => `data: {"i":${i},"s":"ü${'x'.repeat(120)}"}\n\n`,
  );
  const bytes = encoder.encode(events.join(''));

  /** A byte stream whose source hands over everything in one chunk, as a fast server would. */
  const byteBody = () =>
    new ReadableStream({
      type: 'bytes',
      start(controller) {
        controller.enqueue(bytes.slice());
        controller.close();
      },
    });

  it('takes at most READ_BYTES per read, and frames every event', async () => {
    const chunks: string[] = [];
    const messages: string[] = [];
    await readSse(byteBody(), {
      onChunk: (text) => chunks.push(text),
      onMessage: (m) => messages.push(m.data),
    });
    expect(bytes.length).toBeGreaterThan(4 * READ_BYTES);
    expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil(bytes.length / READ_BYTES));
    for (const chunk of chunks)
      expect(encoder.encode(chunk).length).toBeLessThanOrEqual(READ_BYTES + 4);
    expect(chunks.join('')).toBe(events.join(''));
    expect(messages).toHaveLength(2000);
    expect(messages[1999]).toBe(`{"i":1999,"s":"ü${'x'.repeat(120)}"}`);
  });
});
