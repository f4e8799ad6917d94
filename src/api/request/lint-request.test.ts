import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasErrors, lintRequest } from './lint-request.ts';
import { buildRequest, initialDraft } from './request-draft.ts';

describe('lintRequest', () => {
  it('accepts a body with a model and input', () => {
    expect(lintRequest({ model: 'gpt-4o-mini', input: 'Hi' })).toEqual([]);
  });

  it.each(['', '   ', '\n\t'])('makes a blank model (%j) an error on param "model"', (model) => {
    const findings = lintRequest({ model, input: 'Hi' });
    expect(findings).toEqual([
      {
        param: 'model',
        severity: 'error',
        message: 'model is required: pick one from the list or type its id.',
      },
    ]);
    expect(hasErrors(findings)).toBe(true);
  });

  it('makes a missing or non-string model an error', () => {
    expect(lintRequest({ input: 'Hi' }).map((f) => [f.param, f.severity])).toEqual([
      ['model', 'error'],
    ]);
    expect(lintRequest({ model: 42, input: 'Hi' }).map((f) => f.param)).toEqual(['model']);
  });

  it('warns about empty input without blocking Send', () => {
    const findings = lintRequest({ model: 'm', input: '  ' });
    expect(findings.map((f) => [f.param, f.severity])).toEqual([['input', 'warning']]);
    expect(hasErrors(findings)).toBe(false);
  });

  it('does not warn about input when an array of items, previous_response_id or a prompt is set', () => {
    expect(lintRequest({ model: 'm', input: [{ role: 'user', content: 'Hi' }] })).toEqual([]);
    expect(lintRequest({ model: 'm', previous_response_id: 'resp_1' })).toEqual([]);
    expect(lintRequest({ model: 'm', prompt: { id: 'pmpt_1' } })).toEqual([]);
    expect(lintRequest({ model: 'm', input: [] }).map((f) => f.param)).toEqual(['input']);
  });

  it('reports both findings for an empty body', () => {
    const findings = lintRequest({});
    expect(findings.map((f) => f.param)).toEqual(['model', 'input']);
  });

  it('blocks Send exactly when the draft’s model is blank', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (model, input) => {
        const findings = lintRequest(buildRequest({ ...initialDraft, model, input }));
        expect(hasErrors(findings)).toBe(model.trim() === '');
        for (const finding of findings) {
          expect(finding.severity === 'error').toBe(finding.param === 'model');
        }
      }),
    );
  });
});
