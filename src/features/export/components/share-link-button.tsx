import { useEffect, useId, useRef, useState } from 'react';
import type { ShareLink } from '@/api/export/share-link.ts';
import type { RequestBody } from '@/api/request/request-draft.ts';
import { Button } from '@/components/ui/button.tsx';
import { inputClass } from '@/components/ui/field.tsx';
import { copyText } from '../lib/save-text.ts';
import { shareLinkModule } from '../lib/share-link-module.ts';

type Shown = ShareLink & { copied: boolean };

/** Makes a link to this request (no key), copies it, and shows it with what was left out. */
export function ShareLinkButton({ body }: { body: RequestBody }) {
  const id = useId();
  const [shown, setShown] = useState<Shown | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  // The popover closes on Escape or a click elsewhere.
  useEffect(() => {
    if (!shown) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setShown(null);
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setShown(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [shown]);

  const share = async () => {
    let link: ShareLink;
    try {
      link = await (await shareLinkModule.load()).encodeShareLink(body, location.href);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      link = { ok: false, error: `Could not load the share-link maker (${detail}).`, warnings: [] };
    }
    const copied = link.ok ? await copyText(link.url) : false;
    setShown({ ...link, copied });
  };

  return (
    <div ref={ref} className="relative">
      <Button variant="ghost" onClick={() => void share()} aria-expanded={shown !== null}>
        Share link
      </Button>
      {shown && (
        <div
          role={shown.ok ? 'status' : 'alert'}
          className="absolute right-0 z-40 mt-1 flex w-[min(28rem,90vw)] flex-col gap-2 rounded-md border border-zinc-200 bg-white p-3 text-xs shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          {shown.ok ? (
            <>
              <p>
                {shown.copied ? 'Link copied' : 'Copy the link'} (
                {shown.length.toLocaleString('en')} characters). It holds the request, never your
                API key.
              </p>
              <label htmlFor={id} className="font-semibold">
                share link
              </label>
              <input
                id={id}
                readOnly
                value={shown.url}
                onFocus={(e) => e.currentTarget.select()}
                className={`${inputClass} font-mono text-xs`}
              />
            </>
          ) : (
            <p className="text-red-700 dark:text-red-400">{shown.error}</p>
          )}
          {shown.warnings.map((w) => (
            <p key={w} className="text-amber-700 dark:text-amber-400">
              {w}
            </p>
          ))}
          <Button
            variant="ghost"
            className="self-end px-2 py-0.5 text-xs"
            onClick={() => setShown(null)}
          >
            Close
          </Button>
        </div>
      )}
    </div>
  );
}
