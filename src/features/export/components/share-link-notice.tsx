import type { RequestBody } from '@/api/request/request-draft.ts';
import { Button } from '@/components/ui/button.tsx';
import { useShareLinkOnLoad } from '../hooks/use-share-link-on-load.ts';

interface ShareLinkNoticeProps {
  current: () => RequestBody;
  replace: (body: RequestBody) => void;
}

/** Loads a share link opened in this tab, and says what happened (with a way back). */
export function ShareLinkNotice({ current, replace }: ShareLinkNoticeProps) {
  const { state, dismiss, restore } = useShareLinkOnLoad({ current, replace });
  if (!state) return null;
  const error = state.kind === 'error';
  return (
    <div
      role={error ? 'alert' : 'status'}
      className={`flex flex-wrap items-center gap-2 border-b px-4 py-1.5 text-xs ${error ? 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-200' : 'border-teal-300 bg-teal-50 text-teal-900 dark:border-teal-800 dark:bg-teal-950 dark:text-teal-100'}`}
    >
      <span>
        {error
          ? `The share link could not be opened: ${state.message} Your draft is unchanged.`
          : 'Loaded the shared request into the form.'}
      </span>
      {!error && (
        <Button variant="ghost" className="px-2 py-0.5 text-xs" onClick={restore}>
          Restore my previous draft
        </Button>
      )}
      <Button variant="ghost" className="ml-auto px-2 py-0.5 text-xs" onClick={dismiss}>
        Dismiss
      </Button>
    </div>
  );
}
