const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}([-*+]|\d{1,9}[.)])\s/;

function listKind(line: string): 'bullet' | 'ordered' | null {
  const marker = LIST_ITEM.exec(line)?.[1];
  if (!marker) return null;
  return /\d/.test(marker) ? 'ordered' : 'bullet';
}

interface Split {
  blocks: string[];
  /**
   * How many leading blocks are final: closed by a complete line (one ending in a newline). A
   * block closed by the last, unfinished line is not: `*` ends a list, `* more` continues it.
   */
  settled: number;
  /** Where the first block that is not final starts in the text. */
  settledStart: number;
}

/** splitMarkdownBlocks over `text` from `from` (the start of a line), with what is final. */
function splitFrom(text: string, from: number): Split {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  let pendingBlank = false;
  let settled = 0;
  let settledStart = from;

  const close = () => {
    if (current.length) blocks.push(current.join('\n'));
    current = [];
  };

  for (let at = from; at <= text.length;) {
    const end = text.indexOf('\n', at);
    const lineEnd = end === -1 ? text.length : end;
    const line = text.slice(at, lineEnd);
    const lineStart = at;
    at = lineEnd + 1;
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
      else {
        close();
        if (end !== -1) {
          settled = blocks.length;
          settledStart = lineStart;
        }
      }
    }
    const open = FENCE.exec(line);
    if (open?.[1]) fence = open[1];
    current.push(line);
  }
  close();
  return { blocks, settled, settledStart };
}

/**
 * Splits markdown into top-level blocks at blank lines outside fenced code, so each finished
 * block renders once and is memoized while only the last one grows. Loose lists and indented
 * continuations stay in one block, so rendering per block looks like rendering the whole.
 */
export function splitMarkdownBlocks(text: string): string[] {
  return splitFrom(text, 0).blocks;
}

/**
 * splitMarkdownBlocks for a text that grows (a streaming answer): each call splits only from the
 * first block that is not final on, because a block closed by a complete line never changes. The work per call is
 * that of the text added since the previous call, not of the whole answer. A text that does not
 * extend the previous one is split from the start. Returns the same array while nothing changed.
 */
export function createBlockSplitter(): (text: string) => readonly string[] {
  let previous = '';
  let closed: string[] = [];
  let openStart = 0;
  let result: readonly string[] = [];
  return (text) => {
    if (text === previous) return result;
    if (!text.startsWith(previous)) {
      closed = [];
      openStart = 0;
    }
    const { blocks, settled, settledStart } = splitFrom(text, openStart);
    if (settled > 0) {
      closed = closed.concat(blocks.slice(0, settled));
      openStart = settledStart;
    }
    previous = text;
    result = settled === blocks.length ? closed : [...closed, ...blocks.slice(settled)];
    return result;
  };
}
