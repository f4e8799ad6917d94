import type { ReceivedEvent } from '@/api/events/parse-event.ts';

/** The stream exactly as received: the decoded chunks, joined. */
export function toSseText(chunks: readonly { text: string }[]): string {
  return chunks.map((chunk) => chunk.text).join('');
}

/** One parsed payload per line (a non-JSON data string becomes a JSON string). */
export function toJsonlText(events: readonly ReceivedEvent[]): string {
  return events.map((event) => `${JSON.stringify(event.payload)}\n`).join('');
}

export const MAX_SSE_FILE_BYTES = 50 * 1024 * 1024;

/** Reads a chosen file as UTF-8 text, or says in one sentence why it cannot be replayed. */
export async function readSseFile(
  file: Blob & { name: string },
): Promise<{ text: string } | { error: string }> {
  if (file.size > MAX_SSE_FILE_BYTES)
    return { error: `${file.name} is larger than 50 MB; open a smaller recording.` };
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: `${file.name} could not be read: ${reason}` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return { error: `${file.name} is not UTF-8 text, so it cannot be an SSE recording.` };
  }
  if (text.includes('\u0000'))
    return { error: `${file.name} contains binary data, so it cannot be an SSE recording.` };
  return { text };
}
