const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}([-*+]|\d{1,9}[.)])\s/;

function listKind(line: string): 'bullet' | 'ordered' | null {
  const marker = LIST_ITEM.exec(line)?.[1];
  if (!marker) return null;
  return /\d/.test(marker) ? 'ordered' : 'bullet';
}

/**
 * Splits markdown into top-level blocks at blank lines outside fenced code, so each finished
 * block renders once and is memoized while only the last one grows. Loose lists and indented
 * continuations stay in one block, so rendering per block looks like rendering the whole.
 */
export function splitMarkdownBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  let pendingBlank = false;

  const close = () => {
    if (current.length) blocks.push(current.join('\n'));
    current = [];
  };

  for (const line of text.split('\n')) {
    if (fence !== null) {
      current.push(line);
      const match = FENCE.exec(line);
      if (
        match?.[1] &&
        match[1][0] === fence[0] &&
        match[1].length >= fence.length &&
        line.trim() === match[1]
      ) {
        fence = null;
      }
      continue;
    }
    if (line.trim() === '') {
      if (current.length) pendingBlank = true;
      continue;
    }
    if (pendingBlank) {
      pendingBlank = false;
      const first = current[0] ?? '';
      const continuesList =
        /^\s{2,}\S/.test(line) || (listKind(first) !== null && listKind(first) === listKind(line));
      if (continuesList) current.push('');
      else close();
    }
    const open = FENCE.exec(line);
    if (open?.[1]) fence = open[1];
    current.push(line);
  }
  close();
  return blocks;
}
