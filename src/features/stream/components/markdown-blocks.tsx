import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { deferredComponent } from '@/lib/deferred.ts';
import { whenNearViewport } from '../lib/near-viewport.ts';
import { splitMarkdownBlocks } from '../lib/split-markdown-blocks.ts';

// The markdown stack is a third of the app's code: it is fetched when the browser is idle after
// startup (or by the first block shown, if sooner); until then a block shows as plain text.
const MarkdownRenderer = deferredComponent(
  () => import('./markdown-renderer.tsx').then((m) => m.MarkdownRenderer),
  ({ text }) => <p className="whitespace-pre-wrap">{text}</p>,
  { idle: true },
);

/**
 * A plain block's height until the browser lays it out (about 80 characters a 24 px line, plus
 * the paragraph's margin): close enough that blocks far below do not all look near at first.
 */
const estimatedHeight = (text: string) => Math.ceil(text.length / 80) * 24 + 16;

/**
 * One block; memoized on its text, so finished blocks never re-render while the tail grows.
 * Past the first screens of an answer (`eager` false) a block starts as its plain text, which
 * the browser neither lays out nor paints while off screen (content-visibility), and becomes
 * markdown once it comes within half a screen of view. Parsing markdown is most of what a long
 * answer costs; the reader pays it only for what they look at.
 */
const MarkdownBlock = memo(function MarkdownBlock({
  text,
  eager,
}: {
  text: string;
  eager: boolean;
}) {
  const [near, setNear] = useState(eager);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (near || !ref.current) return;
    return whenNearViewport(ref.current, () => setNear(true));
  }, [near]);
  if (near) return <MarkdownRenderer text={text} />;
  return (
    <p
      ref={ref}
      className="whitespace-pre-wrap [content-visibility:auto]"
      style={{ containIntrinsicSize: `auto ${estimatedHeight(text)}px` }}
    >
      {text}
    </p>
  );
});

/**
 * Blocks starting within the first screen and a half of text render as markdown at once: what a
 * reader sees first (an answer opens at its top), never shown as plain text. Deciding by position
 * needs no layout read per block.
 */
const eagerChars = () => Math.max(2_000, Math.round((window.innerHeight / 24) * 80 * 1.5));

export function MarkdownBlocks({ text }: { text: string }) {
  const blocks = useMemo(() => {
    const eagerUntil = eagerChars();
    const list: { block: string; eager: boolean }[] = [];
    let start = 0;
    for (const block of splitMarkdownBlocks(text)) {
      list.push({ block, eager: start < eagerUntil });
      start += block.length;
    }
    return list;
  }, [text]);
  return (
    // The typography plugin's decorative quotes and backticks are turned off: in an API tool they
    // would look like part of the text.
    <div className="prose prose-sm prose-zinc max-w-none dark:prose-invert prose-pre:bg-zinc-900 prose-pre:text-zinc-100 dark:prose-pre:bg-zinc-950 prose-pre:border prose-pre:border-zinc-700 prose-table:text-xs prose-code:before:content-none prose-code:after:content-none prose-blockquote:font-normal prose-blockquote:not-italic [&_blockquote_p]:before:content-none [&_blockquote_p]:after:content-none">
      {blocks.map(({ block, eager }, i) => (
        <MarkdownBlock key={i} text={block} eager={eager} />
      ))}
    </div>
  );
}
