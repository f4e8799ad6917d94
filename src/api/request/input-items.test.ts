import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { reference } from '../../test/reference.ts';
import type { JsonObject } from './body-path.ts';
import { parseBase64DataUrl } from './data-url.ts';
import {
  describeBytes,
  IMAGE_DETAILS,
  type InputContentPart,
  type InputFinding,
  itemsToText,
  lintInput,
  MESSAGE_ROLES,
  newFilePart,
  newImagePart,
  newMessage,
  newTextPart,
  textModeBlocker,
  textToItems,
} from './input-items.ts';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
const PDF = 'data:application/pdf;base64,JVBERi0xLjQK';

const user = (...content: unknown[]) => ({ type: 'message', role: 'user', content });
const at = (findings: InputFinding[], param: string) => findings.filter((f) => f.param === param);

describe('textToItems / itemsToText', () => {
  it('makes one user message with one input_text part', () => {
    expect(textToItems('hi')).toEqual([
      { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hi' }] },
    ]);
  });

  it('round-trips any text', () => {
    fc.assert(fc.property(fc.string(), (text) => itemsToText(textToItems(text)) === text));
  });

  it('takes a user message with string content, with or without type', () => {
    expect(itemsToText([{ role: 'user', content: 'hello' }])).toBe('hello');
    expect(itemsToText([{ type: 'message', role: 'user', content: 'hello' }])).toBe('hello');
  });

  it.each([
    ['no items', []],
    ['two messages', [...textToItems('a'), ...textToItems('b')]],
    ['another role', [newMessage('system', [newTextPart('x')])]],
    ['two parts', [user(newTextPart('a'), newTextPart('b'))]],
    ['an image', [user({ ...newImagePart(), image_url: PNG })]],
    ['no parts', [user()]],
    ['an extra message field', [{ ...user(newTextPart('a')), phase: 'final_answer' }]],
    ['an extra part field', [user({ ...newTextPart('a'), prompt_cache_breakpoint: {} })]],
    ['another item type', [{ type: 'function_call_output', call_id: 'c', output: 'x' }]],
  ])('is null (lossy) with %s, and says why', (_, items) => {
    expect(itemsToText(items)).toBeNull();
    expect(textModeBlocker(items)).toEqual(expect.any(String));
  });
});

describe('describeBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KB'],
    [20_000, '20 KB'],
    [8 * 1024 * 1024, '8 MB'],
    [9.25 * 1024 * 1024, '9.3 MB'],
  ])('%d → %s', (bytes, text) => expect(describeBytes(bytes)).toBe(text));
});

describe('parseBase64DataUrl', () => {
  it('reads the MIME type and the decoded size', () => {
    expect(parseBase64DataUrl(PNG)).toEqual({ mime: 'image/png', bytes: 8 });
    expect(parseBase64DataUrl('data:Image/PNG;name=a.png;base64,AAAA')).toEqual({
      mime: 'image/png',
      bytes: 3,
    });
  });

  it.each(['data:image/png,abc', 'data:;base64,AAAA', 'data:image/png;base64,AA A=', 'AAAA'])(
    'rejects %s',
    (url) => expect(parseBase64DataUrl(url)).toBeNull(),
  );
});

