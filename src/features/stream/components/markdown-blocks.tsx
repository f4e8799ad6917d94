import { createElement, memo, useEffect, useMemo, useRef, useState } from 'react';
import { deferredComponent } from '@/lib/deferred.ts';
import { whenIdle } from '@/lib/idle.ts';
import { whenNearViewport } from '../lib/near-viewport.ts';
import { isPlainParagraph, plainHeading } from '../lib/plain-paragraph.ts';
import { createBlockSplitter } from '../lib/split-markdown-blocks.ts';

// The markdown stack is a third of the app's code: it is fetched when the browser is idle after
// startup (or by the first block shown, if sooner); until then a block shows as plain text.
const MarkdownRenderer = deferredComponent(
  () =>
    import('./markdown-renderer.tsx').then((m) => {
      // Best effort: a warm-up that cannot load (offline, a page being torn down) costs nothing.
      whenIdle(
        () =>
          void import('./stream-warm-up.tsx')
            .then((w) => w.warmUpStreamView())
            .catch(() => undefined),
      );
      return m.MarkdownRenderer;
    }),
  ({ text }) => <p className="whitespace-pre-wrap">{text}</p>,
  { idle: true },
);

/** A block's height until the browser lays it out: about 80 characters a 24 px line. */
const estimatedHeight = (text: string) => Math.ceil(text.length / 80) * 24 + 16;

/**
 * One block; memoized on its text, so finished blocks never re-render while the tail grows. A
 * paragraph of plain prose, or a heading of it, is what markdown would render, without the
 * parser; other markdown is parsed once `eager` (first screens, or its group came near view),
 * and shown as its text until then.
 */
const MarkdownBlock = memo(function MarkdownBlock({
  text,
  eager,
}: {
  text: string;
  eager: boolean;
}) {
  if (isPlainParagraph(text)) return <p>{text}</p>;
  const heading = plainHeading(text);
  if (heading) return createElement(`h${heading.level}`, null, heading.text);
  if (eager) return <MarkdownRenderer text={text} />;
  return <p className="whitespace-pre-wrap">{text}</p>;
});

interface Item {
  block: string;
  eager: boolean;
}

/** Blocks per group: few boxes for the browser to track, small enough to render at once. */
const GROUP = 16;

const sameItems = (a: { items: readonly Item[] }, b: { items: readonly Item[] }) =>
  a.items.length === b.items.length &&
  a.items.every((item, i) => item.block === b.items[i]?.block && item.eager === b.items[i]?.eager);

/**
 * Up to GROUP blocks in a box the browser lays out and paints only near the screen
 * (content-visibility): a long answer costs little until it is scrolled to. The group's blocks
 * and markdown are rendered the first time it comes near (parsing markdown is most of what a long answer
 * costs, and the reader pays it only for what they look at). Its first and last blocks' margins
 * are the group's, so spacing stays that of the prose.
 */
const BlockGroup = memo(function BlockGroup({ items }: { items: readonly Item[] }) {
  const [near, setNear] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    if (!('oncontentvisibilityautostatechange' in element))
      return whenNearViewport(element, () => setNear(true));
    const changed = (event: Event) => {
      if (!(event as Event & { skipped?: boolean }).skipped) setNear(true);
    };
    element.addEventListener('contentvisibilityautostatechange', changed);
    return () => element.removeEventListener('contentvisibilityautostatechange', changed);
  }, [near]);
  const height = items.reduce((sum, item) => sum + estimatedHeight(item.block), 0);
  const shown = near || items.some((item) => item.eager);
  return (
    <div
      ref={ref}
      className="my-[1.1428571em] [content-visibility:auto] [&>:first-child]:mt-0 [&>:last-child]:mb-0"
      style={{ containIntrinsicSize: `auto ${height}px` }}
    >
      {shown ? (
        items.map(({ block, eager }, i) => (
          <MarkdownBlock key={i} text={block} eager={eager || near} />
        ))
      ) : (
        // Far from the screen, the group is one text node: while a long answer streams in below
        // the fold, a frame's new text costs one node, not an element per block.
        <p className="whitespace-pre-wrap">{items.map((item) => item.block).join('\n\n')}</p>
      )}
    </div>
  );
}, sameItems);

/**
 * Blocks starting within the first screenful of text (a window's height at 80 characters a 24 px
 * line: more than the Response panel shows) render as markdown at once: what a reader sees first
 * (an answer opens at its top), never shown as plain text. Deciding by position needs no layout
 * read per block. Not more: the first frames of a fast stream parse all of it, and a screen and a
 * half put p99 delta → paint about 10 ms higher (`npm run bench`).
 */
const eagerChars = () => Math.max(2_000, Math.round((window.innerHeight / 24) * 80));

export function MarkdownBlocks({ text }: { text: string }) {
  // While the text streams in, only what was added since the last frame is split again.
  const [split] = useState(createBlockSplitter);
  const groups = useMemo(() => {
    const eagerUntil = eagerChars();
    const list: Item[][] = [];
    let start = 0;
    for (const block of split(text)) {
      const last = list.at(-1);
      const item = { block, eager: start < eagerUntil };
      if (last && last.length < GROUP) last.push(item);
      else list.push([item]);
      start += block.length;
    }
    return list;
  }, [split, text]);
  return (
    // The typography plugin's decorative quotes and backticks are turned off: in an API tool they
    // would look like part of the text.
    <div className="prose prose-sm prose-zinc max-w-none dark:prose-invert prose-pre:bg-zinc-900 prose-pre:text-zinc-100 dark:prose-pre:bg-zinc-950 prose-pre:border prose-pre:border-zinc-700 prose-table:text-xs prose-code:before:content-none prose-code:after:content-none prose-blockquote:font-normal prose-blockquote:not-italic [&_blockquote_p]:before:content-none [&_blockquote_p]:after:content-none">
      {groups.map((items, i) => (
        <BlockGroup key={i} items={items} />
      ))}
    </div>
  );
}
