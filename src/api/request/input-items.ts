import { isJsonObject, type JsonObject } from './body-path.ts';
import { isDataUrl, isHttpUrl, parseBase64DataUrl } from './data-url.ts';

/**
 * The `input` parameter as items: messages with text, image and file parts (the spec's
 * `EasyInputMessage` with an `InputContent` list). Other item types (tool outputs, item
 * references…) are not made here but are kept as they are by whoever edits the list.
 */

export const MESSAGE_ROLES = ['user', 'assistant', 'system', 'developer'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

/** The spec's `ImageDetail`; `auto` is the API's default. */
export const IMAGE_DETAILS = ['auto', 'low', 'high', 'original'] as const;
export type ImageDetail = (typeof IMAGE_DETAILS)[number];

/** The image formats the API reads (GIF only when not animated). */
export const SUPPORTED_IMAGE_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
] as const;

// Uploads are inlined into the draft, which is persisted in this browser, so these stay well
// below the API's own limits. (localStorage holds about 5 MB per origin: a large upload may be
// sent fine yet not survive a reload.)
export const IMAGE_MAX_BYTES = 8 * 1024 * 1024;
export const FILE_MAX_BYTES = 16 * 1024 * 1024;

export type InputTextPart = { type: 'input_text'; text: string };
/** `detail` is required by the spec (the API defaults it), so every image part made here has it. */
export type InputImagePart = {
  type: 'input_image';
  detail: ImageDetail;
  image_url?: string;
  file_id?: string;
};
export type InputFilePart = {
  type: 'input_file';
  file_id?: string;
  file_url?: string;
  /** A base64 data URL, `data:<mime>;base64,…`, sent with `filename`. */
  file_data?: string;
  filename?: string;
};
export type InputContentPart = InputTextPart | InputImagePart | InputFilePart;

export type InputMessage = {
  type: 'message';
  role: MessageRole;
  content: InputContentPart[] | string;
};

/** Anything else in the list (or a message from raw JSON) is an object the editor passes on. */
export type InputItem = InputMessage | Readonly<JsonObject>;

export interface InputFinding {
  /** The API path of the offending value, e.g. `input[0].content[1].image_url`. */
  param: string;
  severity: 'error' | 'warning';
  message: string;
}

export const newTextPart = (text = ''): InputTextPart => ({ type: 'input_text', text });
export const newImagePart = (): InputImagePart => ({ type: 'input_image', detail: 'auto' });
export const newFilePart = (): InputFilePart => ({ type: 'input_file' });

export function newMessage(
  role: MessageRole = 'user',
  content: InputContentPart[] = [newTextPart()],
): InputMessage {
  return { type: 'message', role, content };
}

/** A string input means one user message with that text, so this loses nothing. */
export function textToItems(text: string): InputMessage[] {
  return [newMessage('user', [newTextPart(text)])];
}

export function isMessageRole(value: unknown): value is MessageRole {
  return MESSAGE_ROLES.some((role) => role === value);
}

/** A message, possibly from raw JSON: `type: "message"`, or no type and a role. */
export function isMessageLike(item: unknown): item is JsonObject {
  return (
    isJsonObject(item) && (item.type === 'message' || (item.type === undefined && 'role' in item))
  );
}

const extraKeys = (object: JsonObject, keys: readonly string[]) =>
  Object.keys(object).filter((key) => !keys.includes(key));

/**
 * Why `items` cannot become a string without losing something, or null when it can: the
 * text mode holds exactly one user message with one text part and nothing else.
 */
