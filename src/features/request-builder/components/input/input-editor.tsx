import { useLayoutEffect, useRef, useState } from 'react';
import { isJsonObject, type JsonObject } from '@/api/request/body-path.ts';
import {
  describeBytes,
  FILE_MAX_BYTES,
  isMessageLike,
  itemsToText,
  newMessage,
  newTextPart,
  textModeBlocker,
  textToItems,
  type InputFinding,
  type InputItem,
} from '@/api/request/input-items.ts';
import { Button } from '@/components/ui/button.tsx';
import { Field, inputClass } from '@/components/ui/field.tsx';
import { useFileIntake, type ReadFileOk } from '../../hooks/use-file-intake.ts';
import { fieldMessages, findingsAt } from '../../lib/input-findings.ts';
import { partForFile, removeAt, replaceAt, withPart } from '../../lib/input-list.ts';
import { readAnyFile } from '../../lib/read-file.ts';
import { deferredComponent } from '@/lib/deferred.ts';
import { FindingList, IntakeStatus } from './finding-list.tsx';
import { ModeSwitch, type InputMode } from './mode-switch.tsx';

// The items editors (messages, image and file parts) load when the browser is idle after startup,
// or when items are first shown: text input does not need them.
const loadingItem = (_: unknown, failed: boolean) => (
  <li className="text-xs text-zinc-500">
    {failed ? 'The items editor could not be loaded; reload the page.' : 'Loading…'}
  </li>
);
const MessageEditor = deferredComponent(
  () => import('./message-editor.tsx').then((m) => m.MessageEditor),
  loadingItem,
  { idle: true },
);
const OtherItem = deferredComponent(
  () => import('./other-item.tsx').then((m) => m.OtherItem),
  loadingItem,
  { idle: true },
);

export interface InputEditorProps {
  /** `body.input` as it is: a string, a list of items, unset, or whatever raw JSON put there. */
  value: unknown;
  /** The new `input`; undefined unsets it (an empty text, or no items left). */
  onChange: (next: string | InputItem[] | undefined) => void;
  /** Lint findings (any params): those at `input…` are shown next to their control. */
  findings?: readonly InputFinding[];
}

const isInputParam = (param: string) =>
  param === 'input' || param.startsWith('input[') || param.startsWith('input.');

/** Messages can take parts (string or list content): where a pasted or dropped file goes. */
const takesParts = (item: unknown): item is JsonObject =>
  isMessageLike(item) && (typeof item.content === 'string' || Array.isArray(item.content));

