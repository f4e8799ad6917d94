/** The form covers the spec: every CreateResponse parameter has a control, and each control is real. */
import { describe, expect, it } from 'vitest';
import { PARAMS, findParam } from './param-catalog.ts';
import specParams from './spec-params.generated.json' with { type: 'json' };
import { collectProperties, schemaAtPath, schemaNamed } from './spec-testkit.ts';

const topLevel = [...collectProperties(schemaNamed('CreateResponse')).keys()];
const controlRoots = new Set(PARAMS.map((p) => p.path.split('.')[0]));

describe('spec coverage of the form', () => {
  it('finds the spec’s top-level parameters (allOf flattened)', () => {
    // A sanity floor: one from each part of the allOf.
    expect(topLevel).toEqual(
      expect.arrayContaining(['metadata', 'top_logprobs', 'model', 'tools', 'input', 'stream']),
    );
    expect(topLevel.length).toBeGreaterThan(30);
  });

  it('has a control for every top-level CreateResponse property', () => {
    const missing = topLevel.filter((name) => !controlRoots.has(name));
    expect(missing, `no control in PARAMS for: ${missing.join(', ')}`).toEqual([]);
  });

  it.each(['context_management', 'reasoning.generate_summary', 'prompt_cache_retention'])(
    'has a control for %s',
    (path) => {
      expect(findParam(path)?.path).toBe(path);
    },
  );

  it('offers no control for a path the spec does not have', () => {
    expect(schemaAtPath('text.format.name')).toBeDefined();
    expect(schemaAtPath('reasoning.no_such_option')).toBeUndefined();
    const unknown = PARAMS.map((p) => p.path).filter((path) => schemaAtPath(path) === undefined);
    expect(unknown).toEqual([]);
  });

  it('gives every control the spec describes a non-empty description', () => {
    const spec = specParams as Record<string, { description?: string }>;
    const inSpec = PARAMS.filter((p) => Object.hasOwn(spec, p.path));
    expect(inSpec.length).toBeGreaterThan(30);
    const bare = inSpec.filter(
      (p) => p.description.trim() === '' || (spec[p.path]?.description ?? '').trim() === '',
    );
    expect(bare.map((p) => p.path)).toEqual([]);
  });
});
