import { parseBase64DataUrl } from '@/api/request/data-url.ts';
import { describeBytes, FILE_MAX_BYTES } from '@/api/request/input-items.ts';
import { Button } from '@/components/ui/button.tsx';
import { Field, inputClass } from '@/components/ui/field.tsx';
import { useFileIntake } from '../../hooks/use-file-intake.ts';
import { fieldMessages } from '../../lib/input-findings.ts';
import { readInputFile } from '../../lib/read-file.ts';
import { IntakeStatus } from './finding-list.tsx';
import { stringOr, withText, without, type PartEditorProps } from './part-props.ts';
import { UploadButton } from './upload-button.tsx';

function describeFileData(data: string): string {
  const parsed = parseBase64DataUrl(data);
  return parsed
    ? `${parsed.mime} · ${describeBytes(parsed.bytes)}`
    : `${data.length} characters, not a base64 data URL`;
}

/** `input_file`: a file_url, a file_id, or a file uploaded or dropped as `file_data`. */
export function FilePart({ path, part, findings, onChange, onReplace }: PartEditorProps) {
  const data = stringOr(part.file_data);
  const intake = useFileIntake(
    part,
    readInputFile,
    (file) => onReplace(part, { ...part, file_data: file.dataUrl, filename: file.name }),
    false,
  );
  const textField = (key: 'file_url' | 'file_id', placeholder: string) => (
    <Field label={`${path}.${key}`} {...fieldMessages(findings, `${path}.${key}`)}>
      {(p) => (
        <input
          {...p}
          type={key === 'file_url' ? 'url' : 'text'}
          className={`${inputClass} font-mono`}
          value={stringOr(part[key])}
          spellCheck={false}
          placeholder={placeholder}
          onChange={(e) => onChange(withText(part, key, e.target.value))}
        />
      )}
    </Field>
  );

  return (
    <div
      {...intake.dropProps}
      className={`flex flex-col gap-2 rounded ${intake.dragging ? 'outline-2 outline-teal-600 outline-dashed' : ''}`}
    >
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {textField('file_url', 'https://…/report.pdf')}
        {textField('file_id', 'file-… (Files API)')}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <UploadButton label={`upload file for ${path}`} disabled={intake.busy} onFile={intake.take}>
          Upload file…
        </UploadButton>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">
          or drop one here · sent inline as file_data, up to {describeBytes(FILE_MAX_BYTES)}
        </span>
      </div>
      <IntakeStatus busy={intake.busy} error={intake.error} />
      {data !== '' && (
        <Field label={`${path}.file_data`} {...fieldMessages(findings, `${path}.file_data`)}>
          {(p) => (
            <div className="flex items-center gap-2">
              <output {...p} className="min-w-0 flex-1 truncate text-xs">
                <span className="font-mono">{stringOr(part.filename, '(no filename)')}</span>
                {' · '}
                {describeFileData(data)}
              </output>
              <Button
                variant="ghost"
                className="px-2! py-0.5! text-xs"
                aria-label={`clear ${path}.file_data`}
                onClick={() => onChange(without(part, 'file_data', 'filename'))}
              >
                Clear
              </Button>
            </div>
          )}
        </Field>
      )}
      {(data !== '' || part.filename !== undefined) && (
        <Field label={`${path}.filename`} {...fieldMessages(findings, `${path}.filename`)}>
          {(p) => (
            <input
              {...p}
              className={`${inputClass} font-mono`}
              value={stringOr(part.filename)}
              spellCheck={false}
              placeholder="report.pdf"
              onChange={(e) => onChange(withText(part, 'filename', e.target.value))}
            />
          )}
        </Field>
      )}
    </div>
  );
}
