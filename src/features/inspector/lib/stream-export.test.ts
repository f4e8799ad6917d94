import { describe, expect, it } from 'vitest';
import { parseEventData } from '@/api/events/parse-event.ts';
import { readSseFile, toJsonlText, toSseText } from './stream-export.ts';

describe('stream export', () => {
  it('joins chunks exactly and writes one payload per line', () => {
    expect(toSseText([{ text: ': hi\n\nda' }, { text: 'ta: 1\n\n' }])).toBe(': hi\n\ndata: 1\n\n');
    const events = [
      parseEventData(0, undefined, '{"type":"a"}', 0),
      parseEventData(1, 'x', 'oops', 1),
    ];
    expect(toJsonlText(events)).toBe('{"type":"a"}\n"oops"\n');
  });

  it('rejects binary and oversized files with a reason', async () => {
    const binary = Object.assign(new Blob([new Uint8Array([0xff, 0xfe, 0x00])]), { name: 'a.bin' });
    const refusal = (result: { text: string } | { error: string }) =>
      'error' in result ? result.error : '';
    expect(refusal(await readSseFile(binary))).toContain('not UTF-8');
    const big = { name: 'big.sse', size: 51 * 1024 * 1024 } as unknown as Blob & { name: string };
    expect(refusal(await readSseFile(big))).toContain('50 MB');
    const ok = Object.assign(new Blob(['data: 1\n\n']), { name: 'ok.sse' });
    expect(await readSseFile(ok)).toEqual({ text: 'data: 1\n\n' });
  });
});
