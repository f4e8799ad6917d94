import { newId } from './ids.ts';

/** An input item as stored and listed by `GET /responses/{id}/input_items`. */
export type InputItem = Record<string, unknown> & { type: string; id?: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `input` as the API takes it (a string or a list) → a list of items with ids on messages. */
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
    if (type !== 'message') return { ...raw, type };
    const content =
      typeof raw.content === 'string' ? [{ type: 'input_text', text: raw.content }] : raw.content;
    return { id: newId('msg'), ...raw, type, status: 'completed', content };
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