export function textModeBlocker(items: readonly unknown[]): string | null {
  if (items.length !== 1) return `Text mode holds one message; there are ${items.length} items.`;
  const [item] = items;
  if (!isMessageLike(item)) {
    const type = isJsonObject(item) && typeof item.type === 'string' ? item.type : typeof item;
    return `Text mode holds a user message; this item is ${type}.`;
  }
  const extra = extraKeys(item, ['type', 'role', 'content']);
  if (extra.length > 0) return `Text mode cannot keep this message's ${extra.join(', ')}.`;
  if (item.role !== 'user') {
    return `Text mode sends the user role; this message is ${JSON.stringify(item.role)}.`;
  }
  if (typeof item.content === 'string') return null;
  if (!Array.isArray(item.content)) return 'Text mode holds text; this content is not.';
  if (item.content.length !== 1) {
    return `Text mode holds one text part; this message has ${item.content.length}.`;
  }
  const [part] = item.content as unknown[];
  if (!isJsonObject(part) || part.type !== 'input_text' || typeof part.text !== 'string') {
    const type = isJsonObject(part) && typeof part.type === 'string' ? part.type : 'not text';
    return `Text mode holds text only; this part is ${type}.`;
  }
  const settings = extraKeys(part, ['type', 'text']);
  if (settings.length > 0) return `Text mode cannot keep this text part's ${settings.join(', ')}.`;
  return null;
}

/** The text when `items` is exactly one user message with one text part, else null. */
export function itemsToText(items: readonly unknown[]): string | null {
  if (textModeBlocker(items) !== null) return null;
  const [item] = items as [JsonObject];
  if (typeof item.content === 'string') return item.content;
  const [part] = item.content as [InputTextPart];
  return part.text;
}

/** `1.5 KB`, `8 MB`: binary units, as file pickers show them. */
export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let size = bytes / 1024;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit += 1;
  }
  const tenths = Math.round(size * 10) / 10;
  const shown =
    tenths >= 10 || Number.isInteger(tenths) ? String(Math.round(size)) : tenths.toFixed(1);
  return `${shown} ${units[unit]}`;
}

const nonBlank = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

type Push = (param: string, severity: InputFinding['severity'], message: string) => void;

function lintImage(part: JsonObject, p: string, push: Push) {
  const url = part.image_url;
  if (!nonBlank(url) && !nonBlank(part.file_id)) {
    push(
      `${p}.image_url`,
      'error',
      'input_image needs image_url (an http(s) URL or a base64 data URL) or file_id.',
    );
  } else if (nonBlank(url)) {
    if (isDataUrl(url)) {
      const parsed = parseBase64DataUrl(url);
      if (!parsed) {
        push(
          `${p}.image_url`,
          'error',
          'image_url is a data URL but not a base64 one: data:image/png;base64,…',
        );
      } else if (!parsed.mime.startsWith('image/')) {
        push(`${p}.image_url`, 'error', `image_url holds ${parsed.mime}, not an image.`);
      } else if (!SUPPORTED_IMAGE_TYPES.some((type) => type === parsed.mime)) {
        push(
          `${p}.image_url`,
          'warning',
          `${parsed.mime}: the API reads PNG, JPEG, WEBP and GIF images.`,
        );
      }
    } else if (!isHttpUrl(url)) {
      push(`${p}.image_url`, 'error', 'image_url must be an http(s) URL or a base64 data URL.');
    }
  }
  if (part.detail !== undefined && !IMAGE_DETAILS.some((d) => d === part.detail)) {
    push(`${p}.detail`, 'error', `detail must be one of ${IMAGE_DETAILS.join(', ')}.`);
  }
}

function lintFile(part: JsonObject, p: string, push: Push) {
  const sources = (['file_id', 'file_url', 'file_data'] as const).filter((k) => nonBlank(part[k]));
  if (sources.length === 0) {
    push(p, 'error', 'input_file needs file_id, file_url, or file_data with filename.');
  } else if (sources.length > 1) {
    push(p, 'warning', `input_file has ${sources.join(' and ')}: send one source.`);
  }
  if (nonBlank(part.file_url) && !isHttpUrl(part.file_url)) {
    push(`${p}.file_url`, 'error', 'file_url must be an http(s) URL.');
  }
  if (nonBlank(part.file_data)) {
    if (!parseBase64DataUrl(part.file_data)) {
      push(`${p}.file_data`, 'error', 'file_data must be a base64 data URL: data:<mime>;base64,…');
    }
    if (!nonBlank(part.filename))
      push(`${p}.filename`, 'error', 'filename is required with file_data.');
  }
}

