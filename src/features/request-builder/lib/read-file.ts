import { parseBase64DataUrl } from '@/api/request/data-url.ts';
import {
  describeBytes,
  FILE_MAX_BYTES,
  IMAGE_MAX_BYTES,
  SUPPORTED_IMAGE_TYPES,
} from '@/api/request/input-items.ts';

export type ReadFileResult =
  | { ok: true; dataUrl: string; name: string; size: number; mime: string }
  | { ok: false; message: string };

/** FileReader → `data:<mime>;base64,…`, the form the API takes inline. */
export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') resolve(reader.result);
      else reject(new Error('The browser returned no data URL.'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

async function read(file: File, limit: number, kind: string): Promise<ReadFileResult> {
  // Checked before reading, so a huge file never lands in memory as a string.
  if (file.size > limit) {
    return {
      ok: false,
      message: `${file.name} is ${describeBytes(file.size)}: ${kind} can be at most ${describeBytes(limit)} here, because the draft is kept in this browser.`,
    };
  }
  if (file.size === 0) return { ok: false, message: `${file.name} is empty.` };
  let dataUrl: string;
  try {
    dataUrl = await readAsDataUrl(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${file.name} could not be read: ${reason}` };
  }
  const parsed = parseBase64DataUrl(dataUrl);
  if (!parsed) return { ok: false, message: `${file.name} did not read as a base64 data URL.` };
  return { ok: true, dataUrl, name: file.name, size: file.size, mime: parsed.mime };
}

/** An image for `input_image.image_url`: a format the API reads, within the size limit. */
export function readImageFile(file: File): Promise<ReadFileResult> {
  if (!SUPPORTED_IMAGE_TYPES.some((type) => type === file.type)) {
    const what = file.type === '' ? 'of an unknown type' : `a ${file.type} file`;
    const message = file.type.startsWith('image/')
      ? `${file.name} is ${file.type}: the API reads PNG, JPEG, WEBP and GIF images.`
      : `${file.name} is not an image (it is ${what}): use PNG, JPEG, WEBP or GIF, or add it as a file part.`;
    return Promise.resolve({ ok: false, message });
  }
  return read(file, IMAGE_MAX_BYTES, 'images');
}

/** Any file for `input_file.file_data` (with `filename`), within the size limit. */
export function readInputFile(file: File): Promise<ReadFileResult> {
  return read(file, FILE_MAX_BYTES, 'files');
}

/** The first file of a paste or a drop that is an image, else the first file. */
export function pickFile(files: FileList | null | undefined, imagesFirst: boolean): File | null {
  const list = files ? Array.from(files) : [];
  return (
    (imagesFirst ? list.find((f) => f.type.startsWith('image/')) : undefined) ?? list[0] ?? null
  );
}

/** A file dropped or pasted onto a message: an image the API reads becomes an image part. */
export function readAnyFile(file: File): Promise<ReadFileResult> {
  return SUPPORTED_IMAGE_TYPES.some((type) => type === file.type)
    ? readImageFile(file)
    : readInputFile(file);
}
