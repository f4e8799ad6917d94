import { useState } from 'react';
import { isDataUrl, isHttpUrl, parseBase64DataUrl } from '@/api/request/data-url.ts';
import {
  describeBytes,
  IMAGE_DETAILS,
  IMAGE_MAX_BYTES,
  SUPPORTED_IMAGE_TYPES,
} from '@/api/request/input-items.ts';
import { Button } from '@/components/ui/button.tsx';
import { Field, inputClass } from '@/components/ui/field.tsx';
import { useFileIntake } from '../../hooks/use-file-intake.ts';
import { fieldMessages } from '../../lib/input-findings.ts';
import { readImageFile } from '../../lib/read-file.ts';
import { IntakeStatus } from './finding-list.tsx';
import { stringOr, withText, without, type PartEditorProps } from './part-props.ts';
import { UploadButton } from './upload-button.tsx';

const thumbClass =
  'max-h-40 max-w-full self-start rounded border border-zinc-200 object-contain dark:border-zinc-700';

/** What an image_url points at: an inline image is shown; a remote one only on request. */
function ImagePreview({ path, url }: { path: string; url: string }) {
  // Remembers the URL the user agreed to load, so an edited URL is not fetched by itself.
  const [approved, setApproved] = useState<string | null>(null);
  if (isDataUrl(url)) {
    const parsed = parseBase64DataUrl(url);
    if (!parsed) return null;
    return (
      <figure className="flex flex-col gap-1">
        <img src={url} alt={`${path} preview`} className={thumbClass} />
        <figcaption className="text-xs text-zinc-500 dark:text-zinc-400">
          {parsed.mime} · {describeBytes(parsed.bytes)}
        </figcaption>
      </figure>
    );
  }
  if (!isHttpUrl(url)) return null;
  if (approved === url) {
    return (
      <img src={url} alt={`${path} preview`} referrerPolicy="no-referrer" className={thumbClass} />
    );
  }
  return (
    <Button
      variant="ghost"
      className="self-start px-2! py-0.5! text-xs"
      aria-label={`preview ${path}.image_url`}
      title="Loads the image from that server in your browser (it sees your IP address)."
      onClick={() => setApproved(url)}
    >
      Preview
    </Button>
  );
}

/** `input_image`: a URL or file_id, or an image uploaded, pasted or dropped as a data URL. */
export function ImagePart({ path, part, findings, onChange, onReplace }: PartEditorProps) {
  const url = stringOr(part.image_url);
  const inline = isDataUrl(url);
  const intake = useFileIntake(
    part,
    readImageFile,
    (file) => onReplace(part, { ...part, image_url: file.dataUrl }),
    true,
  );
  const detail = stringOr(part.detail, 'auto');
  const details: readonly string[] = IMAGE_DETAILS.some((d) => d === detail)
    ? IMAGE_DETAILS
    : [...IMAGE_DETAILS, detail];

  return (
    <div
      {...intake.dropProps}
      onPaste={intake.onPaste}
      className={`flex flex-col gap-2 rounded ${intake.dragging ? 'outline-2 outline-dashed outline-teal-600' : ''}`}
    >
      <Field label={`${path}.image_url`} {...fieldMessages(findings, `${path}.image_url`)}>
        {(p) =>
          inline ? (
            <div className="flex items-center gap-2">
              <output
                {...p}
                className="min-w-0 flex-1 truncate font-mono text-xs text-zinc-600 dark:text-zinc-300"
              >
                {url.slice(0, 36)}…
              </output>
              <Button
                variant="ghost"
                className="px-2! py-0.5! text-xs"
                aria-label={`clear ${path}.image_url`}
                onClick={() => onChange(without(part, 'image_url'))}
              >
                Clear
              </Button>
            </div>
          ) : (
            <input
              {...p}
              type="url"
              className={`${inputClass} font-mono`}
              value={url}
              spellCheck={false}
              placeholder="https://… or upload, paste, drop an image"
              onChange={(e) => onChange(withText(part, 'image_url', e.target.value))}
            />
          )
        }
      </Field>
      <ImagePreview path={path} url={url} />
      <div className="flex flex-wrap items-center gap-2">
        <UploadButton
          label={`upload image for ${path}`}
          accept={SUPPORTED_IMAGE_TYPES.join(',')}
          disabled={intake.busy}
          onFile={intake.take}
        >
          Upload image…
        </UploadButton>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">
          or paste / drop one here · PNG, JPEG, WEBP, GIF up to {describeBytes(IMAGE_MAX_BYTES)}
        </span>
      </div>
      <IntakeStatus busy={intake.busy} error={intake.error} />
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 [&>*]:min-w-0">
        <Field label={`${path}.file_id`} {...fieldMessages(findings, `${path}.file_id`)}>
          {(p) => (
            <input
              {...p}
              className={`${inputClass} font-mono`}
              value={stringOr(part.file_id)}
              spellCheck={false}
              placeholder="file-… (Files API)"
              onChange={(e) => onChange(withText(part, 'file_id', e.target.value))}
            />
          )}
        </Field>
        <Field label={`${path}.detail`} {...fieldMessages(findings, `${path}.detail`)}>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={detail}
              onChange={(e) => onChange({ ...part, detail: e.target.value })}
            >
              {details.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </div>
  );
}
