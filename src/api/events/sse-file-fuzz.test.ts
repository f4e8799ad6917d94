import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reference } from '../../test/reference.ts';
import { reduceEvents } from './reduce-event.ts';
import { loadSseFile, type LoadedSseFile } from './sse-file.ts';
import { initialStreamState } from './stream-state.ts';

/**
 * Opening a .sse file (issue 9): whatever the text, loadSseFile answers a stream or one sentence
 * why not, and what it accepts replays through the reducer without throwing.
 */

const RECORDINGS = readdirSync(reference('sse'))
  .filter((name) => name.endsWith('.sse'))
  .map((name) => readFileSync(reference(`sse/${name}`), 'utf8'));

function expectHandled(text: string): LoadedSseFile {
  const loaded = loadSseFile(text, 'x.sse');
  if (loaded.ok) {
    expect(loaded.parsed.events.length).toBeGreaterThan(0);
    expect(loaded.parsed.chunks.map((c) => c.text).join('')).toBe(text);
    expect(() => reduceEvents(initialStreamState, loaded.parsed.events)).not.toThrow();
  } else {
    expect(loaded.error).toMatch(/^x\.sse .+\.$/s);
  }
  return loaded;
}

/** SSE-looking lines: real field names with JSON-ish or random values, and junk. */
const sseLine = fc.oneof(
  fc
    .tuple(fc.constantFrom('data', 'event', 'id', 'retry', '', 'dat'), fc.string())
    .map(([field, value]) => `${field}: ${value}`),
  fc.json().map((json) => `data: ${json}`),
  fc
    .record({ type: fc.string(), sequence_number: fc.integer(), delta: fc.string() })
    .map((event) => `data: ${JSON.stringify(event)}`),
  fc.string({ unit: 'binary' }),
);
const sseText = fc
  .array(fc.tuple(sseLine, fc.constantFrom('\n', '\r\n', '\r', '\n\n', '')), { maxLength: 30 })
  .map((lines) => lines.map(([line, end]) => line + end).join(''));

describe('loadSseFile never throws', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 2000 }),
        (text) => void expectHandled(text),
      ),
      {
        numRuns: 300,
      },
    );
  });

  it('on SSE-looking text', () => {
    fc.assert(
      fc.property(sseText, (text) => void expectHandled(text)),
      { numRuns: 300 },
    );
  });

  it('on every recording cut anywhere, accepting it once a whole event is in', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RECORDINGS), fc.double({ min: 0, max: 1 }), (text, at) => {
        const cut = text.slice(0, Math.floor(text.length * at));
        const loaded = expectHandled(cut);
        const firstEventEnd = text.indexOf('\n\n') + 2;
        if (cut.length >= firstEventEnd) expect(loaded.ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on recordings with bytes flipped', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RECORDINGS),
        fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 3 })), {
          maxLength: 20,
        }),
        (text, edits) => {
          let out = text;
          for (const [at, piece] of edits) {
            const i = at % (out.length + 1);
            out = out.slice(0, i) + piece + out.slice(i + 1);
          }
          expectHandled(out);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('loadSseFile says why', () => {
  it('refuses empty, event-less and non-Responses files', () => {
    expect(loadSseFile('  \n', 'a.sse')).toEqual({ ok: false, error: 'a.sse is empty.' });
    expect(loadSseFile('{"type":"response.created"}', 'b.sse')).toEqual({
      ok: false,
      error: 'b.sse has no server-sent events (no "data:" lines).',
    });
    expect(loadSseFile('data: hello\n\ndata: [1]\n\n', 'c.sse')).toEqual({
      ok: false,
      error:
        'c.sse is not a Responses stream: none of its 2 events is a JSON object with a "type".',
    });
  });

  it('accepts a stream with some broken events among good ones', () => {
    const loaded = loadSseFile('data: {"type":"response.created"}\n\ndata: {oops\n\n');
    expect(loaded.ok).toBe(true);
    expect(loaded.ok && loaded.parsed.events[1]?.parseError).toBeDefined();
  });
});
