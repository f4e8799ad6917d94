import { useState, type ClipboardEvent, type DragEvent } from 'react';
import { pickFile, type ReadFileResult } from '../lib/read-file.ts';

export type ReadFileOk = Extract<ReadFileResult, { ok: true }>;

interface IntakeState {
  /** What the message is about (a part, a message): once that changes, the message is stale. */
  subject: unknown;
  busy: boolean;
  error: string | null;
}

const idle: IntakeState = { subject: undefined, busy: false, error: null };

/**
 * Reads a picked, pasted or dropped file and hands it to `apply`. A file that is refused (too
 * big, wrong type) changes nothing and leaves a message, shown until `subject` changes.
 * `apply` returns false when what it would change has moved on while the file was read.
 */
export function useFileIntake(
  subject: unknown,
  read: (file: File) => Promise<ReadFileResult>,
  apply: (file: ReadFileOk) => boolean,
  imagesFirst: boolean,
) {
  const [state, setState] = useState<IntakeState>(idle);
  const [dragging, setDragging] = useState(false);
  // A read in progress follows its target through edits, so its outcome is shown there.
  if (state.busy && !Object.is(state.subject, subject)) setState({ ...state, subject });
  const mine = Object.is(state.subject, subject);

  const take = async (file: File) => {
    setState({ subject, busy: true, error: null });
    const result = await read(file);
    let error: string | null = null;
    if (!result.ok) error = result.message;
    else {
      try {
        if (!apply(result)) {
          error = `${file.name} was not added: this part changed while it was read. Try again.`;
        }
      } catch (thrown) {
        // E.g. the store refusing to persist it (storage full): say so rather than hang.
        const reason = thrown instanceof Error ? thrown.message : String(thrown);
        error = `Adding ${file.name} failed: ${reason}`;
      }
    }
    setState((s) => (error === null ? idle : { subject: s.subject, busy: false, error }));
  };

  // Nested drop targets (editor → message → part): the innermost one takes the file and marks
  // the event handled (preventDefault); the outer ones see that, and only drop their highlight.
  const dropProps = {
    onDragOver: (e: DragEvent) => {
      if (e.defaultPrevented || !e.dataTransfer.types.includes('Files')) {
        setDragging(false);
        return;
      }
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) {
        setDragging(false);
      }
    },
    onDrop: (e: DragEvent) => {
      setDragging(false);
      if (e.defaultPrevented) return;
      const file = pickFile(e.dataTransfer.files, imagesFirst);
      if (!file) return;
      e.preventDefault();
      void take(file);
    },
  };

  /** Takes a pasted image; any other paste (text) goes on as usual. */
  const onPaste = (e: ClipboardEvent) => {
    if (e.defaultPrevented) return;
    const file = pickFile(e.clipboardData.files, true);
    if (!file?.type.startsWith('image/')) return;
    e.preventDefault();
    void take(file);
  };

  return {
    busy: mine && state.busy,
    error: mine ? state.error : null,
    dragging,
    take: (file: File) => void take(file),
    dropProps,
    onPaste,
  };
}