describe('lintInput', () => {
  it('accepts unset, strings and well-formed items', () => {
    expect(lintInput(undefined)).toEqual([]);
    expect(lintInput('')).toEqual([]);
    expect(
      lintInput([
        user(
          newTextPart('describe'),
          { ...newImagePart(), image_url: 'https://example.com/a.png' },
          { ...newImagePart(), image_url: PNG, detail: 'original' },
          { ...newImagePart(), file_id: 'file-1' },
          { ...newFilePart(), file_url: 'https://example.com/a.pdf' },
          { ...newFilePart(), file_id: 'file-2' },
          { ...newFilePart(), file_data: PDF, filename: 'a.pdf' },
        ),
        { role: 'developer', content: 'be brief' },
        { type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'ok' }] },
        { type: 'function_call_output', call_id: 'c1', output: '{}' },
      ]),
    ).toEqual([]);
  });

  it('rejects an input that is neither a string nor a list', () => {
    expect(lintInput({ text: 'hi' })).toEqual([
      expect.objectContaining({ param: 'input', severity: 'error' }),
    ]);
  });

  it('rejects items that are not objects, or neither typed nor messages', () => {
    const findings = lintInput([42, { content: 'no role' }, { type: 7 }]);
    expect(findings.map((f) => [f.param, f.severity])).toEqual([
      ['input[0]', 'error'],
      ['input[1]', 'error'],
      ['input[2].type', 'error'],
    ]);
  });

  it('rejects an unknown role', () => {
    const [finding] = lintInput([{ role: 'robot', content: 'hi' }]);
    expect(finding).toMatchObject({ param: 'input[0].role', severity: 'error' });
    expect(finding?.message).toContain('"robot"');
  });

  it('rejects missing or empty content; warns on empty text', () => {
    expect(at(lintInput([{ role: 'user' }]), 'input[0].content')[0]?.severity).toBe('error');
    expect(at(lintInput([user()]), 'input[0].content')[0]?.severity).toBe('error');
    expect(at(lintInput([{ role: 'user', content: ' ' }]), 'input[0].content')[0]?.severity).toBe(
      'warning',
    );
    expect(lintInput([user(newTextPart(''))])).toEqual([
      expect.objectContaining({ param: 'input[0].content[0].text', severity: 'warning' }),
    ]);
    expect(lintInput([user({ type: 'input_text' })])[0]).toMatchObject({
      param: 'input[0].content[0].text',
      severity: 'error',
    });
  });

  it('rejects parts that are not objects or have no type', () => {
    const findings = lintInput([user('text', { text: 'x' })]);
    expect(findings.map((f) => f.param)).toEqual([
      'input[0].content[0]',
      'input[0].content[1].type',
    ]);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('rejects an image without image_url or file_id', () => {
    expect(lintInput([user(newTextPart('a'), newImagePart())])).toEqual([
      expect.objectContaining({ param: 'input[0].content[1].image_url', severity: 'error' }),
    ]);
    expect(lintInput([user({ ...newImagePart(), image_url: '  ', file_id: null })])).toHaveLength(
      1,
    );
  });

  it.each([
    ['data:image/png,not-base64', 'error'],
    ['data:image/png;base64,@@@@', 'error'],
    ['data:text/plain;base64,AAAA', 'error'],
    ['data:image/svg+xml;base64,AAAA', 'warning'],
    ['ftp://example.com/a.png', 'error'],
    ['a.png', 'error'],
  ] as const)('checks image_url %s → %s', (url, severity) => {
    expect(lintInput([user({ ...newImagePart(), image_url: url })])).toEqual([
      expect.objectContaining({ param: 'input[0].content[0].image_url', severity }),
    ]);
  });

  it('rejects an unknown image detail', () => {
    expect(lintInput([user({ ...newImagePart(), file_id: 'f', detail: 'ultra' })])).toEqual([
      expect.objectContaining({ param: 'input[0].content[0].detail', severity: 'error' }),
    ]);
  });

  it('rejects a file part without a source, or file_data without filename or not base64', () => {
    expect(lintInput([user(newFilePart())])).toEqual([
      expect.objectContaining({ param: 'input[0].content[0]', severity: 'error' }),
    ]);
    expect(lintInput([user({ ...newFilePart(), file_data: PDF })])).toEqual([
      expect.objectContaining({ param: 'input[0].content[0].filename', severity: 'error' }),
    ]);
    expect(lintInput([user({ ...newFilePart(), file_data: 'JVBERi0x', filename: 'a' })])).toEqual([
      expect.objectContaining({ param: 'input[0].content[0].file_data', severity: 'error' }),
    ]);
    expect(lintInput([user({ ...newFilePart(), file_url: 'file:///etc/passwd' })])).toEqual([
      expect.objectContaining({ param: 'input[0].content[0].file_url', severity: 'error' }),
    ]);
  });

  it('warns on a file with more than one source', () => {
    expect(
      lintInput([user({ ...newFilePart(), file_id: 'f', file_url: 'https://x.io/a' })]),
    ).toEqual([expect.objectContaining({ param: 'input[0].content[0]', severity: 'warning' })]);
  });

  it('warns (does not block) on input parts in assistant messages, which OpenAI rejects', () => {
    const findings = lintInput([newMessage('assistant', [newTextPart('earlier answer')])]);
    expect(findings).toEqual([
      expect.objectContaining({ param: 'input[0].content[0]', severity: 'warning' }),
    ]);
    expect(findings[0]?.message).toContain('string content');
    expect(lintInput([{ role: 'assistant', content: 'earlier answer' }])).toEqual([]);
  });

  it('warns on unknown part types, and on output_text outside assistant messages', () => {
    expect(lintInput([user({ type: 'input_audio', input_audio: {} })])).toEqual([
      expect.objectContaining({ param: 'input[0].content[0].type', severity: 'warning' }),
    ]);
    expect(lintInput([user({ type: 'output_text', text: 'x' })])[0]?.severity).toBe('warning');
  });
});

