import { memo } from 'react';
import { recordsOf, textOf } from '../../lib/untrusted.ts';
import { SafeLink } from '../safe-link.tsx';
import { JsonBlock } from './json-block.tsx';

function Citation({ annotation }: { annotation: Record<string, unknown> }) {
  const fileId = textOf(annotation.file_id);
  const filename = textOf(annotation.filename);
  switch (annotation.type) {
    case 'url_citation': {
      const url = textOf(annotation.url) ?? '';
      const title = textOf(annotation.title);
      return (
        <>
          <SafeLink url={url}>{title || url || '(no URL)'}</SafeLink>
          {title && <span className="break-all text-zinc-500"> {url}</span>}
        </>
      );
    }
    case 'file_citation':
    case 'container_file_citation': {
      const container = textOf(annotation.container_id);
      return (
        <span className="break-all">
          {filename ?? fileId ?? '(no file)'}
          {filename && fileId && <span className="font-mono text-zinc-500"> {fileId}</span>}
          {container && <span className="font-mono text-zinc-500"> in {container}</span>}
        </span>
      );
    }
    case 'file_path':
      return <span className="font-mono break-all">{fileId ?? '(no file id)'}</span>;
    default:
      return <JsonBlock value={annotation} />;
  }
}

/** A text part's annotations, numbered, after its text. */
export const CitationList = memo(function CitationList({ annotations }: { annotations: unknown }) {
  const list = recordsOf(annotations);
  if (list.length === 0) return null;
  return (
    <ol
      aria-label="citations"
      className="flex flex-col gap-0.5 border-t border-zinc-200 pt-1 text-xs dark:border-zinc-800"
    >
      {list.map((annotation, i) => (
        <li
          key={i}
          data-annotation-type={textOf(annotation.type) ?? 'unknown'}
          className="flex gap-1.5"
        >
          <span className="font-mono text-zinc-500">[{i + 1}]</span>
          <span className="text-[11px] text-zinc-500">
            {textOf(annotation.type) ?? 'annotation'}
          </span>
          <span className="min-w-0">
            <Citation annotation={annotation} />
          </span>
        </li>
      ))}
    </ol>
  );
});
