/** Characters that may start markdown syntax anywhere in a line (emphasis, code, links, HTML…). */
const SYNTAX = /[*_`[\]<>#|~\\&!@]|:\/\/|www\./i;
/**
 * Line shapes that make a block something other than a paragraph (a list, an ordered list, a
 * setext heading, a table's delimiter row), or add a line break.
 */
const LINE_SYNTAX = /^\s|\s$|^[-+]\s|^[-+]$|^\d{1,9}[.)](\s|$)|^=+$|^[-:]+$/;

/**
 * Whether a block is one paragraph of plain text, which markdown renders as `<p>text</p>` and
 * nothing else: no syntax character at all, no line that could open a list, heading, code block
 * or quote, no hard break, no autolink. Such blocks (most of the prose of an answer) skip the
 * markdown parser; anything in doubt goes through it.
 */
export function isPlainParagraph(block: string): boolean {
  if (block === '' || SYNTAX.test(block)) return false;
  return block.split('\n').every((line) => line !== '' && !LINE_SYNTAX.test(line));
}

const HEADING = /^(#{1,6}) +(.+)$/;

/** A one-line heading of plain text (`## Part 1`): its level and text, which markdown renders as `<h2>Part 1</h2>`; else null. */
export function plainHeading(block: string): { level: 1 | 2 | 3 | 4 | 5 | 6; text: string } | null {
  const match = block.includes('\n') ? null : HEADING.exec(block);
  const text = match?.[2];
  if (!match?.[1] || text === undefined || !isPlainParagraph(text)) return null;
  return { level: match[1].length as 1 | 2 | 3 | 4 | 5 | 6, text };
}
