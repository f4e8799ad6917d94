import { useCallback, useMemo } from 'react';
import type { ImportedRequest } from '@/api/export/curl-import.ts';
import type { ThreadTurn } from '@/api/export/thread-script.ts';
import { buildRequest, type RequestBody } from '@/api/request/request-draft.ts';
import type { Connection } from '@/api/transport/connection.ts';
import { ExportActions } from '@/features/export/components/export-actions.tsx';
import { ShareLinkNotice } from '@/features/export/components/share-link-notice.tsx';
import { useRequestDraftStore } from '@/features/request-builder/request-draft-store.ts';
import { pathTo } from '@/features/threads/lib/thread-tree.ts';
import { useThreadsStore } from '@/features/threads/threads-store.ts';
import { useConnectionStore } from '@/stores/connection-store.ts';
import { applyImport } from './apply-import.ts';

interface ExportBarProps {
  connection: Connection;
}

/** The active thread's shown path, oldest first: what "Whole thread" replays. */
function useThreadTurns(): readonly ThreadTurn[] | undefined {
  const thread = useThreadsStore((s) => (s.activeId ? s.threads[s.activeId] : undefined));
  return useMemo(
    () =>
      thread
        ? pathTo(thread).map((t) => ({ request: t.request, responseId: t.responseId }))
        : undefined,
    [thread],
  );
}

/** Import, Export and Share link for the request being built. */
export function ExportBar({ connection }: ExportBarProps) {
  const threadTurns = useThreadTurns();
  const draft = useRequestDraftStore((s) => s.body);
  const body = useMemo(() => buildRequest(draft), [draft]);
  const onImport = useCallback(
    (request: ImportedRequest) => applyImport(request, location.origin),
    [],
  );
  const onUseKey = useCallback(
    (key: string) => useConnectionStore.getState().apiKeyEntered(key),
    [],
  );
  return (
    <ExportActions
      body={body}
      connection={connection}
      {...(threadTurns ? { threadTurns } : {})}
      onImport={onImport}
      onUseKey={onUseKey}
    />
  );
}

const currentDraft = (): RequestBody => useRequestDraftStore.getState().body;
const replaceDraft = (body: RequestBody) => useRequestDraftStore.getState().bodyReplaced(body);

/** Loads a share link opened in this tab into the form; a banner says what happened. */
export function SharedRequestNotice() {
  return <ShareLinkNotice current={currentDraft} replace={replaceDraft} />;
}
