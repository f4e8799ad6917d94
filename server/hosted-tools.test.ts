import { inflateSync } from 'node:zlib';
import type {
  Response as ApiResponse,
  ResponseOutputItem,
  ResponseOutputText,
} from 'openai/resources/responses/responses';
import { describe, expect, it } from 'vitest';
import {
  ID,
  create,
  finalResponse,
  localServer,
  normalise,
  stream,
  type Json,
  type SseEvent,
} from './test-support/http.ts';
import {
  itemShapes,
  keyDifferences,
  lifecycle,
  loadRecording,
  shapesBeside,
} from './test-support/recordings.ts';
import { strictReplay } from './test-support/strict-stream.ts';

const WEB = 'openai-web-search.sse';
const FILES = 'openai-file-search.sse';
const CODE = 'openai-code-interpreter.sse';
const IMAGE = 'openai-image-generation.sse';
const TEXT = 'openai-text-basic.sse';

function item<T extends ResponseOutputItem['type']>(
  response: ApiResponse,
  type: T,
): Extract<ResponseOutputItem, { type: T }> {
  const found = response.output.find((i) => i.type === type);
  if (!found) throw new Error(`no ${type} in ${response.output.map((i) => i.type).join(', ')}`);
  return found as Extract<ResponseOutputItem, { type: T }>;
}

function textPart(response: ApiResponse): ResponseOutputText {
  const part = item(response, 'message').content[0];
  if (part?.type !== 'output_text') throw new Error('no output_text');
  return part;
}

/** Everything the recordings pin down for a hosted tool stream. */
function checkAgainst(events: SseEvent[], recordingByType: Record<string, string>) {
  const { ours, recorded } = shapesBeside(events, recordingByType);
  expect(ours).toEqual(recorded);
  for (const recording of new Set(Object.values(recordingByType))) {
    expect(keyDifferences(events, recording)).toEqual([]);
    expect(lifecycle(events)).toEqual(lifecycle(loadRecording(recording)));
  }
  const final = finalResponse(events);
  expect(strictReplay(events)).toEqual(final.output);
  return final;
}

