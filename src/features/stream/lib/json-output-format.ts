import { isRecord } from '@/api/events/parse-event.ts';

/** The output format a request asked for, when it asked for JSON. */
export type JsonOutputFormat =
  { type: 'json_schema'; name: string | null; schema: unknown } | { type: 'json_object' };

/** `text.format` of the body sent, when it is json_schema or json_object. */
export function requestedJsonFormat(
  request: Record<string, unknown> | null,
): JsonOutputFormat | null {
  const text = request?.text;
  const format = isRecord(text) ? text.format : undefined;
  if (!isRecord(format)) return null;
  if (format.type === 'json_object') return { type: 'json_object' };
  if (format.type !== 'json_schema') return null;
  return {
    type: 'json_schema',
    name: typeof format.name === 'string' ? format.name : null,
    schema: format.schema,
  };
}