describe('the items made here against the official spec', () => {
  const doc = parse(readFileSync(reference('openai-openapi.yml'), 'utf8')) as JsonObject;
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema(doc, 'spec');
  const inputParam = ajv.compile({ $ref: 'spec#/components/schemas/InputParam' });
  const easyMessage = ajv.compile({ $ref: 'spec#/components/schemas/EasyInputMessage' });

  // InputItem is a `oneOf` in which EasyInputMessage and Item → InputMessage both match a user
  // message with a content list (both have `type: message`), so plain JSON Schema rejects every
  // such item; the API picks by type. A copy with that `oneOf` read as `anyOf` checks the rest.
  const lenient = structuredClone(doc);
  const schemas = (lenient.components as { schemas: Record<string, JsonObject> }).schemas;
  const inputItem = schemas.InputItem;
  if (!inputItem || !Array.isArray(inputItem.oneOf)) throw new Error('InputItem changed shape');
  schemas.InputItem = { anyOf: inputItem.oneOf };
  const lenientAjv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  lenientAjv.addSchema(lenient, 'spec');
  const inputParamByType = lenientAjv.compile({ $ref: 'spec#/components/schemas/InputParam' });

  const expectValid = (input: unknown) => {
    expect(inputParamByType(input), JSON.stringify(inputParamByType.errors)).toBe(true);
    if (Array.isArray(input)) {
      for (const item of input) {
        expect(easyMessage(item), JSON.stringify(easyMessage.errors)).toBe(true);
      }
    }
  };

  it('documents why: the spec as written rejects a plain user message with parts', () => {
    expect(inputParam('hi')).toBe(true);
    expect(inputParam(textToItems('hi'))).toBe(false);
    expect(inputParam.errors).toContainEqual(
      expect.objectContaining({ keyword: 'oneOf', params: { passingSchemas: [0, 1] } }),
    );
  });

  it('accepts text, and text turned into items', () => {
    expectValid('hello');
    expectValid(textToItems('hello'));
  });

  const source = fc.webUrl({ validSchemes: ['https'] });
  const id = fc.stringMatching(/^[\w.-]{1,24}$/);
  const part: fc.Arbitrary<InputContentPart> = fc.oneof(
    fc.string().map((text) => newTextPart(text)),
    fc
      .record({
        detail: fc.constantFrom(...IMAGE_DETAILS),
        image_url: fc.oneof(source, fc.constant(PNG)),
      })
      .map((p) => ({ ...newImagePart(), ...p })),
    id.map((fileId) => ({ ...newImagePart(), file_id: fileId })),
    source.map((url) => ({ ...newFilePart(), file_url: url })),
    id.map((fileId) => ({ ...newFilePart(), file_id: fileId })),
    id.map((name) => ({ ...newFilePart(), file_data: PDF, filename: name })),
  );

  it('accepts any list of messages the helpers make (lint finds no errors in them either)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...MESSAGE_ROLES), fc.array(part, { minLength: 1 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (messages) => {
          const items = messages.map(([role, content]) => newMessage(role, content));
          expectValid(items);
          expect(lintInput(items).filter((f) => f.severity === 'error')).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees with lint on what the spec itself rejects', () => {
    const badRole = [{ type: 'message', role: 'robot', content: 'hi' }];
    expect(inputParamByType(badRole)).toBe(false);
    expect(lintInput(badRole).some((f) => f.severity === 'error')).toBe(true);
    const badDetail = [user({ type: 'input_image', file_id: 'f', detail: 'ultra' })];
    expect(inputParamByType(badDetail)).toBe(false);
    expect(lintInput(badDetail).some((f) => f.severity === 'error')).toBe(true);
  });
});
