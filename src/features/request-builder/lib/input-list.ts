import type { JsonObject } from '@/api/request/body-path.ts';
import {
  type InputContentPart,
  newFilePart,
  newImagePart,
  newTextPart,
  SUPPORTED_IMAGE_TYPES,
} from '@/api/request/input-items.ts';
import type { ReadFileOk } from '../hooks/use-file-intake.ts';

/** Immutable list edits for the items editor (no `Array.prototype.with`: older Safari). */
export const replaceAt = <T>(list: readonly T[], index: number, value: T): T[] =>
  list.map((item, i) => (i === index ? value : item));

export const removeAt = <T>(list: readonly T[], index: number): T[] =>
  list.filter((_, i) => i !== index);

/** Adds a part; string content becomes a text part first, so nothing typed is lost. */
export function withPart(message: JsonObject, part: JsonObject): JsonObject {
  const { content } = message;
  const parts: unknown[] = Array.isArray(content)
    ? content
    : typeof content === 'string' && content !== ''
      ? [newTextPart(content)]
      : [];
  return { ...message, content: [...parts, part] };
}

/** A file read from a paste or a drop: an image part when the API reads it as one, else a file. */
export function partForFile(file: ReadFileOk): InputContentPart {
  return SUPPORTED_IMAGE_TYPES.some((type) => type === file.mime)
    ? { ...newImagePart(), image_url: file.dataUrl }
    : { ...newFilePart(), file_data: file.dataUrl, filename: file.name };
}