/** `input`: plain text, or a list of messages with text, image and file parts. */
export function InputEditor({ value, onChange, findings = [] }: InputEditorProps) {
  // Only decides the view while input is unset; a string or a list decides it by itself.
  const [itemsView, setItemsView] = useState(Array.isArray(value));
  const mode: InputMode = Array.isArray(value)
    ? 'items'
    : typeof value === 'string'
      ? 'text'
      : itemsView
        ? 'items'
        : 'text';
  // The value as last rendered or sent: a file read asynchronously lands on it, not on the
  // value of the moment the read began, so edits made meanwhile are kept.
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });

  const own = findings.filter((f) => isInputParam(f.param));
  const items: readonly unknown[] = Array.isArray(value) ? value : [];

  const emit = (next: readonly unknown[]) => {
    latest.current = next.length === 0 ? undefined : next;
    setItemsView(true);
    // Items the editor has no form for are passed on exactly as they came.
    onChange(next.length === 0 ? undefined : (next as InputItem[]));
  };

  const updateLatest = (index: number, update: (item: JsonObject) => JsonObject | null) => {
    const current = latest.current;
    const item: unknown = Array.isArray(current) ? current[index] : undefined;
    if (!Array.isArray(current) || !isJsonObject(item)) return false;
    const next = update(item);
    if (next === null) return false;
    emit(replaceAt(current, index, next));
    return true;
  };

  /** A file pasted or dropped on the editor: into the last message, or a new user message. */
  const addFile = (file: ReadFileOk): boolean => {
    const current = latest.current;
    const part = partForFile(file);
    if (current === undefined || typeof current === 'string') {
      const text = current ?? '';
      emit([newMessage('user', text === '' ? [part] : [newTextPart(text), part])]);
      return true;
    }
    if (!Array.isArray(current)) return false;
    const list: readonly unknown[] = current;
    const last = list.findLastIndex(takesParts);
    const target = list[last];
    if (takesParts(target)) emit(replaceAt(list, last, withPart(target, part)));
    else emit([...list, newMessage('user', [part])]);
    return true;
  };
  const intake = useFileIntake(null, readAnyFile, addFile, true);

  const toItems = () => {
    setItemsView(true);
    if (value === undefined || typeof value === 'string') onChange(textToItems(value ?? ''));
  };
  const blocker = items.length === 0 ? null : textModeBlocker(items);
  const toText = () => {
    if (blocker !== null) return;
    setItemsView(false);
    const text = itemsToText(items);
    onChange(text === null || text === '' ? undefined : text);
  };
  const modeSwitch = (
    <ModeSwitch mode={mode} textBlocker={blocker} onText={toText} onItems={toItems} />
  );

  const foreign = value !== undefined && typeof value !== 'string' && !Array.isArray(value);
  const foreignNote = foreign && (
    <p className="text-xs text-amber-700 dark:text-amber-400">
      input holds a {typeof value} (from raw JSON) that this editor cannot show; editing it here
      replaces it.
    </p>
  );

  if (mode === 'text') {
    return (
      <div {...intake.dropProps} className="flex flex-col gap-1">
        <Field
          label="input"
          {...fieldMessages(own, 'input')}
          help="Text input: sent as a string. Paste or drop an image or a file to switch to items."
          trailing={modeSwitch}
        >
          {(p) => (
            <textarea
              {...p}
              className={`${inputClass} min-h-28 resize-y`}
              value={typeof value === 'string' ? value : ''}
              placeholder="Say hello…"
              onPaste={intake.onPaste}
              onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
            />
          )}
        </Field>
        {foreignNote}
        <IntakeStatus busy={intake.busy} error={intake.error} />
      </div>
    );
  }

  return (
    <div
      {...intake.dropProps}
      onPaste={intake.onPaste}
      className={`flex flex-col gap-2 rounded ${intake.dragging ? 'outline-2 outline-teal-600 outline-dashed' : ''}`}
    >
      <div className="flex items-center justify-between gap-2">
        <span className="font-mono text-xs font-semibold text-zinc-700 dark:text-zinc-300">
          input
        </span>
        {modeSwitch}
      </div>
      <FindingList findings={findingsAt(own, 'input')} />
      {foreignNote}
      {items.length === 0 ? (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          No items: input is not sent. Add a message.
        </p>
      ) : (
        <ol aria-label="input items" className="flex flex-col gap-2">
          {items.map((item, i) =>
            isMessageLike(item) ? (
              <MessageEditor
                key={i}
                index={i}
                item={item}
                findings={own}
                onChange={(next) => emit(replaceAt(items, i, next))}
                onRemove={() => emit(removeAt(items, i))}
                onUpdateLatest={(update) => updateLatest(i, update)}
              />
            ) : (
              <OtherItem
                key={i}
                index={i}
                item={item}
                findings={own}
                onRemove={() => emit(removeAt(items, i))}
              />
            ),
          )}
        </ol>
      )}
      <IntakeStatus busy={intake.busy} error={intake.error} />
      <div className="flex flex-wrap items-center gap-2">
        <Button
          className="px-2! py-0.5! text-xs"
          aria-label="add message"
          onClick={() => emit([...items, newMessage('user')])}
        >
          + Message
        </Button>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">
          Paste or drop an image or a file (up to {describeBytes(FILE_MAX_BYTES)}) on a message to
          add it there.
        </span>
      </div>
    </div>
  );
}
