/** A stream event as received: its SSE name and its parsed payload (never trusted blindly). */
export interface ReceivedEvent {
  /** Position in this stream, from 0. */
  index: number;
  /** The `event:` field, if the server sent one. */
  name: string | undefined;
  /** The payload's `type` (or the `event:` name when the payload has none). */
  type: string;
  /** Parsed JSON, or the raw data string when it was not JSON. */
  payload: unknown;
  sequenceNumber: number | null;
  /** ms since the request was sent. */
  at: number;
  parseError?: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Turns one SSE message into a ReceivedEvent; malformed JSON is kept and flagged, not thrown. */
export function parseEventData(
  index: number,
  name: string | undefined,
  data: string,
  at: number,
): ReceivedEvent {
  let payload: unknown;
  let parseError: string | undefined;
  try {
    payload = JSON.parse(data);
  } catch (error) {
    payload = data;
    parseError = error instanceof Error ? error.message : String(error);
  }
  const record = isRecord(payload) ? payload : null;
  const type = typeof record?.type === 'string' ? record.type : (name ?? 'message');
  const seq = record?.sequence_number;
  return {
    index,
    name,
    type,
    payload,
    sequenceNumber: typeof seq === 'number' && Number.isFinite(seq) ? seq : null,
    at,
    ...(parseError === undefined ? {} : { parseError }),
  };
}
