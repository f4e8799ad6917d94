import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { differenceCount, diffEcho } from './echo-diff.ts';
import { reference } from '../../test/reference.ts';

/** The `response` of a recording's terminal event. */
function recordedResponse(file: string, type = 'response.completed'): Record<string, unknown> {
  const text = readFileSync(reference(`sse/${file}`), 'utf8');
  for (const line of text.split('\n')) {
    if (!line.startsWith('data: ')) continue;
    const payload = JSON.parse(line.slice(6)) as { type?: string; response?: unknown };
    if (payload.type === type && typeof payload.response === 'object' && payload.response) {
      return payload.response as Record<string, unknown>;
    }
  }
  throw new Error(`no ${type} in ${file}`);
}

const basic = recordedResponse('openai-text-basic.sse');

describe('diffEcho', () => {
  it('finds no differences for the request behind the basic recording', () => {
    const entries = diffEcho(
      {
        model: 'gpt-4o-mini',
        input: 'hi',
        stream: true,
        temperature: 1,
        store: true,
        text: { format: { type: 'text' } },
        metadata: {},
      },
      basic,
    );
    expect(entries.map((e) => [e.param, e.status])).toEqual([
      ['model', 'normalised'],
      ['temperature', 'same'],
      ['text.format', 'same'],
      ['store', 'same'],
      ['metadata', 'same'],
    ]);
    expect(entries[0]?.note).toMatch(/snapshot/);
    expect(differenceCount(entries)).toBe(0);
  });

  it('reports dropped and changed parameters', () => {
    const entries = diffEcho(
      {
        model: 'gpt-4o',
        temperature: 0.5,
        instructions: 'Be brief.',
        reasoning: { effort: 'low' },
        service_tier: 'auto',
        input: 'ignored',
      },
      basic,
    );
    const byParam = Object.fromEntries(entries.map((e) => [e.param, e.status]));
    expect(byParam).toEqual({
      model: 'changed',
      instructions: 'dropped',
      temperature: 'changed',
      'reasoning.effort': 'dropped',
      service_tier: 'normalised',
    });
    expect(differenceCount(entries)).toBe(4);
  });

  it('treats tools echoed with added defaults as the same, and a conversation id as normalised', () => {
    const fc = recordedResponse('openai-function-call.sse');
    const tools = (fc.tools as Record<string, unknown>[]).map((tool) => ({
      type: tool.type,
      name: tool.name,
      parameters: tool.parameters,
    }));
    expect(diffEcho({ tools }, fc)).toEqual([
      { param: 'tools', status: 'same', sent: tools, echoed: fc.tools },
    ]);
    const entries = diffEcho({ conversation: 'conv_1' }, { conversation: { id: 'conv_1' } });
    expect(entries[0]?.status).toBe('normalised');
    expect(diffEcho({ tools: [] }, fc)[0]?.status).toBe('changed');
  });

  it('shows MCP header values masked, and their absence from the echo as normalised', () => {
    const mcp = recordedResponse('openai-mcp-call.sse');
    const [echoedTool] = mcp.tools as Record<string, unknown>[];
    const sentTool = {
      type: 'mcp',
      server_label: echoedTool?.server_label,
      server_url: echoedTool?.server_url,
      require_approval: 'never',
      headers: { Authorization: 'Bearer mcp-secret-0123456789' },
    };
    const [entry] = diffEcho({ tools: [sentTool] }, mcp);
    expect(entry?.status).toBe('normalised');
    expect(JSON.stringify(entry?.sent)).not.toContain('mcp-secret');
    expect(JSON.stringify(entry?.sent)).toContain('"Authorization":"••••"');
    const other = diffEcho({ tools: [{ ...sentTool, server_label: 'other' }] }, mcp);
    expect(other[0]?.status).toBe('changed');
  });
});
