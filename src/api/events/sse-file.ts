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

/** A timing comment (`: t=<ms since Send>`): SSE parsers ignore comments, so the file stays valid. */
const TIMING = /^: t=(\d+(?:\.\d+)?)\r?\n/;

/**
 * The stream with a timing comment before each message, so a replay can keep its original pace.
 * Comments go only at message boundaries: chunks may end mid-line, messages never do.
 */
export function toTimedSseText(chunks: readonly SseFileChunk[]): string {
  const blocks = splitSseBlocks(chunks.map((c) => c.text).join(''));
  let out = '';
  let offset = 0;
  let chunk = 0;
  let chunkEnd = chunks[0]?.text.length ?? 0;
  for (const block of blocks) {
    offset += block.length;
    // The time a message arrived is the time of the chunk that completed it.
    while (chunkEnd < offset && chunk < chunks.length - 1) {
      chunk += 1;
      chunkEnd += chunks[chunk]?.text.length ?? 0;
    }
    out += `: t=${Math.round(chunks[chunk]?.at ?? 0)}\n${block}`;
  }
  return out;
}

/**
 * Pure: a saved `.sse` text back into the events the app would have received, framed by the
 * same eventsource-parser as live streams. Messages with a timing comment (`: t=<ms>`, written by
 * "Save .sse with timings") keep their time; otherwise chunk i is placed at `i * spacingMs`.
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
    const timed = TIMING.exec(block);
    at = timed ? Number(timed[1]) : i * spacingMs;
    parser.feed(block);
    return { text: block, at };
  });
  // As readSse does: a last message without its blank line still counts once the input ends.
  parser.feed('\n\n');
  return { events, chunks, framingErrors };
}

export type LoadedSseFile = { ok: true; parsed: ParsedSseFile } | { ok: false; error: string };

function isResponsesEvent(event: ReceivedEvent): boolean {
  const payload = event.payload;
  return (
    typeof payload === 'object' &&
    payload !== null &&
    !Array.isArray(payload) &&
    typeof (payload as { type?: unknown }).type === 'string'
  );
}

/**
 * An opened file's text as a stream to replay, or why it is not one, in one sentence: empty, no
 * SSE message at all, or no message that is a Responses event (a JSON object with a `type`).
 * Bad messages among good ones are kept: the inspector exists to show them. Never throws.
 */
export function loadSseFile(text: string, name = 'The file'): LoadedSseFile {
  if (text.trim() === '') return { ok: false, error: `${name} is empty.` };
  let parsed: ParsedSseFile;
  try {
    parsed = parseSseFile(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${name} could not be read as SSE: ${reason}` };
  }
  const count = parsed.events.length;
  if (count === 0) {
    return { ok: false, error: `${name} has no server-sent events (no "data:" lines).` };
  }
  if (!parsed.events.some(isResponsesEvent)) {
    return {
      ok: false,
      error: `${name} is not a Responses stream: none of its ${count} event${count === 1 ? '' : 's'} is a JSON object with a "type".`,
    };
  }
  return { ok: true, parsed };
}

/**
 * The events of a stream kept as its raw chunks (each with its arrival time), framed exactly as
 * live: a saved turn keeps a few strings instead of thousands of event objects.
 */
export function eventsFromChunks(chunks: readonly SseFileChunk[]): ReceivedEvent[] {
  const events: ReceivedEvent[] = [];
  let at = 0;
  const parser = createParser({
    onEvent: (message) =>
      events.push(parseEventData(events.length, message.event, message.data, at)),
  });
  for (const chunk of chunks) {
    at = chunk.at;
    parser.feed(chunk.text);
  }
  parser.feed('\n\n');
  return events;
}
