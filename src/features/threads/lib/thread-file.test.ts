import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeThread } from './thread-fixtures.ts';
import { parseThreadsFile, threadsFileText } from './thread-file.ts';

describe('threads file', () => {
  it('round-trips every thread exactly', () => {
    const threads = [makeThread(3), makeThread(0), makeThread(1)];
    expect(parseThreadsFile(threadsFileText(threads))).toEqual({ ok: true, threads });
  });

  it.each([
    ['not JSON', '{', /Not JSON/],
    ['another file', '{"hello":1}', /Not a threads export/],
    ['no threads', '{"format":"responses-playground.threads","version":1}', /no "threads"/],
    [
      'a newer version',
      '{"format":"responses-playground.threads","version":99,"threads":[{}]}',
      /newer version/,
    ],
  ])('rejects %s with a clear message', (_name, text, message) => {
    const parsed = parseThreadsFile(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(message);
  });

  it('rejects the whole file when one thread is bad, naming it', () => {
    const good = makeThread(1);
    const text = threadsFileText([good, { ...makeThread(1), title: 5 } as never]);
    const parsed = parseThreadsFile(text);
    expect(!parsed.ok && parsed.error).toMatch(/Thread 2 of 2: threads\[1\]\.title/);
  });

  it('refuses files over the size limit before parsing', () => {
    expect(parseThreadsFile('{}', 60 * 1024 * 1024)).toMatchObject({ ok: false });
  });

  it('never throws on random or truncated input', () => {
    const valid = threadsFileText([makeThread(2)]);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.nat(valid.length).map((n) => valid.slice(0, n)),
        ),
        (text) => {
          const parsed = parseThreadsFile(text);
          expect(typeof parsed.ok).toBe('boolean');
          if (!parsed.ok) expect(parsed.error.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
