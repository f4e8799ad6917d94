import type {
  Response as ApiResponse,
  ResponseOutputItem,
} from 'openai/resources/responses/responses';
import { describe, expect, it } from 'vitest';
import {
  ID,
  create,
  finalResponse,
  localServer,
  post,
  stream,
  type Json,
} from './test-support/http.ts';
import {
  keyDifferences,
  lifecycle,
  loadRecording,
  shapesBeside,
} from './test-support/recordings.ts';
import { strictReplay } from './test-support/strict-stream.ts';

const MCP = 'openai-mcp-call.sse';
const TEXT = 'openai-text-basic.sse';

const DMCP = {
  type: 'mcp',
  server_label: 'dmcp',
  server_url: 'https://dmcp-server.deno.dev/sse',
  server_description: 'A Dungeons and Dragons MCP server to assist with dice rolling.',
  allowed_tools: ['roll'],
  require_approval: 'never',
};

type Item<T extends ResponseOutputItem['type']> = Extract<ResponseOutputItem, { type: T }>;

function item<T extends ResponseOutputItem['type']>(response: ApiResponse, type: T): Item<T> {
  const found = response.output.find((i) => i.type === type);
  if (!found) throw new Error(`no ${type} in ${response.output.map((i) => i.type).join(', ')}`);
  return found as Item<T>;
}

function messageText(response: ApiResponse): string {
  return item(response, 'message')
    .content.map((p) => (p.type === 'output_text' ? p.text : p.refusal))
    .join('');
}

