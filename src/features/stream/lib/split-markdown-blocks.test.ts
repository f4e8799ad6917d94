import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBlockSplitter, splitMarkdownBlocks } from './split-markdown-blocks.ts';

describe('splitMarkdownBlocks', () => {
  it('splits paragraphs and headings at blank lines', () => {
    expect(splitMarkdownBlocks('# Title\n\nFirst para\nstill first\n\nSecond')).toEqual([
      '# Title',
      'First para\nstill first',
      'Second',
    ]);
  });

  it('never splits inside a fenced code block, even at blank lines', () => {
    const text = 'Intro\n\n```ts\nconst a = 1;\n\n\nconst b = 2;\n```\n\nAfter';
    expect(splitMarkdownBlocks(text)).toEqual([
      'Intro',
      '```ts\nconst a = 1;\n\n\nconst b = 2;\n```',
      'After',
    ]);
  });

  it('keeps an unclosed fence (still streaming) in the last block', () => {
    expect(splitMarkdownBlocks('Intro\n\n~~~\ncode\n\nmore')).toEqual([
      'Intro',
      '~~~\ncode\n\nmore',
    ]);
  });

  it('closes a fence only with the same character and at least the same length', () => {
    const text = '````\n```\n\nstill code\n````\n\nout';
    expect(splitMarkdownBlocks(text)).toEqual(['````\n```\n\nstill code\n````', 'out']);
  });

  it('keeps loose list items and indented continuations in one block', () => {
    expect(splitMarkdownBlocks('- a\n\n- b\n\n  more of b\n\nPara')).toEqual([
      '- a\n\n- b\n\n  more of b',
      'Para',
    ]);
    expect(splitMarkdownBlocks('1. one\n\n2. two\n\n- bullet')).toEqual([
      '1. one\n\n2. two',
      '- bullet',
    ]);
  });

  it('keeps a table in one block', () => {
    const table = '| a | b |\n| --- | --- |\n| 1 | 2 |';
    expect(splitMarkdownBlocks(`Text\n\n${table}\n\nEnd`)).toEqual(['Text', table, 'End']);
  });

  it('loses no non-blank line and keeps their order (property)', () => {
    const line = fc.constantFrom(
      '',
      '   ',
      '# h',
      'text',
      '- item',
      '1. item',
      '  indented',
      '```',
      '~~~',
      '| a |',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        const blocks = splitMarkdownBlocks(text);
        const nonBlank = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
        expect(blocks.flatMap(nonBlank)).toEqual(nonBlank(text));
        for (const block of blocks) expect(block.trim()).not.toBe('');
      }),
    );
  });
});

describe('createBlockSplitter', () => {
  const markdownLine = fc.constantFrom(
    '',
    '   ',
    'Plain prose line',
    '# Heading',
    '- item',
    '* other item',
    '1. first',
    '2) second',
    '  indented continuation',
    '```ts',
    '```',
    '~~~',
    '````',
    '> quote',
    '| a | b |',
  );

  it('splits a growing text exactly as splitting each whole text does', () => {
    fc.assert(
      fc.property(
        fc.array(markdownLine, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (lines, rawCuts) => {
          const text = lines.join('\n');
          const cuts = [...new Set(rawCuts.map((c) => c % (text.length + 1)))].sort(
            (a, b) => a - b,
          );
          const split = createBlockSplitter();
          for (const cut of [...cuts, text.length]) {
            const prefix = text.slice(0, cut);
            expect(split(prefix)).toEqual(splitMarkdownBlocks(prefix));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('starts over when the text is replaced, and returns the same array when unchanged', () => {
    const split = createBlockSplitter();
    const first = split('One\n\nTwo');
    expect(split('One\n\nTwo')).toBe(first);
    expect(split('Other\n\nText\n\nHere')).toEqual(['Other', 'Text', 'Here']);
    expect(split('')).toEqual([]);
  });
});
