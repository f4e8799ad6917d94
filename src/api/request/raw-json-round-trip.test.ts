import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setPath, unsetPath } from './body-path.ts';
import { PARAMS } from './param-catalog.ts';
import { parseJsonBody } from './parse-json-body.ts';
import { buildRequest } from './request-draft.ts';

/** Keys a gateway might add that the form has no control for. */
const unknownKey = fc.stringMatching(/^x_[a-z]{1,8}$/);

describe('raw JSON round trip', () => {
  it('body → text → body is the identity, unknown fields included', () => {
    fc.assert(
      fc.property(
        fc.dictionary(unknownKey, fc.jsonValue()),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (extra, temperature) => {
          const body = { model: 'm', temperature, ...extra };
          const parsed = parseJsonBody(JSON.stringify(buildRequest(body), null, 2));
          expect(parsed.ok && parsed.body).toEqual(JSON.parse(JSON.stringify(body)));
        },
      ),
    );
  });

  it('editing or resetting any form parameter keeps the unknown fields', () => {
    const paths = PARAMS.map((p) => p.path);
    fc.assert(
      fc.property(
        fc.dictionary(unknownKey, fc.jsonValue(), { minKeys: 1 }),
        fc.constantFrom(...paths),
        fc.jsonValue(),
        (extra, path, value) => {
          const body = { model: 'm', ...extra };
          const edited = unsetPath(setPath(body, path, value), path);
          for (const key of Object.keys(extra)) expect(edited[key]).toEqual(extra[key]);
          // Raw values, not a JSON round trip of them: buildRequest keeps -0 (JSON would print 0).
          const built = buildRequest(setPath(body, path, value));
          for (const key of Object.keys(extra)) expect(built[key]).toEqual(extra[key]);
        },
      ),
    );
  });
});
