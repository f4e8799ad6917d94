import { isJsonObject } from '@/api/request/body-path.ts';
import { Button } from '@/components/ui/button.tsx';
import { Field, inputClass } from '@/components/ui/field.tsx';
import { fieldMessages, findingsBelow, findingsLeft } from '../../lib/input-findings.ts';
import { FilePart } from './file-part.tsx';
import { FindingList } from './finding-list.tsx';
import { ImagePart } from './image-part.tsx';
import { stringOr, type PartEditorProps } from './part-props.ts';

/** A part this editor has no controls for (`output_text`, `input_audio`…): shown, kept, removable. */
function OtherPart({ part }: { part: unknown }) {
  const json = JSON.stringify(part, (_key, value: unknown) =>
    typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…` : value,
  );
  return (
    <pre className="max-h-32 overflow-auto rounded bg-zinc-100 p-2 font-mono text-xs whitespace-pre-wrap dark:bg-zinc-800">
      {json}
    </pre>
  );
}

/** Controls each part type shows itself; lint findings on anything else appear at the top. */
const SHOWN_KEYS: Record<string, readonly string[]> = {
  input_text: ['text'],
  input_image: ['image_url', 'file_id', 'detail'],
  input_file: ['file_url', 'file_id', 'file_data', 'filename'],
};

interface ContentPartEditorProps extends Omit<PartEditorProps, 'part'> {
  /** Raw JSON may put anything in a content list: non-objects are shown as they are. */
  part: unknown;
  onRemove: () => void;
}

export function ContentPartEditor({ part, onRemove, ...props }: ContentPartEditorProps) {
  const { path, findings, onChange } = props;
  const object = isJsonObject(part) ? part : null;
  const type = object?.type;
  const known = typeof type === 'string' && type in SHOWN_KEYS && object !== null;
  const own = known
    ? findingsLeft(findings, path, SHOWN_KEYS[type] ?? [])
    : findingsBelow(findings, path);

  return (
    <div className="flex flex-col gap-2 rounded-md border border-zinc-200 bg-zinc-50 p-2 dark:border-zinc-800 dark:bg-zinc-900/60">
      <div className="flex items-center gap-2">
        <span className="font-mono text-xs font-semibold text-zinc-700 dark:text-zinc-300">
          {path}
        </span>
        <span className="rounded bg-zinc-200 px-1.5 font-mono text-[11px] text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
          {typeof type === 'string' ? type : 'no type'}
        </span>
        <Button
          variant="ghost"
          className="ml-auto px-2! py-0.5! text-xs"
          aria-label={`remove ${path}`}
          title="Remove this part"
          onClick={onRemove}
        >
          Remove
        </Button>
      </div>
      <FindingList findings={own} />
      {known && type === 'input_text' ? (
        <Field label={`${path}.text`} {...fieldMessages(findings, `${path}.text`)}>
          {(p) => (
            <textarea
              {...p}
              className={`${inputClass} min-h-16 resize-y`}
              value={stringOr(object.text)}
              placeholder="Text…"
              onChange={(e) => onChange({ ...object, text: e.target.value })}
            />
          )}
        </Field>
      ) : known && type === 'input_image' ? (
        <ImagePart {...props} part={object} />
      ) : known && type === 'input_file' ? (
        <FilePart {...props} part={object} />
      ) : (
        <OtherPart part={part} />
      )}
    </div>
  );
}
