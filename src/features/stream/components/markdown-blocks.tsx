import { memo, useMemo } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { splitMarkdownBlocks } from '../lib/split-markdown-blocks.ts';

const plugins = [remarkGfm];

/** One block; memoized on its text, so finished blocks never re-render while the tail grows. */
const MarkdownBlock = memo(function MarkdownBlock({ text }: { text: string }) {
  return <Markdown remarkPlugins={plugins}>{text}</Markdown>;
});

export function MarkdownBlocks({ text }: { text: string }) {
  const blocks = useMemo(() => splitMarkdownBlocks(text), [text]);
  return (
    // The typography plugin's decorative quotes and backticks are turned off: in an API tool they
    // would look like part of the text.
    <div className="prose prose-sm prose-zinc max-w-none dark:prose-invert prose-pre:bg-zinc-900 prose-pre:text-zinc-100 prose-table:text-xs prose-code:before:content-none prose-code:after:content-none prose-blockquote:font-normal prose-blockquote:not-italic [&_blockquote_p]:before:content-none [&_blockquote_p]:after:content-none">
      {blocks.map((block, i) => (
        <MarkdownBlock key={i} text={block} />
      ))}
    </div>
  );
}
