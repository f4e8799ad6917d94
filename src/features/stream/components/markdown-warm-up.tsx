import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { MarkdownRenderer } from './markdown-renderer.tsx';

/** One of each construct the renderer meets (GFM table, lists, code, quote, links, strike). */
const SAMPLE = [
  '# Heading',
  'Some *emphasis*, **strong**, `code`, ~~strike~~ and a [link](https://example.com).',
  '- item\n- item\n  - nested',
  '1. one\n2. two',
  '> a quote',
  '```ts\nconst a = 1;\n```',
  '| a | b |\n| - | -: |\n| 1 | 2 |',
  'https://example.com and <https://example.org>',
].join('\n\n');

/**
 * Renders the sample once into a detached element. The first parse runs the markdown stack's
 * code cold (compiled on first call): about 30 ms on a slow machine, paid in the first frames of
 * the first answer unless paid here, while the browser is idle.
 */
export function warmUpMarkdown(): void {
  const root = createRoot(document.createElement('div'));
  flushSync(() => root.render(<MarkdownRenderer text={SAMPLE} />));
  root.unmount();
}
