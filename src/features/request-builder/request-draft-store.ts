import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isJsonObject, setPath, unsetPath } from '@/api/request/body-path.ts';
import { initialBody, type RequestBody } from '@/api/request/request-draft.ts';
import { withoutRequestSecrets } from '@/api/security/redact.ts';
import { safeJsonStorage } from '@/stores/safe-storage.ts';

interface RequestDraftState {
  /** Exactly what will be sent: only what the user set. */
  body: RequestBody;
  paramSet: (path: string, value: unknown) => void;
  paramReset: (path: string) => void;
  allReset: () => void;
  /** A valid raw-JSON edit, or a loaded preset: replaces the body, unknown fields included. */
  bodyReplaced: (body: RequestBody) => void;
}

/** v1 kept `{draft: {model, input, instructions, stream}}` with empty strings for unset. */
export function migrateDraft(persisted: unknown, version: number): { body: RequestBody } {
  if (version < 2 && isJsonObject(persisted) && isJsonObject(persisted.draft)) {
    const d = persisted.draft;
    let body: RequestBody = {};
    for (const key of ['model', 'input', 'instructions'] as const) {
      const value = d[key];
      if (typeof value === 'string' && value.trim() !== '') body = { ...body, [key]: value };
    }
    if (d.stream === true) body = { ...body, stream: true };
    return { body };
  }
  if (isJsonObject(persisted) && isJsonObject(persisted.body)) return { body: persisted.body };
  return { body: initialBody };
}

/** The request being built, persisted so a reload never loses what was typed. */
export const useRequestDraftStore = create<RequestDraftState>()(
  persist(
    (set) => ({
      body: initialBody,
      paramSet: (path, value) => set((s) => ({ body: setPath(s.body, path, value) })),
      paramReset: (path) => set((s) => ({ body: unsetPath(s.body, path) })),
      // Optional parameters go back to unset; the request itself (model, input) stays.
      allReset: () =>
        set((s) => ({
          body: {
            ...initialBody,
            ...(s.body.model === undefined ? {} : { model: s.body.model }),
            ...(s.body.input === undefined ? {} : { input: s.body.input }),
          },
        })),
      bodyReplaced: (body) => set({ body }),
    }),
    {
      name: 'rp.request-draft',
      storage: safeJsonStorage(),
      version: 2,
      // MCP header values and tokens are credentials: like the key, they stay in memory.
      partialize: ({ body }) => ({ body: withoutRequestSecrets(body) }),
      migrate: migrateDraft,
    },
  ),
);
