import { createParser, type EventSourceMessage } from 'eventsource-parser';

export interface SseHandlers {
  /** Every decoded chunk, exactly as it arrived (for the raw view and `.sse` export). */
  onChunk?: (text: string, receivedAt: number) => void;
  /** One complete SSE message (`event:` / `data:` / `id:` already framed). */
  onMessage: (message: EventSourceMessage, receivedAt: number) => void;
  /** A framing problem the parser reported (e.g. an over-long line); reading goes on. */
  onFramingError?: (message: string) => void;
}

/**
 * Reads an SSE body to its end. Framing is eventsource-parser's; bytes are decoded with a
 * streaming TextDecoder so a UTF-8 character split across chunks survives.
 * Resolves when the body ends; rejects on a network error or abort (the caller tells which).
 */
export async function readSse(
  body: ReadableStream<Uint8Array>,
  handlers: SseHandlers,
  now: () => number = () => performance.now(),
): Promise<void> {
  let receivedAt = 0;
  const parser = createParser({
    onEvent: (message) => handlers.onMessage(message, receivedAt),
    onError: (error) => handlers.onFramingError?.(error.message),
  });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      receivedAt = now();
      const text = decoder.decode(value, { stream: true });
      if (text.length === 0) continue;
      handlers.onChunk?.(text, receivedAt);
      parser.feed(text);
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
