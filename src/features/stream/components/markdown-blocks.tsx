import { memo, useMemo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { markdownUrlTransform } from '../lib/safe-url.ts';
import { splitMarkdownBlocks } from '../lib/split-markdown-blocks.ts';
import { MarkdownImage } from './markdown-image.tsx';
import { SafeLink } from './safe-link.tsx';

const plugins = [remarkGfm];

// No rehype-raw: raw HTML in model output stays text. URLs go through the product's rules twice,
// in the transform and in the components, so neither alone has to be right.
const components: Components = {
  a: ({ href, children }) => <SafeLink url={href}>{children}</SafeLink>,
  img: ({ src, alt }) => <MarkdownImage src={src} alt={alt} />,
};

/** One block; memoized on its text, so finished blocks never re-render while the tail grows. */
const MarkdownBlock = memo(function MarkdownBlock({ text }: { text: string }) {
  return (
    <Markdown remarkPlugins={plugins} components={components} urlTransform={markdownUrlTransform}>
      {text}
    </Markdown>
  );
});

export function MarkdownBlocks({ text }: { text: string }) {
  const blocks = useMemo(() => splitMarkdownBlocks(text), [text]);
  return (
    // The typography plugin's decorative quotes and backticks are turned off: in an API tool they
    // would look like part of the text.
    <div className="prose prose-sm prose-zinc max-w-none dark:prose-invert prose-pre:bg-zinc-900 prose-pre:text-zinc-100 dark:prose-pre:bg-zinc-950 prose-pre:border prose-pre:border-zinc-700 prose-table:text-xs prose-code:before:content-none prose-code:after:content-none prose-blockquote:font-normal prose-blockquote:not-italic [&_blockquote_p]:before:content-none [&_blockquote_p]:after:content-none">
      {blocks.map((block, i) => (
        <MarkdownBlock key={i} text={block} />
      ))}
    </div>
  );
}
