import { isJsonObject, type JsonObject } from '@/api/request/body-path.ts';
import {
  isMessageRole,
  MESSAGE_ROLES,
  newFilePart,
  newImagePart,
  newTextPart,
  type InputFinding,
} from '@/api/request/input-items.ts';
import { Button } from '@/components/ui/button.tsx';
import { Field, inputClass } from '@/components/ui/field.tsx';
import { useFileIntake } from '../../hooks/use-file-intake.ts';
import { fieldMessages, findingsAt, findingsLeft } from '../../lib/input-findings.ts';
import { partForFile, removeAt, replaceAt, withPart } from '../../lib/input-list.ts';
import { readAnyFile } from '../../lib/read-file.ts';
import { ContentPartEditor } from './content-part-editor.tsx';
import { FindingList, IntakeStatus } from './finding-list.tsx';

interface MessageEditorProps {
  index: number;
  item: JsonObject;
  findings: readonly InputFinding[];
  onChange: (next: JsonObject) => void;
  onRemove: () => void;
  /** Applies `update` to this item as it is now (after a file was read); false if it cannot. */
  onUpdateLatest: (update: (current: JsonObject) => JsonObject | null) => boolean;
}

const smallButton = 'px-2! py-0.5! text-xs';

/** The OpenAI API takes assistant text as a string, not as an input_text part. */
function singleTextPart(content: unknown): string | null {
  if (!Array.isArray(content) || content.length !== 1) return null;
  const [part] = content as unknown[];
  if (!isJsonObject(part) || part.type !== 'input_text' || typeof part.text !== 'string') {
    return null;
  }
  return Object.keys(part).length === 2 ? part.text : null;
}

/** A message: its role, its content (a string or a list of parts), and buttons to add parts. */
export function MessageEditor(props: MessageEditorProps) {
  const { index, item, findings, onChange, onRemove, onUpdateLatest } = props;
  const path = `input[${index}]`;
  const { role, content } = item;
  const roles: readonly string[] = isMessageRole(role)
    ? MESSAGE_ROLES
    : [...MESSAGE_ROLES, typeof role === 'string' ? role : ''];
  const intake = useFileIntake(
    item,
    readAnyFile,
    (file) => onUpdateLatest((current) => withPart(current, partForFile(file))),
    true,
  );
  const assistantText = role === 'assistant' ? singleTextPart(content) : null;
  const editable = typeof content === 'string' || Array.isArray(content);

  const setPart = (j: number, next: JsonObject) => {
    if (Array.isArray(content)) onChange({ ...item, content: replaceAt(content, j, next) });
  };
  const replacePart = (j: number, expected: JsonObject, next: JsonObject) =>
    onUpdateLatest((current) =>
      Array.isArray(current.content) && current.content[j] === expected
        ? { ...current, content: replaceAt(current.content as unknown[], j, next) }
        : null,
    );

  return (
    <li
      {...intake.dropProps}
      onPaste={intake.onPaste}
      aria-label={path}
      className={`flex flex-col gap-2 rounded-md border border-zinc-300 p-2 dark:border-zinc-700 ${intake.dragging ? 'outline-2 outline-teal-600 outline-dashed' : ''}`}
    >
      <div className="flex items-end gap-2">
        <div className="w-44">
          <Field label={`${path}.role`} {...fieldMessages(findings, `${path}.role`)}>
            {(p) => (
              <select
                {...p}
                className={inputClass}
                value={typeof role === 'string' ? role : ''}
                onChange={(e) => onChange({ ...item, role: e.target.value })}
              >
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {isMessageRole(r) ? r : `${r || '(none)'} (unknown)`}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Button
          variant="ghost"
          className={`ml-auto ${smallButton}`}
          aria-label={`remove ${path}`}
          title="Remove this message"
          onClick={onRemove}
        >
          Remove message
        </Button>
      </div>
      <FindingList findings={findingsLeft(findings, path, ['role', 'content'])} />
      {typeof content === 'string' ? (
        <Field label={`${path}.content`} {...fieldMessages(findings, `${path}.content`)}>
          {(p) => (
            <textarea
              {...p}
              className={`${inputClass} min-h-16 resize-y`}
              value={content}
              onChange={(e) => onChange({ ...item, content: e.target.value })}
            />
          )}
        </Field>
      ) : (
        <FindingList findings={findingsAt(findings, `${path}.content`)} />
      )}
      {Array.isArray(content) && (
        <ol className="flex flex-col gap-2">
          {(content as unknown[]).map((part, j) => (
            <li key={j}>
              <ContentPartEditor
                path={`${path}.content[${j}]`}
                part={part}
                findings={findings}
                onChange={(next) => setPart(j, next)}
                onReplace={(expected, next) => replacePart(j, expected, next)}
                onRemove={() => onChange({ ...item, content: removeAt(content, j) })}
              />
            </li>
          ))}
        </ol>
      )}
      <IntakeStatus busy={intake.busy} error={intake.error} />
      {editable ? (
        <div className="flex flex-wrap items-center gap-1.5">
          <span className="text-xs text-zinc-500 dark:text-zinc-400">Add</span>
          {(
            [
              ['text', newTextPart],
              ['image', newImagePart],
              ['file', newFilePart],
            ] as const
          ).map(([kind, make]) => (
            <Button
              key={kind}
              className={smallButton}
              aria-label={`add ${kind} part to ${path}`}
              onClick={() => onChange(withPart(item, make()))}
            >
              + {kind}
            </Button>
          ))}
          {assistantText !== null && (
            <Button
              variant="ghost"
              className={`ml-auto ${smallButton}`}
              title="OpenAI rejects input_text in assistant messages; a string is accepted everywhere."
              onClick={() => onChange({ ...item, content: assistantText })}
            >
              Use string content
            </Button>
          )}
        </div>
      ) : (
        <Button
          className={`self-start ${smallButton}`}
          onClick={() => onChange({ ...item, content: [newTextPart()] })}
        >
          Replace content with a text part
        </Button>
      )}
    </li>
  );
}
