import { memo } from 'react';
import type { OutputItem } from '@/api/events/stream-state.ts';
import { MarkdownBlocks } from './markdown-blocks.tsx';

function JsonBlock({ value }: { value: unknown }) {
  return (
    <pre className="overflow-x-auto rounded bg-zinc-100 p-2 font-mono text-xs dark:bg-zinc-950">
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}

function MessageView({ item }: { item: Extract<OutputItem, { type: 'message' }> }) {
  const parts = Array.isArray(item.content) ? item.content : [];
  return (
    <div className="flex flex-col gap-2">
      {parts.map((part, i) =>
        part.type === 'output_text' ? (
          <MarkdownBlocks key={i} text={typeof part.text === 'string' ? part.text : ''} />
        ) : part.type === 'refusal' ? (
          <p
            key={i}
            className="rounded border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-800 dark:bg-amber-950"
          >
            <strong>Refusal:</strong> {part.refusal}
          </p>
        ) : (
          <JsonBlock key={i} value={part} />
        ),
      )}
    </div>
  );
}

function ReasoningView({ item }: { item: Extract<OutputItem, { type: 'reasoning' }> }) {
  const summary = (item.summary ?? []).map((s) => s.text).join('\n\n');
  const content = (item.content ?? []).map((c) => c.text).join('\n\n');
  return (
    <details className="rounded border border-zinc-200 p-2 text-sm dark:border-zinc-800" open>
      <summary className="cursor-pointer text-xs font-semibold text-zinc-500">Reasoning</summary>
      <div className="mt-2 text-zinc-600 dark:text-zinc-400">
        <MarkdownBlocks text={summary || content || '(no summary)'} />
      </div>
    </details>
  );
}

/** One output item. Types without a dedicated view show as JSON, never as a crash. */
export const OutputItemView = memo(function OutputItemView({ item }: { item: OutputItem }) {
  switch (item.type) {
    case 'message':
      return <MessageView item={item} />;
    case 'reasoning':
      return <ReasoningView item={item} />;
    case 'function_call':
      return (
        <div className="rounded border border-zinc-200 p-2 text-sm dark:border-zinc-800">
          <p className="font-mono text-xs">
            function_call <strong>{item.name}</strong>{' '}
            <span className="text-zinc-500">{item.call_id}</span>
          </p>
          <pre className="mt-1 overflow-x-auto font-mono text-xs">{item.arguments}</pre>
        </div>
      );
    default:
      return (
        <div className="text-sm">
          <p className="font-mono text-xs text-zinc-500">
            {String((item as { type?: unknown }).type)}
          </p>
          <JsonBlock value={item} />
        </div>
      );
  }
});
