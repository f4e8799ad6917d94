import type { ImportedRequest } from '@/api/export/curl-import.ts';
import { absoluteUrl } from '@/api/transport/connection.ts';
import { useRequestDraftStore } from '@/features/request-builder/request-draft-store.ts';
import { PRESETS, baseUrlOf, useConnectionStore } from '@/stores/connection-store.ts';

const trim = (url: string) => url.replace(/\/+$/, '');

/** An imported request: the body replaces the draft; its URL picks the provider (or Custom). */
export function applyImport(request: ImportedRequest, origin: string): string[] {
  useRequestDraftStore.getState().bodyReplaced(request.body);
  if (!request.baseUrl) return [];
  const connection = useConnectionStore.getState();
  const same = (url: string) => url !== '' && trim(absoluteUrl(url, origin)) === request.baseUrl;
  if (same(baseUrlOf(connection))) return [];
  const preset = PRESETS.find((p) => p.id !== 'custom' && same(p.baseUrl));
  if (preset) connection.presetChosen(preset.id);
  else {
    connection.presetChosen('custom');
    connection.customBaseUrlEdited(request.baseUrl);
  }
  return [`Base URL set to ${request.baseUrl}${preset ? ` (${preset.label})` : ''}.`];
}
