import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { isPlainParagraph, plainHeading } from './plain-paragraph.ts';

const markdown = (text: string) =>
  renderToStaticMarkup(<Markdown remarkPlugins={[remarkGfm]}>{text}</Markdown>);
const plain = (text: string) => renderToStaticMarkup(<p>{text}</p>);

describe('isPlainParagraph', () => {
  it('accepts prose and refuses anything markdown would render otherwise', () => {
    expect(isPlainParagraph('Stream event delta. Token response, model (server)?')).toBe(true);
    expect(isPlainParagraph('Two lines\nof one paragraph.')).toBe(true);
    for (const text of [
      '## Part 1',
      '- item',
      '1. first',
      '2) second',
      '> quote',
      'a *b* c',
      'snake_case',
      'x `code`',
      '| a | b |',
      'see https://example.com',
      'www.example.com',
      'mail a@example.com',
      'Title\n===',
      'Title\n---',
      'a\n-:\nb',
      'hard break  \nnext',
      '    indented code',
      'AT&amp;T',
      '<b>x</b>',
      '~~gone~~',
      'escaped \\*',
      '![img](x.png)',
      '',
    ])
      expect(isPlainParagraph(text), text).toBe(false);
  });

  // Each run renders markdown: generous timeouts for a busy machine.
  it('renders what markdown renders whenever it says plain', { timeout: 30_000 }, () => {
    const line = fc
      .array(fc.constantFrom(...'abc XYZ 0123 .,;:?\'"()-=+/%$^{}\t'.split('')), { maxLength: 40 })
      .map((chars) => chars.join(''));
    const block = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));
    // Not vacuous: about 40% of generated blocks are plain.
    expect(fc.sample(block, 500).filter(isPlainParagraph).length).toBeGreaterThan(100);
    fc.assert(
      fc.property(block, (text) => {
        if (isPlainParagraph(text)) expect(plain(text)).toBe(markdown(text));
      }),
      { numRuns: 1500 },
    );
  });

  it(
    'knows a one-line heading of plain text, and renders it as markdown does',
    { timeout: 30_000 },
    () => {
      expect(plainHeading('## Part 1')).toEqual({ level: 2, text: 'Part 1' });
      expect(plainHeading('###### six')).toEqual({ level: 6, text: 'six' });
      for (const text of [
        '####### seven',
        '##no space',
        '## a *b*',
        '## x ##',
        '# a\nb',
        '## ',
        '#',
      ])
        expect(plainHeading(text), text).toBeNull();
      const content = fc
        .array(fc.constantFrom(..."ab Z 09 .,:?'()-=+#\t".split('')), { maxLength: 20 })
        .map((chars) => chars.join(''));
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 7 }),
          fc.constantFrom(' ', '  ', ''),
          content,
          (n, gap, text) => {
            const block = `${'#'.repeat(n)}${gap}${text}`;
            const heading = plainHeading(block);
            if (!heading) return;
            const Tag = `h${heading.level}` as const;
            expect(renderToStaticMarkup(<Tag>{heading.text}</Tag>)).toBe(markdown(block));
          },
        ),
        { numRuns: 1500 },
      );
    },
  );
});