describe('web_search (simulated)', () => {
  const request = {
    model: 'local-echo',
    tools: [{ type: 'web_search', search_context_size: 'low' }],
    tool_choice: { type: 'web_search_preview' },
    input: 'Searching the internet, what is the weather today in Redmond, WA?',
  };

  it('streams web_search_call then a message with url_citation annotations', async () => {
    const { app } = localServer();
    const events = await stream(app, request);
    const final = checkAgainst(events, { web_search_call: WEB, message: WEB });
    const call = item(final, 'web_search_call');
    expect(call.id).toMatch(ID.ws);
    expect(call.action).toEqual({ type: 'search', queries: [request.input], query: request.input });
    expect(events.find((e) => e.type === 'response.output_item.added')?.item).toEqual({
      id: call.id,
      type: 'web_search_call',
      status: 'in_progress',
      action: { type: 'search' },
    });

    const part = textPart(final);
    expect(part.text).toMatch(/^\*\*Local simulation\*\*: no web search was made/);
    expect(part.annotations).toHaveLength(2);
    for (const [i, annotation] of part.annotations.entries()) {
      if (annotation.type !== 'url_citation') throw new Error(annotation.type);
      expect(annotation.url).toMatch(/^https:\/\/example\.com\/local-simulation\//);
      expect(annotation.title).toContain('Local simulation');
      expect(part.text.slice(annotation.start_index, annotation.end_index)).toBe(
        `[Local simulation result ${i + 1}](${annotation.url})`,
      );
    }
    // Each annotation is announced right after the delta that completes the cited text.
    let streamed = '';
    for (const [i, event] of events.entries()) {
      if (event.type === 'response.output_text.delta') streamed += String(event.delta);
      if (event.type !== 'response.output_text.annotation.added') continue;
      const annotation = event.annotation as { end_index: number };
      expect(events[i - 1]?.type).toBe('response.output_text.delta');
      expect(streamed.length).toBeGreaterThanOrEqual(annotation.end_index);
      expect(streamed.length - String(events[i - 1]?.delta).length).toBeLessThan(
        annotation.end_index,
      );
    }
    expect(normalise(await create(app, request))).toEqual(normalise(final));
  });

  it('runs when the text asks to look something up; lists sources when included', async () => {
    const { app } = localServer();
    const final = finalResponse(
      await stream(app, {
        model: 'local-echo',
        tools: [{ type: 'web_search_preview' }],
        include: ['web_search_call.action.sources'],
        input: 'Look up the Hono changelog',
      }),
    );
    const action = item(final, 'web_search_call').action as unknown as Json;
    expect(action.sources).toEqual(
      textPart(final).annotations.map((a) => ({ type: 'url', url: 'url' in a ? a.url : '' })),
    );
    const untouched = await create(app, {
      model: 'local-echo',
      tools: [{ type: 'web_search_preview' }],
      input: 'Hello',
    });
    expect(untouched.output.map((i) => i.type)).toEqual(['message']);
  });
});

describe('file_search (simulated)', () => {
  const request = {
    model: 'local-echo',
    tools: [{ type: 'file_search', vector_store_ids: ['vs_69bb311e5cb4819180fd6adbedb5aabf'] }],
    input: "Using the file search tool, what's Travis's favorite food?",
  };

  it('streams file_search_call then a message with file_citation annotations', async () => {
    const { app } = localServer();
    const events = await stream(app, request);
    const final = checkAgainst(events, { file_search_call: FILES, message: FILES });
    const call = item(final, 'file_search_call');
    expect(call).toEqual({
      id: expect.stringMatching(ID.fs) as string,
      type: 'file_search_call',
      status: 'completed',
      queries: [request.input],
      results: null,
    });
    const part = textPart(final);
    expect(part.text).toContain('Local simulation');
    expect(part.text).toContain('vs_69bb311e5cb4819180fd6adbedb5aabf');
    expect(part.annotations.map((a) => a.type)).toEqual(['file_citation', 'file_citation']);
    for (const annotation of part.annotations) {
      if (annotation.type !== 'file_citation') continue;
      expect(annotation.file_id).toMatch(/^file-[A-Za-z0-9]{22}$/);
      expect(part.text.slice(0, annotation.index)).toMatch(/files|[a-f0-9]$/);
    }
    expect(normalise(await create(app, request))).toEqual(normalise(final));
  });

  it('returns results only when include asks for file_search_call.results', async () => {
    const { app } = localServer();
    const final = await create(app, { ...request, include: ['file_search_call.results'] });
    const results = item(final, 'file_search_call').results ?? [];
    expect(results.map((r) => Object.keys(r))).toEqual([
      ['attributes', 'file_id', 'filename', 'score', 'text'],
      ['attributes', 'file_id', 'filename', 'score', 'text'],
    ]);
    expect(results[0]?.text).toContain('Local simulation');
  });
});

describe('code_interpreter (simulated)', () => {
  const request = {
    model: 'local-echo',
    tools: [{ type: 'code_interpreter', container: { type: 'auto' } }],
    input: 'Calculate how many words this question has',
  };

  it('streams code deltas, interpreting, completed, then a message', async () => {
    const { app } = localServer();
    const events = await stream(app, request);
    const final = checkAgainst(events, { code_interpreter_call: CODE, message: TEXT });
    const call = item(final, 'code_interpreter_call');
    expect(call.id).toMatch(ID.ci);
    expect(call.container_id).toMatch(/^cntr_[0-9a-f]{50}$/);
    expect(call.outputs).toBeNull();
    expect(call.code).toContain('# Local simulation');
    expect(call.code).toContain(`question = ${JSON.stringify(request.input)}`);
    expect(textPart(final).text).toContain('```text\n7 words, 42 characters\n```');
  });

  it('adds the logs when include asks, and keeps a named container', async () => {
    const { app } = localServer();
    const final = await create(app, {
      ...request,
      tools: [{ type: 'code_interpreter', container: 'cntr_mine' }],
      include: ['code_interpreter_call.outputs'],
    });
    const call = item(final, 'code_interpreter_call');
    expect(call.container_id).toBe('cntr_mine');
    expect(call.outputs).toEqual([{ type: 'logs', logs: '7 words, 42 characters\n' }]);
  });
});

/** Checks a PNG's signature, chunk CRCs and pixel data size; returns its width and height. */
function decodePng(b64: string): { width: number; height: number } {
  const bytes = Buffer.from(b64, 'base64');
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  let offset = 8;
  let width = 0;
  let height = 0;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    const crc = bytes.readUInt32BE(offset + 8 + length);
    expect(crc32(bytes.subarray(offset + 4, offset + 8 + length))).toBe(crc);
    if (type === 'IHDR') [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  expect(inflateSync(Buffer.concat(data)).length).toBe(height * (1 + width * 3));
  return { width, height };
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe('image_generation (simulated)', () => {
  const tool = { type: 'image_generation', partial_images: 1, quality: 'low', size: '1536x1024' };

  it('streams in_progress, generating, one partial image, completed, with a real PNG', async () => {
    const { app } = localServer();
    const events = await stream(app, {
      model: 'local-echo',
      tools: [tool],
      input: 'Draw an echidna swimming',
    });
    const final = checkAgainst(events, { image_generation_call: IMAGE, message: TEXT });
    const call = item(final, 'image_generation_call') as unknown as Json;
    expect(call.id).toMatch(ID.ig);
    expect(Object.keys(call)).toEqual([
      'id',
      'type',
      'status',
      'background',
      'output_format',
      'quality',
      'result',
      'revised_prompt',
      'size',
    ]);
    expect(call).toMatchObject({ quality: 'low', size: '1536x1024', output_format: 'png' });
    expect(call.revised_prompt).toContain('Local simulation');
    expect(decodePng(String(call.result))).toEqual({ width: 16, height: 16 });
    const partial = events.filter((e) => e.type === 'response.image_generation_call.partial_image');
    expect(partial).toHaveLength(1);
    expect(partial[0]?.partial_image_index).toBe(0);
    expect(decodePng(String(partial[0]?.partial_image_b64))).toEqual({ width: 16, height: 16 });
    expect(textPart(final).text).toContain('Local simulation');
  });

  it('sends no partial image unless partial_images ≥ 1', async () => {
    const { app } = localServer();
    const events = await stream(app, {
      model: 'local-echo',
      tools: [{ type: 'image_generation' }],
      input: 'a picture of a cat',
    });
    const recorded = itemShapes(loadRecording(IMAGE)).find(
      (i) => i.type === 'image_generation_call',
    );
    expect(itemShapes(events)[0]?.shape).toEqual(
      recorded?.shape.filter((t) => !t.endsWith('partial_image')),
    );
  });
});
