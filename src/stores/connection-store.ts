import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { safeJsonStorage } from './safe-storage.ts';

export type PresetId = 'local' | 'cometapi' | 'openai' | 'custom';
export type LocalPace = 'realistic' | 'instant';

export interface Preset {
  id: PresetId;
  label: string;
  baseUrl: string;
  /** Environment variable exports name for the key. */
  keyEnv: string;
}

export const PRESETS: readonly Preset[] = [
  { id: 'local', label: 'Local server', baseUrl: '/local/v1', keyEnv: 'LOCAL_API_KEY' },
  {
    id: 'cometapi',
    label: 'CometAPI',
    baseUrl: 'https://api.cometapi.com/v1',
    keyEnv: 'COMETAPI_KEY',
  },
  { id: 'openai', label: 'OpenAI', baseUrl: 'https://api.openai.com/v1', keyEnv: 'OPENAI_API_KEY' },
  { id: 'custom', label: 'Custom', baseUrl: '', keyEnv: 'API_KEY' },
];

export const LOCAL_PLACEHOLDER_KEY = 'local-no-key-needed';

export interface ConnectionState {
  preset: PresetId;
  /** The Base URL typed for the custom preset (the others have fixed ones). */
  customBaseUrl: string;
  /** Keys per preset, so switching providers does not lose one. Memory only unless remembered. */
  apiKeys: Partial<Record<PresetId, string>>;
  rememberKey: boolean;
  viaProxy: boolean;
  localPace: LocalPace;
  presetChosen: (preset: PresetId) => void;
  customBaseUrlEdited: (url: string) => void;
  /**
   * A Base URL was typed: a provider's own URL chooses that provider, anything else is custom.
   * A key typed before the URL goes along when the provider has none yet (the user means it
   * for this URL).
   */
  baseUrlTyped: (url: string) => void;
  apiKeyEntered: (key: string) => void;
  rememberKeyToggled: (remember: boolean) => void;
  proxyToggled: (on: boolean) => void;
  localPaceChosen: (pace: LocalPace) => void;
}

export const useConnectionStore = create<ConnectionState>()(
  persist(
    (set) => ({
      preset: 'local',
      customBaseUrl: '',
      apiKeys: {},
      rememberKey: false,
      viaProxy: false,
      localPace: 'realistic',
      presetChosen: (preset) => set({ preset }),
      customBaseUrlEdited: (customBaseUrl) => set({ customBaseUrl }),
      baseUrlTyped: (url) =>
        set((s) => {
          const match = PRESETS.find((p) => p.id !== 'custom' && p.baseUrl === url.trim());
          if (!match) return { customBaseUrl: url, preset: 'custom' };
          const carried = s.apiKeys[match.id] ? null : s.apiKeys[s.preset];
          return {
            preset: match.id,
            ...(carried ? { apiKeys: { ...s.apiKeys, [match.id]: carried } } : {}),
          };
        }),
      apiKeyEntered: (key) => set((s) => ({ apiKeys: { ...s.apiKeys, [s.preset]: key } })),
      rememberKeyToggled: (rememberKey) => set({ rememberKey }),
      proxyToggled: (viaProxy) => set({ viaProxy }),
      localPaceChosen: (localPace) => set({ localPace }),
    }),
    {
      name: 'rp.connection',
      version: 1,
      storage: safeJsonStorage(),
      // The key is written to storage only when the user asked for it.
      partialize: ({ preset, customBaseUrl, apiKeys, rememberKey, viaProxy, localPace }) => ({
        preset,
        customBaseUrl,
        rememberKey,
        viaProxy,
        localPace,
        ...(rememberKey ? { apiKeys } : {}),
      }),
    },
  ),
);

export function presetOf(id: PresetId): Preset {
  return PRESETS.find((p) => p.id === id) ?? (PRESETS[0] as Preset);
}

export function baseUrlOf(state: Pick<ConnectionState, 'preset' | 'customBaseUrl'>): string {
  return state.preset === 'custom' ? state.customBaseUrl.trim() : presetOf(state.preset).baseUrl;
}

/** Why a Base URL cannot be used, or null. Relative paths are same-origin (the local server). */
export function baseUrlProblem(url: string): string | null {
  if (!url) return 'Enter a Base URL, e.g. https://api.openai.com/v1';
  if (url.startsWith('/')) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Not a URL: it should look like https://host/v1';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return `Only http(s) URLs work here, not ${parsed.protocol}`;
  }
  return null;
}
