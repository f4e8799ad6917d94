import { createParser, type EventSourceMessage } from 'eventsource-parser';

export interface SseHandlers {
  /** Every decoded chunk, exactly as it arrived (for the raw view and `.sse` export). */
  onChunk?: (text: string, receivedAt: number) => void;
  /** One complete SSE message (`event:` / `data:` / `id:` already framed). */
  onMessage: (message: EventSourceMessage, receivedAt: number) => void;
  /** A framing problem the parser reported (e.g. an over-long line); reading goes on. */
  onFramingError?: (message: string) => void;
}

export interface ReadSseOptions {
  /** A monotonic clock in ms. */
  now?: () => number;
  /**
   * Lets the page paint in the middle of a long read. A read can hold a megabyte of events when
   * the server is faster than the page (a fast local server, a burst after a stall): parsed in
   * one go, it would keep the screen still for tens of ms, and every delta in it would wait for
   * the last one. Given this, the reader hands over the main thread every `sliceMs`.
   */
  yieldToMain?: () => Promise<void>;
  /** Parsing time between two yields, in ms (default 4: several chances to paint per frame). */
  sliceMs?: number;
}

/** Text fed to the parser at once, at most: small enough to check the clock often. */
const SLICE_CHARS = 16_384;

/**
 * Bytes taken from the body per read, at most. A default reader hands over whatever has piled
 * up (a megabyte when the server outruns the page), so the first event of a read waits for all
 * the others to be parsed; read in bounded pieces, what is taken is shown promptly and the rest
 * stays in the network's buffer until the page is ready for it.
 */
export const READ_BYTES = 65_536;

interface Reader {
  read: () => Promise<ReadableStreamReadResult<Uint8Array>>;
  releaseLock: () => void;
}

/** A reader of READ_BYTES at a time where the body is a byte stream (fetch's is), else a default one. */
function openReader(body: ReadableStream<Uint8Array>): Reader {
  let byob: ReadableStreamBYOBReader;
  try {
    byob = body.getReader({ mode: 'byob' });
  } catch {
    const reader = body.getReader();
    return { read: () => reader.read(), releaseLock: () => reader.releaseLock() };
  }
  // The buffer comes back with each read (decoded at once), so one is reused throughout.
  let buffer = new ArrayBuffer(READ_BYTES);
  return {
    read: async () => {
      const result = await byob.read(new Uint8Array(buffer, 0, READ_BYTES));
      if (result.value) buffer = result.value.buffer;
      return result.done ? { done: true, value: undefined } : { done: false, value: result.value };
    },
    releaseLock: () => byob.releaseLock(),
  };
}

/** A read that took this long waited for the network (a queued chunk comes in a microtask). */
const WAITED_MS = 1;

/**
 * Reads an SSE body to its end. Framing is eventsource-parser's; bytes are decoded with a
 * streaming TextDecoder so a UTF-8 character split across chunks survives.
 * Resolves when the body ends; rejects on a network error or abort (the caller tells which).
 */
export async function readSse(
  body: ReadableStream<Uint8Array>,
  handlers: SseHandlers,
  options: ReadSseOptions = {},
): Promise<void> {
  const { now = () => performance.now(), yieldToMain, sliceMs = 4 } = options;
  let receivedAt = 0;
  const parser = createParser({
    onEvent: (message) => handlers.onMessage(message, receivedAt),
    onError: (error) => handlers.onFramingError?.(error.message),
  });
  const decoder = new TextDecoder();
  const reader = openReader(body);
  let sliceStart = yieldToMain ? now() : 0;
  const feed = async (text: string) => {
    if (!yieldToMain) return parser.feed(text);
    for (let at = 0; at < text.length; at += SLICE_CHARS) {
      parser.feed(text.length <= SLICE_CHARS ? text : text.slice(at, at + SLICE_CHARS));
      if (now() - sliceStart >= sliceMs) {
        await yieldToMain();
        sliceStart = now();
      }
    }
  };
  try {
    for (;;) {
      const asked = yieldToMain ? now() : 0;
      const { done, value } = await reader.read();
      if (done) break;
      receivedAt = now();
      // A read that had to wait ended the task: the page has had its turn, so a new slice starts
      // (a paced stream would otherwise yield once per network read, for nothing).
      if (yieldToMain && receivedAt - asked >= WAITED_MS) sliceStart = receivedAt;
      const text = decoder.decode(value, { stream: true });
      if (text.length === 0) continue;
      handlers.onChunk?.(text, receivedAt);
      await feed(text);
    }
    const rest = decoder.decode();
    if (rest) {
      handlers.onChunk?.(rest, receivedAt);
      parser.feed(rest);
    }
    // A final event without its blank line is still delivered: the stream has ended.
    parser.feed('\n\n');
  } finally {
    reader.releaseLock();
  }
}
