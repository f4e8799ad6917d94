import { Component, lazy, Suspense, type ReactNode } from 'react';
import { inputClass } from '../field.tsx';
import type { CodeEditorProps } from './codemirror-editor.tsx';

// Its own chunk: CodeMirror is most of the editor's weight and only needed once one is shown.
const CodeMirrorEditor = lazy(() =>
  import('./codemirror-editor.tsx').then((m) => ({ default: m.CodeMirrorEditor })),
);

/**
 * CodeMirror measures text through Range#getClientRects; jsdom has none, so it would throw on
 * its first layout. There (and in any such environment) the textarea is the editor.
 */
const canRunCodeMirror = () =>
  typeof Range !== 'undefined' && typeof Range.prototype.getClientRects === 'function';

/** The plain editor: the fallback while CodeMirror loads, if it fails to, and in tests. */
export function PlainJsonEditor({ text, onText, label, describedBy, invalid }: CodeEditorProps) {
  return (
    <textarea
      aria-label={label}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      className={`${inputClass} min-h-40 resize-y font-mono text-xs`}
      value={text}
      spellCheck={false}
      placeholder="{ … }"
      rows={Math.min(24, Math.max(8, text.split('\n').length + 1))}
      onChange={(e) => onText(e.target.value)}
    />
  );
}

/** A failed chunk load (offline, a new deploy) falls back to the textarea instead of a crash. */
class FallbackOnError extends Component<{ fallback: ReactNode; children: ReactNode }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function JsonCodeEditor({ plain, ...props }: CodeEditorProps & { plain: boolean }) {
  const fallback = <PlainJsonEditor {...props} />;
  if (plain || !canRunCodeMirror()) return fallback;
  return (
    <FallbackOnError fallback={fallback}>
      <Suspense fallback={fallback}>
        <CodeMirrorEditor {...props} />
      </Suspense>
    </FallbackOnError>
  );
}
