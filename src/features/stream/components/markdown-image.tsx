import { memo, useState } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { classifyImageSource } from '../lib/safe-url.ts';

/** A remote image is fetched only when asked: loading it would tell its server who is reading. */
export const RemoteImage = memo(function RemoteImage({
  url,
  alt,
}: {
  url: string;
  alt: string | undefined;
}) {
  const [load, setLoad] = useState(false);
  if (load) return <img src={url} alt={alt ?? ''} referrerPolicy="no-referrer" />;
  return (
    <span className="not-prose inline-flex max-w-full flex-wrap items-center gap-2 rounded border border-dashed border-zinc-300 p-2 text-xs dark:border-zinc-700">
      <span className="text-zinc-500">Remote image{alt ? `: ${alt}` : ''}</span>
      <code className="break-all font-mono">{url}</code>
      <Button onClick={() => setLoad(true)}>Load image</Button>
    </span>
  );
});

/**
 * react-markdown's `img`: data images within the limit render, http(s) ones wait for a click, and
 * anything the URL transform emptied is shown as its alt text.
 */
export const MarkdownImage = memo(function MarkdownImage({
  src,
  alt,
}: {
  src?: string | Blob | undefined;
  alt?: string | undefined;
}) {
  const image = classifyImageSource(src);
  if (image.kind === 'data') return <img src={image.src} alt={alt ?? ''} />;
  if (image.kind === 'remote') return <RemoteImage url={image.url} alt={alt} />;
  return (
    <span className="text-zinc-500" title="Image not shown: only http(s) and data images are">
      [image{alt ? `: ${alt}` : ''}]
    </span>
  );
});
