import { memo } from 'react';
import type { ResponseOutputMessage } from 'openai/resources/responses/responses';
import { isRecord } from '@/api/events/parse-event.ts';
import { textOf, type Untrusted } from '../../lib/untrusted.ts';
import { MarkdownBlocks } from '../markdown-blocks.tsx';
import { CitationList } from './citation-list.tsx';
import { ItemFrame } from './item-frame.tsx';
import { JsonBlock } from './json-block.tsx';

function Refusal({ text }: { text: string }) {
  return (
    <div className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
      <p className="text-xs font-semibold">Refusal</p>
      <p className="whitespace-pre-wrap">{text}</p>
    </div>
  );
}

/** An assistant message: each text part as markdown with its citations, refusals boxed. */
export const MessageItem = memo(function MessageItem({
  item,
}: {
  item: Untrusted<ResponseOutputMessage>;
}) {
  const phase = textOf(item.phase);
  return (
    <ItemFrame
      type="message"
      status={item.status}
      title={phase && <span className="font-mono text-zinc-500">phase: {phase}</span>}
    >
      {(Array.isArray(item.content) ? (item.content as unknown[]) : []).map((part, i) =>
        !isRecord(part) ? (
          <JsonBlock key={i} value={part} />
        ) : part.type === 'output_text' ? (
          <div key={i} className="flex flex-col gap-1">
            <MarkdownBlocks text={textOf(part.text) ?? ''} />
            <CitationList annotations={part.annotations} />
          </div>
        ) : part.type === 'refusal' ? (
          <Refusal key={i} text={textOf(part.refusal) ?? ''} />
        ) : (
          <JsonBlock key={i} value={part} />
        ),
      )}
    </ItemFrame>
  );
});
