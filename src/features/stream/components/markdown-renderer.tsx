import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { markdownUrlTransform } from '../lib/safe-url.ts';
import { MarkdownImage } from './markdown-image.tsx';
import { SafeLink } from './safe-link.tsx';

const plugins = [remarkGfm];

// No rehype-raw: raw HTML in model output stays text. URLs go through the product's rules twice,
// in the transform and in the components, so neither alone has to be right.
const components: Components = {
  a: ({ href, children }) => <SafeLink url={href}>{children}</SafeLink>,
  img: ({ src, alt }) => <MarkdownImage src={src} alt={alt} />,
};

/** One block of markdown. Its own chunk (react-markdown, remark-gfm, micromark): see markdown-blocks. */
export function MarkdownRenderer({ text }: { text: string }) {
  return (
    <Markdown remarkPlugins={plugins} components={components} urlTransform={markdownUrlTransform}>
      {text}
    </Markdown>
  );
}