const INPUT_PART_TYPES = ['input_text', 'input_image', 'input_file'];
const ASSISTANT_PART_TYPES = ['output_text', 'refusal'];

function lintPart(part: unknown, p: string, role: unknown, push: Push) {
  if (!isJsonObject(part)) {
    push(p, 'error', 'A content part must be an object with a type.');
    return;
  }
  const { type } = part;
  if (typeof type !== 'string') {
    push(`${p}.type`, 'error', 'type is required: input_text, input_image or input_file.');
    return;
  }
  if (role === 'assistant' && INPUT_PART_TYPES.includes(type)) {
    // The spec allows it, but OpenAI answers 400 ("Supported values are: 'output_text' and
    // 'refusal'"); other gateways may take it, so this does not block Send.
    const hint = type === 'input_text' ? '; write the text as string content' : '';
    push(p, 'warning', `OpenAI takes only output_text and refusal in assistant messages${hint}.`);
  } else if (
    !INPUT_PART_TYPES.includes(type) &&
    !(role === 'assistant' && ASSISTANT_PART_TYPES.includes(type))
  ) {
    push(
      `${p}.type`,
      'warning',
      `Unknown content type ${type}: the API takes input_text, input_image, input_file.`,
    );
  }
  if (type === 'input_text') {
    if (typeof part.text !== 'string') push(`${p}.text`, 'error', 'text is required.');
    else if (part.text.trim() === '') push(`${p}.text`, 'warning', 'text is empty.');
  } else if (type === 'input_image') {
    lintImage(part, p, push);
  } else if (type === 'input_file') {
    lintFile(part, p, push);
  }
}

function lintItem(item: unknown, p: string, push: Push) {
  if (!isJsonObject(item)) {
    push(p, 'error', 'An input item must be an object: a message or another item type.');
    return;
  }
  if (item.type !== undefined && item.type !== 'message') {
    if (typeof item.type !== 'string') push(`${p}.type`, 'error', 'type must be a string.');
    // Tool outputs, references and the like are passed through as written.
    return;
  }
  if (item.type === undefined && !('role' in item)) {
    push(p, 'error', 'An item needs a type, or a role and content to be a message.');
    return;
  }
  if (!isMessageRole(item.role)) {
    const got = typeof item.role === 'string' ? ` ("${item.role}" is not)` : '';
    push(`${p}.role`, 'error', `role must be one of ${MESSAGE_ROLES.join(', ')}${got}.`);
  }
  const { content } = item;
  if (typeof content === 'string') {
    if (content.trim() === '') push(`${p}.content`, 'warning', 'content is empty.');
  } else if (Array.isArray(content)) {
    if (content.length === 0)
      push(`${p}.content`, 'error', 'content is empty: add a part or remove the message.');
    content.forEach((part, j) => lintPart(part, `${p}.content[${j}]`, item.role, push));
  } else {
    push(`${p}.content`, 'error', 'content is required: a string or a list of parts.');
  }
}

/**
 * Pure: what the API would reject in `input` (errors), or what is likely a slip (warnings).
 * An unset or empty input is lint-request's business, not this.
 */
export function lintInput(input: unknown): InputFinding[] {
  const findings: InputFinding[] = [];
  const push: Push = (param, severity, message) => findings.push({ param, severity, message });
  if (input === undefined || typeof input === 'string') return findings;
  if (!Array.isArray(input)) {
    push('input', 'error', 'input must be a string or a list of input items.');
    return findings;
  }
  input.forEach((item, i) => lintItem(item, `input[${i}]`, push));
  return findings;
}
