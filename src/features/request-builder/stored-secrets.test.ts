import { beforeEach, describe, expect, it } from 'vitest';
import { usePresetsStore } from './presets-store.ts';
import { useRequestDraftStore } from './request-draft-store.ts';

/** MCP credentials get the key's treatment: in memory, never in this browser's storage. */
const TOKEN = 'mcp-token-stored-0123456789';
const body = {
  model: 'm',
  input: 'hi',
  tools: [
    {
      type: 'mcp',
      server_label: 'dice',
      server_url: 'https://x.test',
      headers: { Authorization: `Bearer ${TOKEN}` },
      authorization: TOKEN,
    },
  ],
};

beforeEach(() => localStorage.clear());

describe('MCP credentials on this device', () => {
  it('stay in the draft in memory but not in storage', () => {
    useRequestDraftStore.getState().bodyReplaced(body);
    expect(useRequestDraftStore.getState().body).toEqual(body);
    const stored = localStorage.getItem('rp.request-draft') ?? '';
    expect(stored).toContain('"server_label":"dice"');
    expect(stored).toContain('"headers":{"Authorization":""}');
    expect(stored).not.toContain(TOKEN);
  });

  it('are not saved in a preset', () => {
    usePresetsStore.getState().presetSaved('with mcp', body);
    const [preset] = usePresetsStore.getState().presets;
    expect(JSON.stringify(preset)).not.toContain(TOKEN);
    expect(localStorage.getItem('rp.presets') ?? '').not.toContain(TOKEN);
  });
});
