import { beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_PLACEHOLDER_KEY, baseUrlProblem, useConnectionStore } from './connection-store.ts';
import { toConnection } from './use-connection.ts';

const KEY = 'unit-test-key-0123456789';

beforeEach(() => {
  localStorage.clear();
  useConnectionStore.setState({
    preset: 'local',
    customBaseUrl: '',
    apiKeys: {},
    rememberKey: false,
    viaProxy: false,
    localPace: 'realistic',
  });
});

describe('connection store', () => {
  it('never writes the key to storage unless remembered', () => {
    const s = useConnectionStore.getState();
    s.presetChosen('openai');
    s.apiKeyEntered(KEY);
    expect(localStorage.getItem('rp.connection')).not.toContain(KEY);
    expect(localStorage.getItem('rp.connection')).toContain('"preset":"openai"');
    s.rememberKeyToggled(true);
    expect(localStorage.getItem('rp.connection')).toContain(KEY);
    s.rememberKeyToggled(false);
    expect(localStorage.getItem('rp.connection')).not.toContain(KEY);
  });

  it('keeps one key per provider', () => {
    const s = useConnectionStore.getState();
    s.presetChosen('openai');
    s.apiKeyEntered('sk-openai');
    s.presetChosen('cometapi');
    s.apiKeyEntered('sk-comet');
    expect(useConnectionStore.getState().apiKeys).toEqual({
      openai: 'sk-openai',
      cometapi: 'sk-comet',
    });
  });
});

describe('a typed Base URL', () => {
  it('chooses the provider whose URL it is, keeping the key typed before it', () => {
    const s = useConnectionStore.getState();
    s.presetChosen('custom');
    s.apiKeyEntered('sk-typed-first');
    for (const prefix of ['h', 'https://api.openai.co']) s.baseUrlTyped(prefix);
    expect(useConnectionStore.getState()).toMatchObject({
      preset: 'custom',
      customBaseUrl: 'https://api.openai.co',
    });
    s.baseUrlTyped('https://api.openai.com/v1');
    const state = useConnectionStore.getState();
    expect(state.preset).toBe('openai');
    expect(state.apiKeys.openai).toBe('sk-typed-first');
  });

  it('never replaces a key the provider already has', () => {
    const s = useConnectionStore.getState();
    s.presetChosen('openai');
    s.apiKeyEntered('sk-openai-own');
    s.presetChosen('custom');
    s.apiKeyEntered('sk-custom');
    s.baseUrlTyped('https://api.openai.com/v1');
    expect(useConnectionStore.getState().apiKeys.openai).toBe('sk-openai-own');
  });
});

describe('toConnection', () => {
  const fields = {
    preset: 'local' as const,
    customBaseUrl: '',
    key: '',
    viaProxy: true,
    localPace: 'instant' as const,
  };

  it('fills a placeholder key, the pace header and no proxy for the local server', () => {
    expect(toConnection(fields)).toEqual({
      baseUrl: '/local/v1',
      apiKey: LOCAL_PLACEHOLDER_KEY,
      viaProxy: false,
      headers: { 'x-local-pace': 'instant' },
    });
  });

  it('uses the typed key, the custom URL and the proxy switch elsewhere', () => {
    expect(
      toConnection({
        ...fields,
        preset: 'custom',
        customBaseUrl: ' https://gw.example/v1 ',
        key: ' k ',
      }),
    ).toEqual({
      baseUrl: 'https://gw.example/v1',
      apiKey: 'k',
      viaProxy: true,
    });
  });
});

describe('baseUrlProblem', () => {
  it('accepts http(s) and same-origin paths, explains the rest', () => {
    expect(baseUrlProblem('https://api.openai.com/v1')).toBeNull();
    expect(baseUrlProblem('/local/v1')).toBeNull();
    expect(baseUrlProblem('')).toMatch(/Enter a Base URL/);
    expect(baseUrlProblem('api.openai.com/v1')).toMatch(/Not a URL/);
    expect(baseUrlProblem('ftp://x/v1')).toMatch(/Only http\(s\)/);
  });
});
