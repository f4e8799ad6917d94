import { newId, type IdPrefix } from './ids.ts';

/** An input item as stored and listed by `GET /responses/{id}/input_items`. */
export type InputItem = Record<string, unknown> & { type: string; id?: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const STATUSES = ['in_progress', 'completed', 'incomplete'];

/** The status the client gave, when valid; else `completed` (what the API lists for inputs). */
function statusOf(raw: Record<string, unknown>): string {
  return typeof raw.status === 'string' && STATUSES.includes(raw.status) ? raw.status : 'completed';
}

/**
 * Item types whose listed form (`…Resource` in the spec) requires `id` and `status`, with the id
 * prefix minted when the client sent none.
 */
const RESOURCE_PREFIX: Partial<Record<string, IdPrefix>> = {
  function_call: 'fc',
  function_call_output: 'fco',
  custom_tool_call: 'ctc',
  custom_tool_call_output: 'ctco',
};

/**
 * An assistant message's content as the spec's `OutputMessage` has it: `output_text` parts
 * (text given as a string or as `input_text` becomes one) with `annotations` and `logprobs`.
 */
function assistantContent(content: unknown): unknown {
  if (typeof content === 'string') {
    return [{ type: 'output_text', text: content, annotations: [], logprobs: [] }];
  }
  if (!Array.isArray(content)) return content;
  return content.map((part: unknown) => {
    if (!isRecord(part) || (part.type !== 'input_text' && part.type !== 'output_text')) {
      return part;
    }
    return { annotations: [], logprobs: [], ...part, type: 'output_text' };
  });
}

function normalizeMessage(raw: Record<string, unknown>): InputItem {
  const content =
    raw.role === 'assistant'
      ? assistantContent(raw.content)
      : typeof raw.content === 'string'
        ? [{ type: 'input_text', text: raw.content }]
        : raw.content;
  return { id: newId('msg'), ...raw, type: 'message', status: statusOf(raw), content };
}

/**
 * `input` as the API takes it (a string or a list) → the items as `GET /responses/{id}/input_items`
 * lists them (the spec's `ItemResource`): ids the client sent are kept, missing ones minted.
 */
export function normalizeInput(input: unknown): InputItem[] {
  if (input === undefined || input === null) return [];
  if (typeof input === 'string') {
    return [
      {
        id: newId('msg'),
        type: 'message',
        role: 'user',
        status: 'completed',
        content: [{ type: 'input_text', text: input }],
      },
    ];
  }
  if (!Array.isArray(input)) return [];
  return input.filter(isRecord).map((raw) => {
    const type = typeof raw.type === 'string' ? raw.type : 'message';
    if (type === 'message') return normalizeMessage(raw);
    const prefix = RESOURCE_PREFIX[type];
    if (!prefix) return { ...raw, type };
    return { id: newId(prefix), ...raw, type, status: statusOf(raw) };
  });
}

export interface InputSummary {
  /** Text of each user message, in order. */
  userTexts: string[];
  messages: number;
  images: number;
  files: number;
  otherItems: number;
  /** All text the model would read, for token counting. */
  allText: string;
}

function partText(part: unknown): string {
  if (!isRecord(part)) return '';
  return typeof part.text === 'string' ? part.text : '';
}

export function summarizeInput(items: readonly InputItem[]): InputSummary {
  const summary: InputSummary = {
    userTexts: [],
    messages: 0,
    images: 0,
    files: 0,
    otherItems: 0,
    allText: '',
  };
  for (const item of items) {
    if (item.type !== 'message') {
      summary.otherItems++;
      summary.allText += JSON.stringify(item);
      continue;
    }
    summary.messages++;
    const parts = Array.isArray(item.content) ? item.content : [];
    const text = parts.map(partText).join('\n');
    for (const part of parts) {
      if (isRecord(part) && part.type === 'input_image') summary.images++;
      if (isRecord(part) && part.type === 'input_file') summary.files++;
    }
    summary.allText += text;
    if (item.role === 'user') summary.userTexts.push(text);
  }
  return summary;
}
