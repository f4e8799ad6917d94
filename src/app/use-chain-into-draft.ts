import { useEffect } from 'react';
import { useRequestDraftStore } from '@/features/request-builder/request-draft-store.ts';
import { chainResponseId } from '@/features/threads/lib/thread-tree.ts';
import { useThreadsStore, type ThreadsState } from '@/features/threads/threads-store.ts';

/** What the form's `previous_response_id` should be for the active thread ('' = unset). */
function chainOf(s: ThreadsState): string | null {
  if (!s.loaded) return null;
  const thread = s.activeId ? s.threads[s.activeId] : undefined;
  if (!thread) return '';
  if (thread.historyMode === 'client') return '';
  return chainResponseId(thread) ?? '';
}

/**
 * Keeps the form's `previous_response_id` on the active thread's last completed response. It
 * changes only when the thread, its branch or its last answer changes, so a value typed over
 * it stays until then (the override the issue asks for).
 */
export function useChainIntoDraft() {
  useEffect(() => {
    let applied: string | null = null;
    const apply = (s: ThreadsState) => {
      const chain = chainOf(s);
      if (chain === null || chain === applied) return;
      applied = chain;
      const draft = useRequestDraftStore.getState();
      if (chain === '') {
        if (draft.body.previous_response_id !== undefined) draft.paramReset('previous_response_id');
      } else if (draft.body.previous_response_id !== chain) {
        draft.paramSet('previous_response_id', chain);
      }
    };
    apply(useThreadsStore.getState());
    return useThreadsStore.subscribe(apply);
  }, []);
}
