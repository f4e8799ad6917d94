import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRequest, initialDraft, type RequestDraft } from './request-draft.ts';

function draft(overrides: Partial<RequestDraft>): RequestDraft {
  return { ...initialDraft, ...overrides };
}

describe('buildRequest', () => {
  it('sends only what is set: the initial draft is model + stream', () => {
    expect(buildRequest(initialDraft)).toEqual({ model: 'local-echo', stream: true });
  });

  it('leaves out empty and blank fields', () => {
    const body = buildRequest(
      draft({ model: '   ', input: '', instructions: ' \n\t', stream: false }),
    );
    expect(body).toEqual({});
    expect(Object.keys(body)).toEqual([]);
  });

  it('leaves out stream when it is off instead of sending false', () => {
    expect('stream' in buildRequest(draft({ stream: false }))).toBe(false);
  });

  it('trims the model id', () => {
    expect(buildRequest(draft({ model: '  gpt-4o-mini \n' })).model).toBe('gpt-4o-mini');
  });

  it('sends input and instructions verbatim', () => {
    const body = buildRequest(
      draft({ input: '  Hello,\nworld!  ', instructions: '  Be brief.  ', stream: false }),
    );
    expect(body).toEqual({
      model: 'local-echo',
      input: '  Hello,\nworld!  ',
      instructions: '  Be brief.  ',
    });
  });

  it('never sends an empty string, undefined, null or false, nor unknown keys', () => {
    fc.assert(
      fc.property(
        fc.record({
          model: fc.string(),
          input: fc.string(),
          instructions: fc.string(),
          stream: fc.boolean(),
        }),
        (d) => {
          const body = buildRequest(d);
          for (const [key, value] of Object.entries(body)) {
            expect(['model', 'input', 'instructions', 'stream']).toContain(key);
            expect(value === '' || value === undefined || value === null || value === false).toBe(
              false,
            );
          }
          expect('model' in body).toBe(d.model.trim() !== '');
          expect('stream' in body).toBe(d.stream);
          expect('input' in body).toBe(d.input !== '');
        },
      ),
    );
  });
});
