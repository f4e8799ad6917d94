import { json } from '@codemirror/lang-json';
import { linter, lintGutter } from '@codemirror/lint';
import { Annotation, Compartment } from '@codemirror/state';
import { basicSetup, EditorView } from 'codemirror';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { EditorDiagnostic } from './schema-diagnostics.ts';

export type CodeEditorProps = {
  text: string;
  onText: (text: string) => void;
  /** The accessible name of the editable content (the parameter path). */
  label: string;
  lint: (text: string) => EditorDiagnostic[];
  describedBy?: string;
  invalid?: boolean;
};

/** Marks a change that came from the props, so it is not reported back as an edit. */
const external = Annotation.define<boolean>();
/** The content element's ARIA attributes, swapped when the props change. */
const aria = new Compartment();

function ariaAttributes(label: string, describedBy?: string, invalid?: boolean) {
  const attributes: Record<string, string> = { 'aria-label': label, 'aria-multiline': 'true' };
  if (describedBy) attributes['aria-describedby'] = describedBy;
  if (invalid) attributes['aria-invalid'] = 'true';
  return EditorView.contentAttributes.of(attributes);
}

const theme = EditorView.theme({
  '&': { fontSize: '12px', maxHeight: '28rem' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' },
  '&.cm-focused': { outline: 'none' },
});

/**
 * CodeMirror 6 over the schema text: JSON highlighting, line numbers, bracket matching, and the
 * lint gutter. Loaded lazily (its own chunk); the textarea stands in until it is here.
 */
export function CodeMirrorEditor({
  text,
  onText,
  label,
  lint,
  describedBy,
  invalid,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ onText, lint });
  useLayoutEffect(() => {
    latest.current = { onText, lint };
  });

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      doc: text,
      extensions: [
        basicSetup,
        json(),
        lintGutter(),
        linter((v) => latest.current.lint(v.state.doc.toString()), {
          delay: 200,
        }),
        EditorView.lineWrapping,
        theme,
        aria.of(ariaAttributes(label, describedBy, invalid)),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          if (update.transactions.some((t) => t.annotation(external))) return;
          latest.current.onText(update.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is created once; text and attributes are synced by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === text) return;
    editor.dispatch({
      changes: { from: 0, to: editor.state.doc.length, insert: text },
      annotations: external.of(true),
    });
  }, [text]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    editor.dispatch({ effects: aria.reconfigure(ariaAttributes(label, describedBy, invalid)) });
  }, [label, describedBy, invalid]);

  return (
    <div
      ref={host}
      className="overflow-hidden rounded-md border border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-900 dark:[&_.cm-gutters]:bg-zinc-900"
    />
  );
}
