import { useCallback, useEffect, useRef, useState } from 'react';
import { isShareFragment } from '@/api/export/share-fragment.ts';
import type { RequestBody } from '@/api/request/request-draft.ts';
import { shareLinkModule } from '../lib/share-link-module.ts';

export type ShareLoad =
  { kind: 'loaded'; previous: RequestBody } | { kind: 'error'; message: string } | null;

interface Options {
  /** The draft as it is now (kept, so the user can go back to it). */
  current: () => RequestBody;
  replace: (body: RequestBody) => void;
}

/**
 * Opening a share link (on start-up, or a `#share=…` pasted into this tab) fills the form and
 * removes the fragment, so a reload does not load it again over later edits. A damaged link
 * leaves the draft alone and says why.
 */
export function useShareLinkOnLoad(options: Options) {
  const [state, setState] = useState<ShareLoad>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    let live = true;
    const load = () => {
      const hash = location.hash;
      if (!isShareFragment(hash)) return;
      const decoded = shareLinkModule
        .load()
        .then((codec) => codec.decodeShareLink(hash))
        .catch((error: unknown) => ({
          ok: false as const,
          error: `Could not load the share-link reader (${error instanceof Error ? error.message : String(error)}). Reload the page.`,
        }));
      void decoded.then((result) => {
        // A StrictMode re-run (or a newer fragment) handles it instead.
        if (!live || location.hash !== hash) return;
        history.replaceState(history.state, '', `${location.pathname}${location.search}`);
        if (!result.ok) {
          setState({ kind: 'error', message: result.error });
          return;
        }
        setState({ kind: 'loaded', previous: latest.current.current() });
        latest.current.replace(result.body);
      });
    };
    load();
    window.addEventListener('hashchange', load);
    return () => {
      live = false;
      window.removeEventListener('hashchange', load);
    };
  }, []);

  const dismiss = useCallback(() => setState(null), []);
  const restore = useCallback(() => {
    if (state?.kind === 'loaded') latest.current.replace(state.previous);
    setState(null);
  }, [state]);
  return { state, dismiss, restore };
}
