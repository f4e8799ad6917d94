import { createParser } from 'eventsource-parser';
import { parseEventData, type ReceivedEvent } from './parse-event.ts';

/** A piece of the raw stream text and when it arrived (ms since Send); same shape as the store's. */
export interface SseFileChunk {
  text: string;
  at: number;
}

export interface ParsedSseFile {
  events: ReceivedEvent[];
  /** The file cut at message boundaries; concatenated they are the file, byte for byte. */
  chunks: SseFileChunk[];
  /** Framing problems eventsource-parser reported (reading goes on, as live). */
  framingErrors: string[];
}

/** A blank line ends an SSE message; `\r\n`, `\n` and `\r` are all line ends per the spec. */
const MESSAGE_END = /(?:\r\n|\r(?!\n)|\n)(?:\r\n|\r(?!\n)|\n)/g;

/** Splits the text after each blank line, keeping every character. */
export function splitSseBlocks(text: string): string[] {
  const blocks: string[] = [];
  let from = 0;
  for (const match of text.matchAll(MESSAGE_END)) {
    const end = match.index + match[0].length;
    blocks.push(text.slice(from, end));
    from = end;
  }
  if (from < text.length) blocks.push(text.slice(from));
  return blocks;
}

/**
 * Pure: a saved `.sse` text back into the events the app would have received, framed by the
 * same eventsource-parser as live streams. A file carries no timings, so chunk i is placed at
 * `i * spacingMs` and each event takes the time of the chunk that completed it.
 */
export function parseSseFile(text: string, spacingMs = 10): ParsedSseFile {
  const events: ReceivedEvent[] = [];
  const framingErrors: string[] = [];
  let at = 0;
  const parser = createParser({
    onEvent: (message) =>
      events.push(parseEventData(events.length, message.event, message.data, at)),
    onError: (error) => framingErrors.push(error.message),
  });
  const chunks = splitSseBlocks(text).map((block, i) => {
    at = i * spacingMs;
    parser.feed(block);
    return { text: block, at };
  });
  // As readSse does: a last message without its blank line still counts once the input ends.
  parser.feed('\n\n');
  return { events, chunks, framingErrors };
}