describe('mcp (simulated)', () => {
  it('lists tools, calls one and answers when require_approval is never, as recorded', async () => {
    const { app } = localServer();
    const events = await stream(app, {
      model: 'local-echo',
      tools: [DMCP],
      input: 'Roll 2d4+1 with dmcp',
    });
    const { ours, recorded } = shapesBeside(events, {
      mcp_list_tools: MCP,
      mcp_call: MCP,
      message: MCP,
    });
    expect(ours).toEqual(recorded);
    expect(keyDifferences(events, MCP)).toEqual([]);
    expect(lifecycle(events)).toEqual(lifecycle(loadRecording(MCP)));
    const final = finalResponse(events);
    expect(final.output.map((i) => i.type)).toEqual(['mcp_list_tools', 'mcp_call', 'message']);
    const list = item(final, 'mcp_list_tools');
    expect(list.id).toMatch(ID.mcpl);
    expect(list.tools.map((t) => t.name)).toEqual(['roll']);
    const call = item(final, 'mcp_call');
    expect(call).toMatchObject({
      approval_request_id: null,
      arguments: JSON.stringify({ query: 'Roll 2d4+1 with dmcp' }),
      error: null,
      name: 'roll',
      server_label: 'dmcp',
    });
    expect(call.id).toMatch(ID.mcp);
    expect(call.output).toContain('Local simulation');
    expect(messageText(final)).toContain('Local simulation');
    expect(strictReplay(events)).toEqual(final.output);
  });

  it('asks for approval, then runs the call on mcp_approval_response approve: true', async () => {
    const { app } = localServer();
    const tool = { type: 'mcp', server_label: 'docs', server_url: 'https://example.com/mcp' };
    const firstEvents = await stream(app, {
      model: 'local-echo',
      tools: [tool],
      input: 'Search the docs server for streaming',
      tool_choice: { type: 'mcp', server_label: 'docs' },
    });
    const first = finalResponse(firstEvents);
    expect(first.status).toBe('completed');
    expect(first.output.map((i) => i.type)).toEqual(['mcp_list_tools', 'mcp_approval_request']);
    expect(item(first, 'mcp_list_tools').tools.map((t) => t.name)).toEqual([
      'echo',
      'search',
      'fetch',
    ]);
    const request = item(first, 'mcp_approval_request');
    expect(Object.keys(request)).toEqual(['id', 'type', 'arguments', 'name', 'server_label']);
    expect(request).toMatchObject({ name: 'search', server_label: 'docs' });
    expect(request.id).toMatch(ID.mcpr);
    expect(firstEvents.filter((e) => e.output_index === 1).map((e) => e.type)).toEqual([
      'response.output_item.added',
      'response.output_item.done',
    ]);
    expect(strictReplay(firstEvents)).toEqual(first.output);

    const events = await stream(app, {
      model: 'local-echo',
      tools: [tool],
      previous_response_id: first.id,
      input: [{ type: 'mcp_approval_response', approval_request_id: request.id, approve: true }],
    });
    const { ours, recorded } = shapesBeside(events, { mcp_call: MCP, message: TEXT });
    expect(ours).toEqual(recorded);
    const second = finalResponse(events);
    expect(second.output.map((i) => i.type)).toEqual(['mcp_call', 'message']);
    expect(item(second, 'mcp_call')).toMatchObject({
      approval_request_id: request.id,
      name: 'search',
      arguments: request.arguments,
      server_label: 'docs',
    });
    expect(strictReplay(events)).toEqual(second.output);
  });

  it('answers a denial with a message and no call', async () => {
    const { app } = localServer();
    const first = await create(app, {
      model: 'local-echo',
      tools: [{ ...DMCP, require_approval: 'always' }],
      input: 'roll with dmcp',
    });
    const request = item(first, 'mcp_approval_request');
    const second = await create(app, {
      model: 'local-echo',
      previous_response_id: first.id,
      input: [
        {
          type: 'mcp_approval_response',
          approval_request_id: request.id,
          approve: false,
          reason: 'not now',
        },
      ],
    });
    expect(second.output.map((i) => i.type)).toEqual(['message']);
    expect(messageText(second)).toBe(
      'The MCP tool call `roll` on `dmcp` was denied (`approve: false`), so it was not run. Reason given: “not now”.',
    );
  });

  it('takes the approval request echoed in the input (no previous_response_id)', async () => {
    const { app } = localServer();
    const first = await create(app, {
      model: 'local-echo',
      tools: [{ ...DMCP, require_approval: { never: { tool_names: ['other'] } } }],
      input: 'use dmcp',
      store: false,
    });
    const request = item(first, 'mcp_approval_request');
    const second = await create(app, {
      model: 'local-echo',
      input: [
        { role: 'user', content: 'use dmcp' },
        request,
        { type: 'mcp_approval_response', approval_request_id: request.id, approve: true },
      ],
    });
    expect(second.output.map((i) => i.type)).toEqual(['mcp_call', 'message']);
  });

  it('answers a later user message, not an earlier approval again (client-side history)', async () => {
    const { app } = localServer();
    const tools = [{ ...DMCP, require_approval: 'always' }];
    const first = await create(app, { model: 'local-echo', tools, input: 'roll with dmcp' });
    const request = item(first, 'mcp_approval_request');
    const approval = {
      type: 'mcp_approval_response',
      approval_request_id: request.id,
      approve: true,
    };
    const second = await create(app, {
      model: 'local-echo',
      tools,
      input: [{ role: 'user', content: 'roll with dmcp' }, ...first.output, approval],
      store: false,
    });
    expect(second.output.map((i) => i.type)).toEqual(['mcp_call', 'message']);

    const third = await create(app, {
      model: 'local-echo',
      tools,
      input: [
        { role: 'user', content: 'roll with dmcp' },
        ...first.output,
        approval,
        ...second.output,
        { role: 'user', content: 'thanks, now say hi' },
      ],
    });
    expect(third.output.map((i) => i.type)).toEqual(['message']);
    expect(messageText(third)).toContain('thanks, now say hi');
  });

  it('400s an approval response for an unknown request', async () => {
    const { app } = localServer();
    const res = await post(app, {
      model: 'local-echo',
      input: [{ type: 'mcp_approval_response', approval_request_id: 'mcpr_x', approve: true }],
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: Json }).error).toMatchObject({
      param: 'input',
      type: 'invalid_request_error',
    });
  });

  it('400s an mcp tool without server_label', async () => {
    const { app } = localServer();
    const res = await post(app, { model: 'local-echo', input: 'x', tools: [{ type: 'mcp' }] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: Json }).error.param).toBe('tools[0].server_label');
  });
});
